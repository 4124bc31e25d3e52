package io.truthbook.evidence.http;

import io.truthbook.evidence.Extractor.ExtractionProblem;
import io.truthbook.model.Location;
import java.util.List;
import java.util.Map;

/**
 * What one JavaScript or TypeScript file says about Express routes, before files are joined:
 * routers it creates, routes registered on them, {@code app.use} mounts, imports, exports and
 * top-level values. Made by {@link ExpressRouteExtractor#scan}, joined by
 * {@link ExpressRouteResolver#resolve}; opaque outside this package.
 */
public final class ExpressModule {

  /** {@code const x = require(spec)} is {@code (spec, "default")}; {@code import * as x} is {@code (spec, "*")}. */
  record Import(String spec, String name) {}

  /** {@code app.get("/x", h)} or a {@code .get(h)} chained on {@code router.route("/x")}. */
  record RouteDecl(String receiver, String method, ValueExpr path, boolean conventional, Location at) {}

  /** {@code receiver.use(args...)}: a leading string argument is the prefix, the rest may be routers. */
  record Mount(String receiver, List<ValueExpr> arguments, Location at) {
    Mount {
      arguments = List.copyOf(arguments);
    }
  }

  private final String path;
  private final Map<String, Location> routers;
  private final Map<String, ValueExpr> values;
  private final Map<String, Import> imports;
  private final Map<String, String> exports;
  private final List<RouteDecl> routes;
  private final List<Mount> mounts;
  private final List<ExtractionProblem> problems;

  // one value per kind of fact; the scanner is the only caller
  ExpressModule(String path, Map<String, Location> routers, Map<String, ValueExpr> values,
      Map<String, Import> imports, Map<String, String> exports, List<RouteDecl> routes, List<Mount> mounts,
      List<ExtractionProblem> problems) {
    this.path = path;
    this.routers = Map.copyOf(routers);
    this.values = Map.copyOf(values);
    this.imports = Map.copyOf(imports);
    this.exports = Map.copyOf(exports);
    this.routes = List.copyOf(routes);
    this.mounts = List.copyOf(mounts);
    this.problems = List.copyOf(problems);
  }

  /** The file's repository-relative path. */
  public String path() {
    return path;
  }

  /** Variables assigned {@code express()} or {@code express.Router()}, with where. */
  Map<String, Location> routers() {
    return routers;
  }

  /** {@code const|let|var name = value}, the first declaration of each name. */
  Map<String, ValueExpr> values() {
    return values;
  }

  Map<String, Import> imports() {
    return imports;
  }

  /** Exported name ("default" for {@code module.exports =} and {@code export default}) to local name. */
  Map<String, String> exports() {
    return exports;
  }

  List<RouteDecl> routes() {
    return routes;
  }

  List<Mount> mounts() {
    return mounts;
  }

  List<ExtractionProblem> problems() {
    return problems;
  }
}
