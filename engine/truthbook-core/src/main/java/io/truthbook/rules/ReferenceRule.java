package io.truthbook.rules;

import io.truthbook.model.RuleInfo;
import io.truthbook.model.Domain;
import io.truthbook.model.EntityKind;
import io.truthbook.model.Finding;
import io.truthbook.model.GlossaryEntry;
import io.truthbook.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every reference between manifests resolves to an entity of the right kind. */
final class ReferenceRule implements Rule {
  static final RuleInfo UNKNOWN = new RuleInfo("ref.unknown", Severity.ERROR,
      "a reference names nothing",
      "A manifest, chapter or diagram refers to an id that no manifest defines. The truth is one graph;"
          + " a dangling edge means a typo or an entity that was removed without its references.",
      "fix the spelling (the message suggests the closest id), or define the entity");

  @Override
  public List<RuleInfo> reports() {
    return List.of(UNKNOWN);
  }

  @Override
  public List<Finding> check(TruthIndex index) {
    var truth = index.truth();
    List<Optional<Finding>> found = new ArrayList<>();
    truth.owners().forEach(o -> o.domains().orElse(List.of())
        .forEach(d -> found.add(index.unresolved(EntityKind.DOMAIN, d, "domain"))));
    for (Domain domain : truth.domains()) {
      found.add(index.unresolved(EntityKind.OWNER, domain.owner(), "owner"));
      domain.adjacentTo().ifPresent(a -> found.add(index.unresolved(EntityKind.DOMAIN, a, "domain")));
      for (Domain.Dependency dependency : domain.dependsOn()) {
        found.add(index.unresolved(EntityKind.DOMAIN, dependency.domain(), "domain"));
        dependency.via().ifPresent(v -> found.add(index.unresolved(EntityKind.INTERFACE, v, "interface")));
      }
      domain.interfaces().forEach(i -> i.tables().forEach(t -> found.add(index.unresolved(EntityKind.TABLE, t, "table"))));
      domain.legacy().forEach(l -> found.add(index.unresolved(EntityKind.TABLE, l.target(), "target table")));
    }
    truth.families().forEach(f -> {
      found.add(index.unresolved(EntityKind.DOMAIN, f.domain(), "domain"));
      found.add(index.unresolved(EntityKind.OWNER, f.owner(), "owner"));
      f.service().ifPresent(s -> found.add(index.unresolved(EntityKind.SERVICE, s, "service")));
    });
    truth.endpoints().forEach(e -> e.owner().ifPresent(o -> found.add(index.unresolved(EntityKind.OWNER, o, "owner"))));
    truth.hosts().forEach(h -> {
      found.add(index.unresolved(EntityKind.SERVICE, h.edge(), "edge service"));
      h.routes().forEach(r -> found.add(index.unresolved(EntityKind.SERVICE, r.upstream(), "upstream service")));
    });
    truth.services().forEach(s -> s.node().ifPresent(n -> found.add(index.unresolved(EntityKind.NODE, n, "node"))));
    truth.claims().forEach(c -> found.add(index.unresolved(EntityKind.DOCUMENT, c.document(), "document")));
    truth.gates().forEach(g -> {
      g.criteria().forEach(c -> c.workstream().ifPresent(w -> found.add(index.unresolved(EntityKind.WORKSTREAM, w, "workstream"))));
      g.signoffs().forEach(s -> found.add(index.unresolved(EntityKind.OWNER, s.reviewer(), "reviewer")));
    });
    truth.readiness().forEach(r -> r.gate().ifPresent(g -> found.add(index.unresolved(EntityKind.GATE, g, "gate"))));
    truth.workstreams().forEach(w -> {
      found.add(index.unresolved(EntityKind.OWNER, w.owner(), "owner"));
      w.dependsOn().forEach(d -> found.add(index.unresolved(EntityKind.WORKSTREAM, d, "workstream")));
    });
    truth.risks().forEach(r -> found.add(index.unresolved(EntityKind.OWNER, r.owner(), "owner")));
    truth.chapters().forEach(c -> found.add(index.unresolved(EntityKind.OWNER, c.owner(), "owner")));
    truth.glossary().forEach(g -> g.see().forEach(see -> found.add(GlossaryEntry.kindOf(see)
        .map(kind -> index.unresolved(kind, GlossaryEntry.idOf(see), see.at(), kind.word()))
        .orElseGet(() -> Optional.of(Finding.error(UNKNOWN.id(), see.at(),
            "glossary link '" + see.id() + "' names no kind of entity",
            "write it as KIND:ID, KIND one of " + kindWords() + " (for example domain:" + "ID)"))))));
    truth.importMappings().forEach(m -> found.add(index.unresolved(EntityKind.PROFILE, m.profile(), "import profile")));
    truth.importPrecedence().forEach(p -> p.order()
        .forEach(o -> found.add(index.unresolved(EntityKind.PROFILE, o, "import profile"))));
    truth.synthBrief().ifPresent(b -> b.personas().forEach(p -> p.profile()
        .ifPresent(profile -> found.add(index.unresolved(EntityKind.PROFILE, profile, "import profile")))));
    truth.importAssistance().forEach(a -> {
      found.add(index.unresolved(EntityKind.OWNER, a.steward(), "steward"));
      found.add(index.unresolved(EntityKind.GATE, a.gate(), "gate"));
    });
    return found.stream().flatMap(Optional::stream).toList();
  }

  private static String kindWords() {
    return String.join(", ", java.util.Arrays.stream(EntityKind.values()).map(EntityKind::word).toList());
  }
}
