package io.truthbook.evidence.ingress;

import io.truthbook.evidence.Evidence;
import io.truthbook.evidence.Evidence.IngressRoute;
import io.truthbook.evidence.Extractor;
import io.truthbook.evidence.SourceFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Finds the routes Caddy serves: one per site address and proxied path of a Caddyfile. */
public final class CaddyfileExtractor implements Extractor {
  private static final Comparator<IngressRoute> ORDER = Comparator.comparing(IngressRoute::at)
      .thenComparing(IngressRoute::host).thenComparing(IngressRoute::path).thenComparing(IngressRoute::upstream);

  @Override
  public String name() {
    return CaddyRoutes.SOURCE;
  }

  @Override
  public boolean supports(String path) {
    return path.substring(path.lastIndexOf('/') + 1).startsWith("Caddyfile");
  }

  @Override
  public Result extract(SourceFile file) {
    CaddyParser.Parsed parsed = CaddyParser.parse(file);
    CaddyRoutes reader = new CaddyRoutes();
    reader.read(parsed.directives());
    Set<ExtractionProblem> found = new LinkedHashSet<>(parsed.problems());
    found.addAll(reader.problems());
    List<ExtractionProblem> problems = new ArrayList<>(found);
    problems.sort(Comparator.comparing(ExtractionProblem::at).thenComparing(ExtractionProblem::message));
    List<Evidence> routes = new ArrayList<>(reader.routes().stream().sorted(ORDER).toList());
    return new Result(routes, problems);
  }
}
