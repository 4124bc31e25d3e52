package io.truthbook.evidence.http;

import io.truthbook.evidence.Extractor;
import java.util.List;
import java.util.Optional;

/**
 * Joins the per-file facts of a repository's JavaScript/TypeScript modules into Express routes
 * with their full paths. Routers ({@code express()}, {@code express.Router()}, or any receiver
 * routes are registered on) are nodes; {@code parent.use(prefix, child)} calls are edges, followed
 * through {@code require}/{@code import} by file path. A route's path is every chain of prefixes
 * from a router nothing mounts, then the route's own path.
 */
public final class ExpressRouteResolver {
  private static final String FRAMEWORK = "express";

  /** The routes of the given modules, each with the prefixes the others give it. */
  public Extractor.Result resolve(List<ExpressModule> modules) {
    ExpressModuleIndex index = new ExpressModuleIndex(modules);
    FoundRoutes found = new FoundRoutes();
    PrefixGraph graph = new PrefixGraph();
    for (ExpressModule module : modules) {
      found.problems(module.problems());
      for (String variable : module.routers().keySet()) {
        graph.router(new ExpressModuleIndex.Router(module.path(), variable).id(), "");
      }
    }
    for (ExpressModule module : modules) {
      for (ExpressModule.Mount mount : module.mounts()) {
        mount(mount, module, index, graph, found);
      }
    }
    for (ExpressModule module : modules) {
      for (ExpressModule.RouteDecl route : module.routes()) {
        emit(route, module, index, graph, found);
      }
    }
    found.problems(graph.problems());
    return found.result();
  }

  // app.use('/api', auth, salesRouter): a leading string is the prefix; every argument that is a router is mounted
  private static void mount(ExpressModule.Mount mount, ExpressModule module, ExpressModuleIndex index,
      PrefixGraph graph, FoundRoutes found) {
    List<ValueExpr> arguments = mount.arguments();
    if (arguments.isEmpty()) {
      return;
    }
    Optional<ExpressModuleIndex.Router> parent = index.router(module, new ValueExpr.Reference(mount.receiver()));
    if (parent.isEmpty()) {
      return;
    }
    ValueExpr first = arguments.get(0);
    Optional<String> prefix = first.evaluate(name -> index.constant(module, name));
    boolean pathLike = first instanceof ValueExpr.Literal || first instanceof ValueExpr.Template
        || first instanceof ValueExpr.Concat;
    if (pathLike && prefix.isEmpty()) {
      found.problem(mount.at(), "mount prefix " + first.describe() + " could not be resolved to a string;"
          + " routes below it are reported without it");
    }
    List<ValueExpr> children = prefix.isPresent() || pathLike ? arguments.subList(1, arguments.size()) : arguments;
    for (ValueExpr argument : children) {
      for (ValueExpr child : argument.items()) {
        index.router(module, child).ifPresent(router -> graph.edge(
            new PrefixGraph.Edge(router.id(), parent.get().id(), prefix.orElse(""), false, mount.at())));
      }
    }
  }

  private static void emit(ExpressModule.RouteDecl route, ExpressModule module, ExpressModuleIndex index,
      PrefixGraph graph, FoundRoutes found) {
    Optional<ExpressModuleIndex.Router> router = index.router(module, new ValueExpr.Reference(route.receiver()));
    if (router.isEmpty()) {
      return;
    }
    boolean known = graph.knows(router.get().id());
    if (!known && !route.conventional()) {
      return; // client.get('/x', cb) on something that is not a router
    }
    Optional<String> path = route.path().evaluate(name -> index.constant(module, name));
    if (path.isEmpty()) {
      if (known && !(route.path() instanceof ValueExpr.Unknown)) {
        found.problem(route.at(), "route path " + route.path().describe() + " could not be resolved to a string");
      }
      return;
    }
    if (!path.get().startsWith("/") && !path.get().startsWith("*")) {
      return; // app.get('env'), cache.get('key', fn): settings and maps, not routes
    }
    for (String prefix : graph.prefixes(router.get().id())) {
      found.route(route.method(), RoutePaths.join(prefix, path.get()), FRAMEWORK, route.at());
    }
  }
}
