package io.truthbook.evidence.http;

import io.truthbook.evidence.SourceFile;
import java.util.List;

/**
 * Routes of Express code: {@code app.get('/x', h)}, {@code router.post(...)},
 * {@code router.route('/x').get(h).put(h)} and the prefixes of {@code app.use('/api', router)}.
 *
 * <p>As for Python, {@link #scan} reads one file into an {@link ExpressModule} and
 * {@link ExpressRouteResolver#resolve} joins modules; {@link #extract} gives one file's routes with
 * the mounts that file makes itself, {@link #resolve} a whole repository's.
 */
public final class ExpressRouteExtractor implements CrossFileExtractor {
  private static final List<String> EXTENSIONS = List.of(".js", ".ts", ".mjs", ".cjs");

  @Override
  public String name() {
    return "http-express";
  }

  @Override
  public boolean supports(String path) {
    return EXTENSIONS.stream().anyMatch(path::endsWith) && !path.endsWith(".d.ts");
  }

  /** The per-file step: what one file declares, to be joined by {@link ExpressRouteResolver}. */
  public ExpressModule scan(SourceFile file) {
    return ExpressModuleScanner.scan(file);
  }

  @Override
  public Result extract(SourceFile file) {
    return new ExpressRouteResolver().resolve(List.of(scan(file)));
  }

  @Override
  public Result resolve(List<SourceFile> files) {
    return new ExpressRouteResolver().resolve(
        files.stream().filter(f -> supports(f.path())).map(this::scan).toList());
  }
}
