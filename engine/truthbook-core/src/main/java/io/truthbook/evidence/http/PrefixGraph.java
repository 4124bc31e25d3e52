package io.truthbook.evidence.http;

import io.truthbook.evidence.Extractor.ExtractionProblem;
import io.truthbook.model.Location;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Routers and the edges that mount one inside another ({@code include_router}, {@code app.use}).
 * A router's full prefixes are found by walking up to the routers nothing mounts; a router mounted
 * twice has two.
 *
 * <p>A path that cannot be known is never guessed: routers that mount each other in a cycle are
 * reported at a mount of the cycle and give no prefix through it; a chain of mounts deeper than
 * {@value #MAX_DEPTH} and a router under more than {@value #MAX_PREFIXES} prefixes are reported at
 * the mount where the limit is crossed, and the chains past it are left out. A router that is
 * mounted somewhere is never taken for a root, so a cut chain can drop a route but not shorten it.
 */
final class PrefixGraph {
  static final int MAX_DEPTH = 32;
  static final int MAX_PREFIXES = 32;

  /** Mounts {@code child} in {@code parent} under {@code prefix}; Flask's url_prefix replaces the child's own. */
  record Edge(String child, String parent, String prefix, boolean replacesOwn, Location at) {}

  // a full prefix and the number of mounts above the router that give it
  private record Chain(String prefix, int depth) {}

  private final Map<String, String> own = new HashMap<>();
  private final Map<String, Set<Edge>> parents = new LinkedHashMap<>();
  private final Map<String, List<Chain>> memo = new HashMap<>();
  private final Set<ExtractionProblem> problems = new LinkedHashSet<>();
  private Set<Edge> cyclic;

  /** Declares a router and the prefix it gives its own routes; the first declaration wins. */
  void router(String id, String ownPrefix) {
    own.putIfAbsent(id, ownPrefix);
  }

  void edge(Edge edge) {
    if (cyclic != null) {
      throw new IllegalStateException("edge added after prefixes were asked for");
    }
    if (!edge.child().equals(edge.parent())) {
      parents.computeIfAbsent(edge.child(), k -> new LinkedHashSet<>()).add(edge);
    }
  }

  /** True if the router was declared or mounted, i.e. is known to be a router. */
  boolean knows(String id) {
    return own.containsKey(id) || parents.containsKey(id);
  }

  /**
   * The full prefixes of a router, in the canonical path spelling; empty if every chain above it
   * was cut (the cut is then among {@link #problems()}).
   */
  List<String> prefixes(String id) {
    return chains(id).stream().map(Chain::prefix).distinct().toList();
  }

  /** The cycles, and the chains cut at a limit while working out the prefixes asked for so far. */
  List<ExtractionProblem> problems() {
    findCycles();
    return List.copyOf(problems);
  }

  // walks up without recursion, so that a chain of thousands of mounts cannot overflow the stack
  private List<Chain> chains(String start) {
    findCycles();
    Deque<String> stack = new ArrayDeque<>();
    stack.push(start);
    while (!stack.isEmpty()) {
      String id = stack.peek();
      if (memo.containsKey(id)) {
        stack.pop();
        continue;
      }
      boolean ready = true;
      for (Edge edge : parents.getOrDefault(id, Set.of())) {
        if (!cyclic.contains(edge) && !memo.containsKey(edge.parent())) {
          stack.push(edge.parent());
          ready = false;
        }
      }
      if (ready) {
        stack.pop();
        memo.put(id, compute(id));
      }
    }
    return memo.get(start);
  }

  // every parent is worked out already; cycles are removed, so this is a walk over a DAG
  private List<Chain> compute(String id) {
    String ownPrefix = own.getOrDefault(id, "");
    Set<Edge> edges = parents.getOrDefault(id, Set.of());
    if (edges.isEmpty()) {
      return List.of(new Chain(RoutePaths.join(ownPrefix), 0));
    }
    Map<String, Chain> found = new LinkedHashMap<>();
    for (Edge edge : edges) {
      if (cyclic.contains(edge)) {
        continue;
      }
      String tail = edge.replacesOwn() ? "" : ownPrefix;
      for (Chain above : memo.get(edge.parent())) {
        if (above.depth() + 1 > MAX_DEPTH) {
          problems.add(new ExtractionProblem(edge.at(), "router nesting deeper than " + MAX_DEPTH
              + " levels: the full path of the routes below this mount is unknown, so they are left out"));
          continue;
        }
        String prefix = RoutePaths.join(above.prefix(), edge.prefix(), tail);
        if (!found.containsKey(prefix) && found.size() >= MAX_PREFIXES) {
          problems.add(new ExtractionProblem(edge.at(), "router mounted under more than " + MAX_PREFIXES
              + " different prefixes: the routes below this mount under the others are left out"));
          break;
        }
        found.merge(prefix, new Chain(prefix, above.depth() + 1),
            (a, b) -> a.depth() <= b.depth() ? a : b);
      }
    }
    return List.copyOf(found.values());
  }

  // Tarjan's strongly connected components, without recursion; an edge inside one is part of a cycle
  private void findCycles() {
    if (cyclic != null) {
      return;
    }
    cyclic = new HashSet<>();
    Map<String, List<String>> up = new LinkedHashMap<>();
    parents.forEach((child, edges) -> {
      for (Edge edge : edges) {
        up.computeIfAbsent(child, k -> new ArrayList<>()).add(edge.parent());
        up.computeIfAbsent(edge.parent(), k -> new ArrayList<>());
      }
    });
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Map<String, Integer> component = new HashMap<>();
    Deque<String> open = new ArrayDeque<>();
    Set<String> onOpen = new HashSet<>();
    int[] counter = {0};
    for (String root : up.keySet()) {
      if (index.containsKey(root)) {
        continue;
      }
      Deque<Object[]> work = new ArrayDeque<>(); // {node, next neighbour position}
      visit(root, index, low, open, onOpen, counter);
      work.push(new Object[] {root, 0});
      while (!work.isEmpty()) {
        Object[] frame = work.peek();
        String node = (String) frame[0];
        List<String> next = up.get(node);
        int position = (Integer) frame[1];
        if (position < next.size()) {
          frame[1] = position + 1;
          String parent = next.get(position);
          if (!index.containsKey(parent)) {
            visit(parent, index, low, open, onOpen, counter);
            work.push(new Object[] {parent, 0});
          } else if (onOpen.contains(parent)) {
            low.put(node, Math.min(low.get(node), index.get(parent)));
          }
          continue;
        }
        work.pop();
        if (!work.isEmpty()) {
          String caller = (String) work.peek()[0];
          low.put(caller, Math.min(low.get(caller), low.get(node)));
        }
        if (low.get(node).equals(index.get(node))) {
          String member;
          do {
            member = open.pop();
            onOpen.remove(member);
            component.put(member, index.get(node));
          } while (!member.equals(node));
        }
      }
    }
    Map<Integer, List<Edge>> inside = new LinkedHashMap<>();
    parents.values().forEach(edges -> edges.forEach(edge -> {
      if (component.get(edge.child()).equals(component.get(edge.parent()))) {
        cyclic.add(edge);
        inside.computeIfAbsent(component.get(edge.child()), k -> new ArrayList<>()).add(edge);
      }
    }));
    for (List<Edge> edges : inside.values()) {
      Edge first = edges.stream().min(Comparator.comparing(Edge::at)).orElseThrow();
      problems.add(new ExtractionProblem(first.at(), "routers mount each other in a cycle: "
          + String.join(" → ", cycle(first, edges)) + "; the routes below them are left out"));
    }
  }

  private static void visit(String node, Map<String, Integer> index, Map<String, Integer> low,
      Deque<String> open, Set<String> onOpen, int[] counter) {
    index.put(node, counter[0]);
    low.put(node, counter[0]);
    counter[0]++;
    open.push(node);
    onOpen.add(node);
  }

  // the routers of one cycle through an edge, from the mounting router back to it: a → b → a
  private static List<String> cycle(Edge through, List<Edge> inside) {
    Map<String, List<Edge>> mounts = new HashMap<>();
    for (Edge edge : inside) {
      mounts.computeIfAbsent(edge.parent(), k -> new ArrayList<>()).add(edge);
    }
    Map<String, String> cameFrom = new HashMap<>();
    Deque<String> queue = new ArrayDeque<>();
    queue.add(through.child());
    cameFrom.put(through.child(), through.parent());
    while (!queue.isEmpty() && !cameFrom.containsKey(through.parent())) {
      String router = queue.poll();
      for (Edge edge : mounts.getOrDefault(router, List.of())) {
        if (cameFrom.putIfAbsent(edge.child(), router) == null) {
          queue.add(edge.child());
        }
      }
    }
    List<String> path = new ArrayList<>();
    String router = through.parent();
    path.add(router);
    do {
      router = cameFrom.get(router);
      path.add(0, router);
    } while (!router.equals(through.parent()));
    return path;
  }
}
