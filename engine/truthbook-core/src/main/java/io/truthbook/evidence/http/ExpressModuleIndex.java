package io.truthbook.evidence.http;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JavaScript/TypeScript modules of a repository by path, resolving relative import specs the
 * way Node and bundlers do ({@code ./sales} is {@code sales.js}, {@code sales.ts} or {@code sales/index.js})
 * and following names through imports and exports to the router they stand for.
 */
final class ExpressModuleIndex {
  private static final int MAX_DEPTH = 12;
  private static final List<String> EXTENSIONS = List.of("", ".js", ".ts", ".mjs", ".cjs", ".jsx", ".tsx",
      "/index.js", "/index.ts", "/index.mjs", "/index.cjs");

  /** A router variable in a module: a node of the prefix graph. */
  record Router(String module, String variable) {
    String id() {
      return module + "#" + variable;
    }
  }

  private final Map<String, ExpressModule> byPath = new HashMap<>();

  ExpressModuleIndex(List<ExpressModule> modules) {
    for (ExpressModule module : modules) {
      byPath.putIfAbsent(module.path(), module);
    }
  }

  /** The module a relative spec names, seen from {@code from}; packages ("express") are not in the repository. */
  Optional<ExpressModule> module(String spec, ExpressModule from) {
    if (!spec.startsWith(".")) {
      return Optional.empty();
    }
    String folder = from.path().contains("/") ? from.path().substring(0, from.path().lastIndexOf('/')) : "";
    String base = normalise(folder.isEmpty() ? spec : folder + "/" + spec);
    for (String extension : EXTENSIONS) {
      ExpressModule found = byPath.get(base + extension);
      if (found != null) {
        return Optional.of(found);
      }
    }
    // TypeScript ESM writes './sales.js' for sales.ts
    if (base.endsWith(".js")) {
      return Optional.ofNullable(byPath.get(base.substring(0, base.length() - 3) + ".ts"));
    }
    return Optional.empty();
  }

  /** The router an expression used in {@code module} stands for, if it can be followed. */
  Optional<Router> router(ExpressModule module, ValueExpr expr) {
    return router(module, expr, 0);
  }

  private Optional<Router> router(ExpressModule module, ValueExpr expr, int depth) {
    if (depth > MAX_DEPTH) {
      return Optional.empty();
    }
    if (expr instanceof ValueExpr.Reference reference) {
      return reference(module, reference.name(), depth);
    }
    if (expr instanceof ValueExpr.Member member) {
      Optional<String> spec = JsModuleLinks.requireSpec(member.target());
      return spec.flatMap(s -> module(s, module)).flatMap(target -> exported(target, member.name(), depth + 1));
    }
    if (expr instanceof ValueExpr.Call call) {
      Optional<String> spec = JsModuleLinks.requireSpec(call);
      if (spec.isPresent()) {
        return module(spec.get(), module).flatMap(target -> exported(target, "default", depth + 1));
      }
      // makeSalesRouter(db): a factory imported from a module that creates exactly one router
      ExpressModule.Import imported = module.imports().get(call.callee());
      return imported == null ? Optional.empty()
          : module(imported.spec(), module).flatMap(ExpressModuleIndex::onlyRouter);
    }
    return Optional.empty();
  }

  private Optional<Router> reference(ExpressModule module, String name, int depth) {
    int dot = name.indexOf('.');
    String first = dot < 0 ? name : name.substring(0, dot);
    ExpressModule.Import imported = module.imports().get(first);
    if (dot >= 0) {
      // ns.router, where ns is a namespace or CommonJS module import
      if (imported == null || name.indexOf('.', dot + 1) >= 0) {
        return Optional.of(new Router(module.path(), name));
      }
      return module(imported.spec(), module).flatMap(target -> exported(target, name.substring(dot + 1), depth + 1));
    }
    if (module.routers().containsKey(name)) {
      return Optional.of(new Router(module.path(), name));
    }
    Optional<ExpressModule> source = imported == null ? Optional.empty() : module(imported.spec(), module);
    if (source.isPresent() && !imported.name().equals("*")) {
      Optional<Router> found = exported(source.get(), imported.name(), depth + 1);
      if (found.isPresent()) {
        return found;
      }
    }
    ValueExpr value = module.values().get(name);
    if (imported == null && (value instanceof ValueExpr.Reference || value instanceof ValueExpr.Call || value instanceof ValueExpr.Member)) {
      Optional<Router> aliased = router(module, value, depth + 1);
      if (aliased.isPresent()) {
        return aliased;
      }
    }
    // not created here, or imported from outside the repository: a node of its own
    return Optional.of(new Router(module.path(), name));
  }

  private Optional<Router> exported(ExpressModule module, String name, int depth) {
    String local = module.exports().get(name);
    if (local != null) {
      Optional<Router> found = reference(module, local, depth + 1);
      if (found.isPresent() && isRouter(found.get())) {
        return found;
      }
    }
    // module.exports = (deps) => { const router = Router(); ...; return router; }
    return onlyRouter(module);
  }

  private static Optional<Router> onlyRouter(ExpressModule module) {
    return module.routers().size() == 1
        ? Optional.of(new Router(module.path(), module.routers().keySet().iterator().next()))
        : Optional.empty();
  }

  private boolean isRouter(Router router) {
    ExpressModule module = byPath.get(router.module());
    return module != null && module.routers().containsKey(router.variable());
  }

  /** The value of a string constant used in {@code module}, through imports; empty if unknown. */
  Optional<String> constant(ExpressModule module, String name) {
    return constant(module, name, 0);
  }

  private Optional<String> constant(ExpressModule module, String name, int depth) {
    if (depth > MAX_DEPTH || name.contains(".")) {
      return Optional.empty();
    }
    ValueExpr value = module.values().get(name);
    if (value != null) {
      return value.evaluate(inner -> constant(module, inner, depth + 1));
    }
    ExpressModule.Import imported = module.imports().get(name);
    if (imported == null) {
      return Optional.empty();
    }
    return module(imported.spec(), module).flatMap(target -> {
      String local = target.exports().get(imported.name());
      return local == null ? Optional.empty() : constant(target, local, depth + 1);
    });
  }

  // "src/routes/../sales" -> "src/sales"
  private static String normalise(String path) {
    Deque<String> parts = new ArrayDeque<>();
    for (String part : path.split("/")) {
      if (part.equals("..")) {
        if (!parts.isEmpty()) {
          parts.removeLast();
        }
      } else if (!part.isEmpty() && !part.equals(".")) {
        parts.addLast(part);
      }
    }
    return String.join("/", parts);
  }
}
