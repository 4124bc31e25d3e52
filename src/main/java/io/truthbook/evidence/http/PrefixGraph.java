package io.truthbook.evidence.http;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Routers and the edges that mount one inside another ({@code include_router}, {@code app.use}).
 * A router's full prefixes are found by walking up to the routers nothing mounts; a router mounted
 * twice has two. Cycles are cut, and nesting depth and prefixes per router are bounded.
 */
final class PrefixGraph {
  private static final int MAX_PREFIXES = 32;

  /** Mounts {@code child} in {@code parent} under {@code prefix}; Flask's url_prefix replaces the child's own. */
  record Edge(String child, String parent, String prefix, boolean replacesOwn) {}

  private final Map<String, String> own = new HashMap<>();
  private final Map<String, Set<Edge>> parents = new HashMap<>();
  private final Map<String, List<String>> memo = new HashMap<>();

  /** Declares a router and the prefix it gives its own routes; the first declaration wins. */
  void router(String id, String ownPrefix) {
    own.putIfAbsent(id, ownPrefix);
  }

  void edge(Edge edge) {
    if (!edge.child().equals(edge.parent())) {
      parents.computeIfAbsent(edge.child(), k -> new LinkedHashSet<>()).add(edge);
    }
  }

  /** True if the router was declared or mounted, i.e. is known to be a router. */
  boolean knows(String id) {
    return own.containsKey(id) || parents.containsKey(id);
  }

  /** The full prefixes of a router, in the canonical path spelling. */
  List<String> prefixes(String id) {
    return prefixes(id, new HashSet<>());
  }

  private List<String> prefixes(String id, Set<String> visiting) {
    List<String> known = memo.get(id);
    if (known != null) {
      return known;
    }
    String ownPrefix = own.getOrDefault(id, "");
    Set<String> found = new LinkedHashSet<>();
    visiting.add(id);
    for (Edge edge : parents.getOrDefault(id, Set.of())) {
      if (visiting.contains(edge.parent()) || visiting.size() > MAX_PREFIXES) {
        continue;
      }
      String tail = edge.replacesOwn() ? "" : ownPrefix;
      for (String above : prefixes(edge.parent(), visiting)) {
        if (found.size() < MAX_PREFIXES) {
          found.add(RoutePaths.join(above, edge.prefix(), tail));
        }
      }
    }
    visiting.remove(id);
    if (found.isEmpty()) {
      // mounted nowhere (or only inside a cycle): the router is a root
      found.add(RoutePaths.join(ownPrefix));
    }
    // memoised even when a cycle was cut on the way: each router is walked once, keeping this linear
    List<String> result = List.copyOf(found);
    memo.put(id, result);
    return result;
  }
}
