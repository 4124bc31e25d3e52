package io.truthbook.evidence.http;

import io.truthbook.evidence.Extractor;
import io.truthbook.model.Location;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Joins the per-file facts of a repository's Python modules into routes with their full paths.
 *
 * <p>Each router ({@code APIRouter}, {@code Blueprint}, {@code FastAPI}, or any variable routes are
 * declared on) is a node; {@code include_router}, {@code register_blueprint} and {@code mount} calls
 * are edges carrying a prefix. A route's path is the prefixes along every chain of edges from a
 * router nothing includes, then its own router's prefix, then the decorator's path. Names in
 * prefixes ({@code settings.API_PREFIX}, {@code f"{API_PREFIX}/sales"}) are resolved through imports
 * by file path. A prefix that cannot be worked out is reported as a problem and left out.
 */
public final class PythonRouteResolver {
  private static final Set<String> FLASK_FACTORIES = Set.of("Blueprint", "Flask", "Quart");

  /** The routes of the given modules, each with the prefixes the others give it. */
  public Extractor.Result resolve(List<PythonModule> modules) {
    PythonModuleIndex index = new PythonModuleIndex(modules);
    FoundRoutes found = new FoundRoutes();
    PrefixGraph graph = new PrefixGraph();
    Map<String, String> factories = new HashMap<>();
    for (PythonModule module : modules) {
      found.problems(module.problems());
      for (PythonModule.RouterDecl router : module.routers().values()) {
        String prefix = router.prefix()
            .map(p -> value(p, module, index, found, router.at(), "prefix of router '" + router.variable() + "'"))
            .orElse("");
        String id = index.id(new PythonModuleIndex.Target(module.name(), Optional.of(router.variable())), module);
        graph.router(id, prefix);
        factories.putIfAbsent(id, router.factory());
      }
    }
    for (PythonModule module : modules) {
      for (PythonModule.Include include : module.includes()) {
        if (!(include.child() instanceof ValueExpr.Reference child)) {
          continue; // a call or list: nothing to follow
        }
        Optional<PythonModuleIndex.Target> childTarget = index.target(module, child.name());
        Optional<PythonModuleIndex.Target> parentTarget = index.target(module, include.receiver());
        if (childTarget.isEmpty() || childTarget.get().name().isEmpty() || parentTarget.isEmpty()) {
          continue;
        }
        String prefix = include.prefix()
            .map(p -> value(p, module, index, found, include.at(), "include prefix"))
            .orElse("");
        graph.edge(new PrefixGraph.Edge(index.id(childTarget.get(), module), index.id(parentTarget.get(), module),
            prefix, include.replacesOwn(), include.at()));
      }
    }
    for (PythonModule module : modules) {
      for (PythonModule.RouteDecl route : module.routes()) {
        emit(route, module, index, graph, found, factories);
      }
    }
    found.problems(graph.problems());
    return found.result();
  }

  private static void emit(PythonModule.RouteDecl route, PythonModule module, PythonModuleIndex index,
      PrefixGraph graph, FoundRoutes found, Map<String, String> factories) {
    Optional<PythonModuleIndex.Target> router = index.target(module, route.receiver());
    if (router.isEmpty()) {
      return;
    }
    String id = index.id(router.get(), module);
    Optional<String> path = route.path().evaluate(name -> index.constant(module, name));
    if (path.isEmpty()) {
      // @mock.patch(SOME_NAME) looks like a route too; only complain about known routers
      if (graph.knows(id)) {
        found.problem(route.at(), "route path " + route.path().describe() + " could not be resolved to a string");
      }
      return;
    }
    if (!path.get().isEmpty() && !path.get().startsWith("/")) {
      return; // @mock.patch("app.x.y"), @cache.get("key"): not a route
    }
    String framework = framework(id, factories, module);
    for (String prefix : graph.prefixes(id)) {
      for (String method : route.methods()) {
        found.route(method, RoutePaths.join(prefix, path.get()), framework, route.at());
      }
    }
  }

  private static String value(ValueExpr expr, PythonModule module, PythonModuleIndex index, FoundRoutes found,
      Location at, String what) {
    Optional<String> value = expr.evaluate(name -> index.constant(module, name));
    if (value.isEmpty()) {
      found.problem(at, what + " " + expr.describe() + " could not be resolved to a string;"
          + " routes below it are reported without it");
      return "";
    }
    return value.get();
  }

  // the framework a route belongs to: its router's factory, else what the module imports
  private static String framework(String routerId, Map<String, String> factories, PythonModule module) {
    String factory = factories.get(routerId);
    if (factory != null) {
      return FLASK_FACTORIES.contains(factory) ? "flask" : "fastapi";
    }
    for (PythonModule.Import imported : module.imports().values()) {
      if (imported.module().equals("flask") || imported.module().startsWith("flask.")) {
        return "flask";
      }
      if (imported.module().equals("fastapi") || imported.module().startsWith("fastapi.")) {
        return "fastapi";
      }
    }
    return "python";
  }
}
