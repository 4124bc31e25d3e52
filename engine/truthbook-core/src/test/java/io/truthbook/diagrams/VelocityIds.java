package io.truthbook.diagrams;

import io.truthbook.model.Domain;
import io.truthbook.model.EntityKind;
import io.truthbook.model.Truth;
import java.util.List;

/** The ids of one kind of entity in a truth, as the facade's index knows them. */
final class VelocityIds {
  private VelocityIds() {}

  static List<String> of(Truth truth, EntityKind kind) {
    switch (kind) {
      case OWNER: return truth.owners().stream().map(o -> o.id()).toList();
      case DOMAIN: return truth.domains().stream().map(Domain::id).toList();
      case TABLE: return truth.tables().stream().map(Domain.Table::name).toList();
      case INTERFACE: return truth.domains().stream().flatMap(d -> d.interfaces().stream()).map(i -> i.id()).toList();
      case FAMILY: return truth.families().stream().map(f -> f.id()).toList();
      case ROUTE: return truth.endpoints().stream().map(e -> e.id()).toList();
      case HOST: return truth.hosts().stream().map(h -> h.host()).toList();
      case NODE: return truth.nodes().stream().map(n -> n.id()).toList();
      case SERVICE: return truth.services().stream().map(s -> s.id()).toList();
      case GATE: return truth.gates().stream().map(g -> g.id()).toList();
      case WORKSTREAM: return truth.workstreams().stream().map(w -> w.id()).toList();
      case RISK: return truth.risks().stream().map(r -> r.id()).toList();
      case CHAPTER: return truth.chapters().stream().map(c -> c.id()).toList();
      default: return List.of();
    }
  }
}
