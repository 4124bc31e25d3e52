package io.truthbook.evidence.http;

import io.truthbook.evidence.Extractor.ExtractionProblem;
import io.truthbook.model.Location;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one Python file says about routes, before files are joined: route decorators with their
 * router variable, router declarations with their own prefix, {@code include_router} edges, imports
 * and string constants. Made by {@link PythonRouteExtractor#scan}, joined by
 * {@link PythonRouteResolver#resolve}; opaque outside this package.
 */
public final class PythonModule {

  /** {@code import a.b as x} is {@code (a.b, empty)}; {@code from a import b as x} is {@code (a, b)}. */
  record Import(String module, Optional<String> name) {}

  /** {@code router = APIRouter(prefix=...)}: the variable, the factory called, its own prefix. */
  record RouterDecl(String variable, String factory, Optional<ValueExpr> prefix, Location at) {}

  /** {@code @router.get("/x")} or {@code router.add_api_route("/x", ...)}: one location, one or more methods. */
  record RouteDecl(String receiver, List<String> methods, ValueExpr path, Location at) {
    RouteDecl {
      methods = List.copyOf(methods);
    }
  }

  /**
   * {@code app.include_router(child, prefix=...)}, {@code app.register_blueprint(bp, url_prefix=...)}
   * or {@code app.mount("/x", sub)}: the receiver mounts {@code child} under {@code prefix}.
   */
  record Include(String receiver, ValueExpr child, Optional<ValueExpr> prefix, boolean replacesOwn,
      Location at) {}

  private final String path;
  private final String name;
  private final Map<String, Import> imports;
  private final List<String> starImports;
  private final Map<String, ValueExpr> constants;
  private final Map<String, ValueExpr> attributes;
  private final Map<String, RouterDecl> routers;
  private final List<RouteDecl> routes;
  private final List<Include> includes;
  private final List<ExtractionProblem> problems;

  // one value per kind of fact; the scanner is the only caller
  PythonModule(String path, String name, Map<String, Import> imports, List<String> starImports,
      Map<String, ValueExpr> constants, Map<String, ValueExpr> attributes, Map<String, RouterDecl> routers,
      List<RouteDecl> routes, List<Include> includes, List<ExtractionProblem> problems) {
    this.path = path;
    this.name = name;
    this.imports = Map.copyOf(imports);
    this.starImports = List.copyOf(starImports);
    this.constants = Map.copyOf(constants);
    this.attributes = Map.copyOf(attributes);
    this.routers = Map.copyOf(routers);
    this.routes = List.copyOf(routes);
    this.includes = List.copyOf(includes);
    this.problems = List.copyOf(problems);
  }

  /** The file's repository-relative path. */
  public String path() {
    return path;
  }

  /** The dotted module name the path gives: {@code app/routers/contacts.py} is {@code app.routers.contacts}. */
  public String name() {
    return name;
  }

  /** The dotted module name of a repository-relative {@code .py} path; a package is its {@code __init__}. */
  static String nameOf(String path) {
    String name = path.endsWith(".py") ? path.substring(0, path.length() - 3) : path;
    if (name.equals("__init__") || name.endsWith("/__init__")) {
      name = name.substring(0, Math.max(0, name.length() - "/__init__".length()));
    }
    return name.replace('/', '.');
  }

  /** True for a package's {@code __init__.py}, against which relative imports resolve. */
  boolean isPackage() {
    return path.endsWith("__init__.py");
  }

  Map<String, Import> imports() {
    return imports;
  }

  List<String> starImports() {
    return starImports;
  }

  /** Module-level assignments, the first one of each name. */
  Map<String, ValueExpr> constants() {
    return constants;
  }

  /** Class-level assignments of any class in the file ({@code API_PREFIX: str = "/api"} in Settings). */
  Map<String, ValueExpr> attributes() {
    return attributes;
  }

  Map<String, RouterDecl> routers() {
    return routers;
  }

  List<RouteDecl> routes() {
    return routes;
  }

  List<Include> includes() {
    return includes;
  }

  List<ExtractionProblem> problems() {
    return problems;
  }
}
