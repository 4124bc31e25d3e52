package io.truthbook.evidence.http;

import io.truthbook.evidence.SourceFile;
import java.util.List;

/**
 * Routes of FastAPI and Flask code: route decorators ({@code @router.get}, {@code @app.route},
 * {@code @router.api_route}), {@code add_api_route}/{@code add_url_rule} calls, and the prefixes of
 * {@code APIRouter(prefix=...)}, {@code Blueprint(url_prefix=...)}, {@code include_router},
 * {@code register_blueprint} and {@code mount}.
 *
 * <p>Work is split in two steps so that results can be computed per file and joined later:
 * {@link #scan} reads one file into a {@link PythonModule}; {@link PythonRouteResolver#resolve}
 * joins modules. {@link #extract} does both for one file alone, so its routes carry only prefixes
 * declared in that file; {@link #resolve} does both for a whole repository.
 */
public final class PythonRouteExtractor implements CrossFileExtractor {

  @Override
  public String name() {
    return "http-python";
  }

  @Override
  public boolean supports(String path) {
    return path.endsWith(".py");
  }

  /** The per-file step: what one file declares, to be joined by {@link PythonRouteResolver}. */
  public PythonModule scan(SourceFile file) {
    return PythonModuleScanner.scan(file);
  }

  @Override
  public Result extract(SourceFile file) {
    return new PythonRouteResolver().resolve(List.of(scan(file)));
  }

  @Override
  public Result resolve(List<SourceFile> files) {
    return new PythonRouteResolver().resolve(
        // each file is scanned alone, so on every core; toList keeps the files' order
        files.parallelStream().filter(f -> supports(f.path())).map(this::scan).toList());
  }
}
