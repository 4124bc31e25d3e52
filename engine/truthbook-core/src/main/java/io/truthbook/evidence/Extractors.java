package io.truthbook.evidence;

import io.truthbook.evidence.http.ExpressRouteExtractor;
import io.truthbook.evidence.http.OpenApiRouteExtractor;
import io.truthbook.evidence.http.PythonRouteExtractor;
import io.truthbook.evidence.http.SpringRouteExtractor;
import io.truthbook.evidence.http.SupabaseFunctionExtractor;
import io.truthbook.evidence.ingress.CaddyfileExtractor;
import io.truthbook.evidence.ingress.KubernetesIngressExtractor;
import io.truthbook.evidence.ingress.NginxExtractor;
import io.truthbook.evidence.ingress.TraefikLabelsExtractor;
import io.truthbook.evidence.owners.CodeOwnersExtractor;
import io.truthbook.evidence.sql.AlembicExtractor;
import io.truthbook.evidence.sql.SqlMigrationExtractor;
import io.truthbook.evidence.topology.ComposeExtractor;
import io.truthbook.evidence.topology.KubernetesWorkloadExtractor;
import java.util.List;

/** The registered extractors; a new extractor is one class and one line here. */
public final class Extractors {
  private Extractors() {}

  public static List<Extractor> all() {
    return List.of(
        new SqlMigrationExtractor(),
        new AlembicExtractor(),
        new PythonRouteExtractor(),
        new ExpressRouteExtractor(),
        new SpringRouteExtractor(),
        new OpenApiRouteExtractor(),
        new SupabaseFunctionExtractor(),
        new NginxExtractor(),
        new TraefikLabelsExtractor(),
        new CaddyfileExtractor(),
        new KubernetesIngressExtractor(),
        new ComposeExtractor(),
        new KubernetesWorkloadExtractor(),
        new CodeOwnersExtractor());
  }
}
