package io.truthbook.diff;

import io.truthbook.model.Domain;
import io.truthbook.model.ManifestKind;
import io.truthbook.model.Truth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every entity of a truth, each with its identity and comparable fields. */
public final class TruthEntities {
  private TruthEntities() {}

  public static List<Entity> of(Truth truth) {
    List<Entity> all = new ArrayList<>();
    truth.owners().forEach(o -> all.add(entity("owner", o.id(), ManifestKind.OWNERS, o, Set.of("id"))));
    for (Domain d : truth.domains()) {
      all.add(entity("domain", d.id(), ManifestKind.DOMAINS, d, Set.of("id", "tables", "legacy", "interfaces")));
      for (Domain.Table t : d.tables()) {
        Map<String, String> fields = new java.util.LinkedHashMap<>(Fields.of(t, Set.of("name")));
        fields.put("domain", d.id());
        all.add(new Entity("table", t.name(), ManifestKind.DOMAINS, fields));
      }
      for (Domain.LegacyMapping l : d.legacy()) {
        Map<String, String> fields = new java.util.LinkedHashMap<>(Fields.of(l, Set.of("table")));
        fields.put("domain", d.id());
        all.add(new Entity("legacy table", l.table(), ManifestKind.DOMAINS, fields));
      }
      d.interfaces().forEach(i -> all.add(entity("interface", i.id(), ManifestKind.DOMAINS, i, Set.of("id"))));
    }
    truth.families().forEach(f -> all.add(entity("route family", f.prefix(), ManifestKind.ROUTES, f, Set.of("prefix"))));
    truth.endpoints().forEach(e -> {
      Map<String, String> fields = new java.util.LinkedHashMap<>(Fields.of(e, Set.of("method", "path")));
      truth.familyOf(e.path()).ifPresent(f -> {
        fields.put("family", f.id());
        if (fields.getOrDefault("owner", "").isEmpty()) {
          fields.put("owner", f.owner().id());
        }
      });
      all.add(new Entity("endpoint", e.id(), ManifestKind.ROUTES, fields));
    });
    truth.hosts().forEach(h -> all.add(entity("host", h.host(), ManifestKind.INGRESS, h, Set.of("host"))));
    truth.nodes().forEach(n -> all.add(entity("node", n.id(), ManifestKind.TOPOLOGY, n, Set.of("id"))));
    truth.services().forEach(s -> all.add(entity("service", s.id(), ManifestKind.TOPOLOGY, s, Set.of("id", "gpusAt"))));
    truth.documents().forEach(d -> all.add(entity("document", d.id(), ManifestKind.CLAIMS, d, Set.of("id"))));
    truth.claims().forEach(c -> all.add(entity("claim", c.id(), ManifestKind.CLAIMS, c, Set.of("id"))));
    truth.gates().forEach(g -> all.add(entity("gate", g.id(), ManifestKind.GATES, g, Set.of("id"))));
    truth.readiness().forEach(r -> all.add(entity("readiness criterion", r.id(), ManifestKind.GATES, r, Set.of("id"))));
    truth.workstreams().forEach(w -> all.add(entity("workstream", w.id(), ManifestKind.WORKSTREAMS, w, Set.of("id"))));
    truth.risks().forEach(r -> all.add(entity("risk", r.id(), ManifestKind.RISKS, r, Set.of("id"))));
    truth.chapters().forEach(c -> all.add(entity("chapter", c.id(), ManifestKind.BOOK, c, Set.of("id"))));
    truth.glossary().forEach(g -> all.add(entity("glossary term", g.term(), ManifestKind.BOOK, g, Set.of("term"))));
    truth.sources().forEach(s -> all.add(entity("source", s.id(), ManifestKind.SOURCES, s, Set.of("id"))));
    return all;
  }

  private static Entity entity(String kind, String id, ManifestKind manifest, Record record, Set<String> skip) {
    return new Entity(kind, id, manifest, Fields.of(record, skip));
  }
}
