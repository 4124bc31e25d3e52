package io.truthbook.evidence.http;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Python modules of a repository by dotted name, resolving names the way imports do:
 * {@code from app.routers import contacts} finds {@code app/routers/contacts.py} (or, when the
 * package lives below a folder such as {@code backend/}, the module whose name ends that way), and
 * {@code settings.API_PREFIX} finds the constant or class attribute behind it.
 */
final class PythonModuleIndex {
  private static final int MAX_DEPTH = 12;
  private static final int MAX_CANDIDATES = 16;

  /** What a name resolves to: a module ({@code name} empty) or a name defined in a module. */
  record Target(String module, Optional<String> name) {}

  private final Map<String, PythonModule> byName = new HashMap<>();
  private final Map<String, List<PythonModule>> bySuffix = new HashMap<>();
  private final Map<String, List<PythonModule>> definers = new HashMap<>();
  private final Map<String, Optional<String>> constantMemo = new HashMap<>();
  /**
   * For a name several modules end with: under each folder that holds one of them (a prefix ending in a
   * slash, and the empty prefix for all), the first of them by path. Built on the name's first lookup.
   */
  private final Map<String, Map<String, PythonModule>> firstBelow = new HashMap<>();

  PythonModuleIndex(List<PythonModule> modules) {
    for (PythonModule module : modules) {
      byName.putIfAbsent(module.name(), module);
      String name = module.name();
      // every dotted suffix, so "app.routers.contacts" finds "backend.app.routers.contacts"
      for (int dot = name.indexOf('.'); dot >= 0; dot = name.indexOf('.', dot + 1)) {
        bySuffix.computeIfAbsent(name.substring(dot + 1), k -> new ArrayList<>()).add(module);
      }
      for (String defined : module.constants().keySet()) {
        definers.computeIfAbsent(defined, k -> new ArrayList<>()).add(module);
      }
      for (String defined : module.attributes().keySet()) {
        definers.computeIfAbsent(defined, k -> new ArrayList<>()).add(module);
      }
    }
  }

  /** The module an import names, as seen from {@code from}: exact name first, then the closest suffix match. */
  Optional<PythonModule> module(String name, PythonModule from) {
    PythonModule exact = byName.get(name);
    if (exact != null) {
      return Optional.of(exact);
    }
    List<PythonModule> matches = bySuffix.getOrDefault(name, List.of());
    if (matches.size() <= 1) {
      return matches.stream().findFirst();
    }
    // a name such as app.settings matches one module per service: the one sharing most folders with the
    // importer wins, the first by path among equals. The importer's folders, from its own up, each looked up
    // once: the first that holds a match holds the closest ones (a walk as deep as the path, not one per match)
    Map<String, PythonModule> below = firstBelow.computeIfAbsent(name, k -> firstBelow(matches));
    String path = from.path();
    for (int slash = path.lastIndexOf('/'); slash >= 0; slash = path.lastIndexOf('/', slash - 1)) {
      PythonModule closest = below.get(path.substring(0, slash + 1));
      if (closest != null) {
        return Optional.of(closest);
      }
    }
    return Optional.of(below.get(""));
  }

  /** Each folder holding one of {@code modules} (and the empty prefix), with the first of them below it by path. */
  private static Map<String, PythonModule> firstBelow(List<PythonModule> modules) {
    Map<String, PythonModule> first = new HashMap<>();
    for (PythonModule module : modules) {
      String path = module.path();
      first.merge("", module, PythonModuleIndex::firstByPath);
      for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
        first.merge(path.substring(0, slash + 1), module, PythonModuleIndex::firstByPath);
      }
    }
    return first;
  }

  private static PythonModule firstByPath(PythonModule a, PythonModule b) {
    return a.path().compareTo(b.path()) <= 0 ? a : b;
  }

  /** What a dotted name used in {@code module} refers to. */
  Optional<Target> target(PythonModule module, String dotted) {
    return target(module, dotted, 0);
  }

  private Optional<Target> target(PythonModule module, String dotted, int depth) {
    String[] segments = dotted.split("\\.");
    Optional<Target> target = local(module, segments[0], depth);
    for (int i = 1; i < segments.length && target.isPresent(); i++) {
      target = member(target.get(), segments[i], module, depth);
    }
    return target;
  }

  // a name in a module's own scope: defined there, imported, star-imported, or unknown (a parameter)
  private Optional<Target> local(PythonModule module, String name, int depth) {
    if (depth > MAX_DEPTH) {
      return Optional.empty();
    }
    ValueExpr value = module.constants().get(name);
    if (value instanceof ValueExpr.Reference alias && !module.routers().containsKey(name)) {
      // router = contacts.router: follow the alias to the router it names
      return target(module, alias.name(), depth + 1);
    }
    if (value != null || module.routers().containsKey(name)) {
      return Optional.of(new Target(module.name(), Optional.of(name)));
    }
    PythonModule.Import imported = module.imports().get(name);
    if (imported != null) {
      if (imported.name().isEmpty()) {
        return Optional.of(new Target(imported.module(), Optional.empty()));
      }
      return member(new Target(imported.module(), Optional.empty()), imported.name().get(), module, depth + 1);
    }
    for (String star : module.starImports()) {
      Optional<PythonModule> source = module(star, module);
      if (source.isPresent() && defines(source.get(), name)) {
        return local(source.get(), name, depth + 1);
      }
    }
    return Optional.of(new Target(module.name(), Optional.of(name)));
  }

  private Optional<Target> member(Target owner, String name, PythonModule from, int depth) {
    if (owner.name().isPresent()) {
      // an attribute of an object (settings.API_PREFIX): kept dotted, resolved by constant()
      return Optional.of(new Target(owner.module(), Optional.of(owner.name().get() + "." + name)));
    }
    String submodule = owner.module().isEmpty() ? name : owner.module() + "." + name;
    if (module(submodule, from).isPresent()) {
      return Optional.of(new Target(submodule, Optional.empty()));
    }
    Optional<PythonModule> defining = module(owner.module(), from);
    if (defining.isPresent()) {
      return local(defining.get(), name, depth + 1);
    }
    // a module outside the repository (fastapi, a dependency): the name stays as written
    return Optional.of(new Target(owner.module(), Optional.of(name)));
  }

  /** A stable id for the object a target names, used as the router's node in the prefix graph. */
  String id(Target target, PythonModule from) {
    String module = module(target.module(), from).map(PythonModule::path).orElse("python:" + target.module());
    return module + "#" + target.name().orElse("");
  }

  /** The value of a string constant used in {@code module}; empty if it cannot be worked out. */
  Optional<String> constant(PythonModule module, String dotted) {
    return constant(module, dotted, 0);
  }

  private Optional<String> constant(PythonModule module, String dotted, int depth) {
    if (depth > MAX_DEPTH) {
      return Optional.empty();
    }
    String key = module.path() + "\0" + dotted;
    Optional<String> known = constantMemo.get(key);
    if (known != null) {
      return known;
    }
    constantMemo.put(key, Optional.empty()); // a constant defined by itself resolves to nothing
    Optional<String> value = defined(module, dotted, depth).or(() -> unique(dotted, depth));
    constantMemo.put(key, value);
    return value;
  }

  private Optional<String> defined(PythonModule module, String dotted, int depth) {
    Optional<Target> target = target(module, dotted, depth);
    if (target.isEmpty() || target.get().name().isEmpty()) {
      return Optional.empty();
    }
    Optional<PythonModule> owner = module(target.get().module(), module);
    if (owner.isEmpty()) {
      return Optional.empty();
    }
    String name = target.get().name().get();
    ValueExpr value = name.contains(".")
        ? owner.get().attributes().get(name.substring(name.lastIndexOf('.') + 1))
        : owner.get().constants().get(name);
    if (value == null) {
      return Optional.empty();
    }
    return value.evaluate(inner -> constant(owner.get(), inner, depth + 1));
  }

  // settings.API_PREFIX where the settings object could not be followed: one value repository-wide wins
  private Optional<String> unique(String dotted, int depth) {
    String name = dotted.substring(dotted.lastIndexOf('.') + 1);
    if (!dotted.contains(".") && !name.equals(name.toUpperCase(Locale.ROOT))) {
      return Optional.empty();
    }
    Map<String, Boolean> values = new LinkedHashMap<>();
    List<PythonModule> candidates = definers.getOrDefault(name, List.of());
    for (PythonModule candidate : candidates.subList(0, Math.min(candidates.size(), MAX_CANDIDATES))) {
      ValueExpr value = candidate.constants().containsKey(name) ? candidate.constants().get(name)
          : candidate.attributes().get(name);
      value.evaluate(inner -> constant(candidate, inner, depth + 1)).ifPresent(v -> values.put(v, true));
    }
    return values.size() == 1 ? Optional.of(values.keySet().iterator().next()) : Optional.empty();
  }

  private static boolean defines(PythonModule module, String name) {
    return module.constants().containsKey(name) || module.routers().containsKey(name)
        || module.imports().containsKey(name);
  }
}
