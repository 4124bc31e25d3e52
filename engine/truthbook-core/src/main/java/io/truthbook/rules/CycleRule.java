package io.truthbook.rules;

import io.truthbook.model.RuleInfo;
import io.truthbook.model.Finding;
import io.truthbook.model.Ref;
import io.truthbook.model.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Dependencies between workstreams, and between domains, form no cycle. */
final class CycleRule implements Rule {
  static final RuleInfo WORKSTREAM = new RuleInfo("workstream.cycle", Severity.ERROR,
      "workstreams depend on each other in a cycle",
      "A workstream can start only when those it depends on are done; a cycle means none of them can.",
      "remove one dependency of the cycle");
  static final RuleInfo DOMAIN = new RuleInfo("domain.dependency", Severity.ERROR,
      "domains depend on each other in a cycle",
      "Domain dependencies say which way data may flow; a cycle (or a domain depending on itself) erases"
          + " the boundary between the domains in it.",
      "remove one dependency of the cycle, or publish an interface and depend on it one way");

  @Override
  public List<RuleInfo> reports() {
    return List.of(WORKSTREAM, DOMAIN);
  }

  @Override
  public List<Finding> check(TruthIndex index) {
    List<Finding> findings = new ArrayList<>();
    Map<String, List<Ref>> workstreams = new LinkedHashMap<>();
    index.truth().workstreams().forEach(w -> workstreams.putIfAbsent(w.id(), w.dependsOn()));
    cycles("workstream", workstreams, WORKSTREAM, findings);
    Map<String, List<Ref>> domains = new LinkedHashMap<>();
    index.truth().domains().forEach(d -> domains.putIfAbsent(d.id(),
        d.dependsOn().stream().map(dep -> dep.domain()).toList()));
    cycles("domain", domains, DOMAIN, findings);
    return findings;
  }

  private static void cycles(String what, Map<String, List<Ref>> graph, RuleInfo rule, List<Finding> findings) {
    Set<String> done = new HashSet<>();
    for (String start : graph.keySet()) {
      visit(start, graph, new ArrayList<>(), done, what, rule, findings);
    }
  }

  /** Iterative-enough DFS: graphs here are small (tens of nodes), recursion depth is their size. */
  private static void visit(String id, Map<String, List<Ref>> graph, List<String> path, Set<String> done,
      String what, RuleInfo rule, List<Finding> findings) {
    if (done.contains(id)) {
      return;
    }
    path.add(id);
    for (Ref next : graph.getOrDefault(id, List.of())) {
      int at = path.indexOf(next.id());
      if (at >= 0) {
        List<String> cycle = new ArrayList<>(path.subList(at, path.size()));
        cycle.add(next.id());
        findings.add(Finding.error(rule.id(), next.at(),
            what + " dependency cycle: " + String.join(" -> ", cycle), rule.fix()));
      } else if (graph.containsKey(next.id())) {
        visit(next.id(), graph, path, done, what, rule, findings);
      }
    }
    path.remove(path.size() - 1);
    done.add(id);
  }
}
