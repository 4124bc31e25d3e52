package io.truthbook.evidence.ingress;

import io.truthbook.evidence.Extractor;
import io.truthbook.evidence.SourceFile;
import java.util.LinkedHashSet;
import java.util.Set;

/** Finds the routes Caddy serves: one per site address and proxied path of a Caddyfile. */
public final class CaddyfileExtractor implements Extractor {

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
    Set<ExtractionProblem> problems = new LinkedHashSet<>(parsed.problems());
    problems.addAll(reader.problems());
    return IngressResult.sorted(reader.routes(), problems);
  }
}
