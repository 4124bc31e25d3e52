package io.truthbook.rules;

import io.truthbook.model.RuleInfo;
import io.truthbook.model.Finding;
import io.truthbook.model.Location;
import io.truthbook.model.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Every id is defined once per kind, across all manifests. */
final class UniqueIdRule implements Rule {
  static final RuleInfo DUPLICATE = new RuleInfo("id.duplicate", Severity.ERROR,
      "an id is defined twice",
      "Ids are how manifests, chapters and diagrams refer to an entity; a second definition makes every"
          + " reference ambiguous. Ids are unique per kind across all manifest files.",
      "rename one of the two entities, or merge them");

  @Override
  public List<RuleInfo> reports() {
    return List.of(DUPLICATE);
  }

  @Override
  public List<Finding> check(TruthIndex index) {
    var truth = index.truth();
    List<Finding> findings = new ArrayList<>();
    unique("owner", truth.owners(), o -> o.id(), o -> o.at(), findings);
    unique("domain", truth.domains(), d -> d.id(), d -> d.at(), findings);
    // domains without a prefix hold an existing schema's tables; they share no prefix to clash on
    unique("table prefix", truth.domains().stream().filter(d -> d.prefix().isPresent()).toList(),
        d -> d.prefix().orElseThrow(), d -> d.prefixAt(), findings);
    unique("table", truth.tables(), t -> t.name(), t -> t.at(), findings);
    unique("legacy table", truth.domains().stream().flatMap(d -> d.legacy().stream()).toList(),
        l -> l.table(), l -> l.at(), findings);
    unique("interface", truth.domains().stream().flatMap(d -> d.interfaces().stream()).toList(),
        i -> i.id(), i -> i.at(), findings);
    unique("route family", truth.families(), f -> f.id(), f -> f.at(), findings);
    unique("endpoint", truth.endpoints(), e -> e.id(), e -> e.at(), findings);
    unique("host", truth.hosts(), h -> h.host(), h -> h.at(), findings);
    unique("node", truth.nodes(), n -> n.id(), n -> n.at(), findings);
    unique("service", truth.services(), s -> s.id(), s -> s.at(), findings);
    unique("document", truth.documents(), d -> d.id(), d -> d.at(), findings);
    unique("claim", truth.claims(), c -> c.id(), c -> c.at(), findings);
    unique("gate", truth.gates(), g -> g.id(), g -> g.at(), findings);
    unique("readiness criterion", truth.readiness(), r -> r.id(), r -> r.at(), findings);
    unique("workstream", truth.workstreams(), w -> w.id(), w -> w.at(), findings);
    unique("risk", truth.risks(), r -> r.id(), r -> r.at(), findings);
    unique("chapter", truth.chapters(), c -> c.id(), c -> c.at(), findings);
    unique("source", truth.sources(), x -> x.id(), x -> x.at(), findings);
    unique("glossary term", truth.glossary(), g -> g.term(), g -> g.at(), findings);
    unique("import profile", truth.importProfiles(), p -> p.id(), p -> p.at(), findings);
    unique("import mapping", truth.importMappings(), m -> m.id(), m -> m.at(), findings);
    return findings;
  }

  private static <T> void unique(String what, List<T> items, Function<T, String> id,
      Function<T, Location> at, List<Finding> findings) {
    Map<String, Location> seen = new HashMap<>();
    for (T item : items) {
      Location first = seen.putIfAbsent(id.apply(item), at.apply(item));
      if (first != null) {
        findings.add(Finding.error(DUPLICATE.id(), at.apply(item),
            what + " '" + id.apply(item) + "' is already defined at " + first,
            "rename one of the two, or merge them"));
      }
    }
  }
}
