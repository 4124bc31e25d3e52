package io.truthbook.render.book;

import io.truthbook.model.Domain;
import io.truthbook.model.EntityKind;
import io.truthbook.model.Gate;
import io.truthbook.model.Owner;
import io.truthbook.model.Ref;
import io.truthbook.model.Risk;
import io.truthbook.model.RouteFamily;
import io.truthbook.model.Workstream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A section per owner: the areas the ownership model gives them, and everything they own. */
final class OwnerCatalogue implements ReferenceSection {
  @Override
  public void write(ReferenceContext c, AsciiDocWriter out) {
    out.section(1, "", "Owners");
    out.paragraph("People and teams, the areas the ownership model gives them, and what each owns in the truth.");
    Owned owned = new Owned(c);
    for (Owner owner : c.truth().owners()) {
      writeOwner(c, out, owner, owned);
    }
  }

  /**
   * What each owner owns, kind by kind, gathered in one pass over the truth: filtering every list
   * per owner made the section quadratic in a large truth (100,000 endpoints times the owners).
   */
  private static final class Owned {
    private final Map<EntityKind, Map<String, List<String>>> byKind = new EnumMap<>(EntityKind.class);
    private final Map<String, List<String>> endpoints = new HashMap<>();
    private final Map<String, List<String>> signoffs = new HashMap<>();

    Owned(ReferenceContext c) {
      add(c, EntityKind.DOMAIN, c.truth().domains(), Domain::owner, Domain::id);
      add(c, EntityKind.FAMILY, c.truth().families(), RouteFamily::owner, RouteFamily::id);
      add(c, EntityKind.WORKSTREAM, c.truth().workstreams(), Workstream::owner, Workstream::id);
      add(c, EntityKind.RISK, c.truth().risks(), Risk::owner, Risk::id);
      c.truth().endpoints().forEach(e -> e.owner().ifPresent(o -> endpoints.computeIfAbsent(o.id(),
          k -> new ArrayList<>()).add(c.link(EntityKind.ROUTE, e.id()))));
      for (Gate g : c.truth().gates()) {
        g.signoffs().stream().map(s -> s.reviewer().id()).distinct().forEach(r -> signoffs.computeIfAbsent(r,
            k -> new ArrayList<>()).add(c.link(EntityKind.GATE, g.id())));
      }
    }

    private <T> void add(ReferenceContext c, EntityKind kind, List<T> entities, Function<T, Ref> owner,
        Function<T, String> id) {
      Map<String, List<String>> of = byKind.computeIfAbsent(kind, k -> new HashMap<>());
      entities.forEach(e -> of.computeIfAbsent(owner.apply(e).id(), k -> new ArrayList<>())
          .add(c.link(kind, id.apply(e))));
    }

    String of(EntityKind kind, String owner) {
      return join(byKind.get(kind), owner);
    }

    private static String join(Map<String, List<String>> links, String owner) {
      return String.join(", ", links.getOrDefault(owner, List.of()));
    }
  }

  private void writeOwner(ReferenceContext c, AsciiDocWriter out, Owner o, Owned owned) {
    String id = o.id();
    out.section(2, c.place(EntityKind.OWNER, id), "Owner " + c.text(o.name()));
    out.fields()
        .field("Id", c.mono(id))
        .field("Title", o.title().map(c::text))
        .field("Areas", String.join(", ", o.areas().stream().map(c::text).toList()))
        .field("May own domains", o.domains()
            .map(listed -> String.join(", ", listed.stream().map(d -> c.link(EntityKind.DOMAIN, d)).toList()))
            .orElse("any (no boundary stated)"))
        .field("Runtime steward", o.runtime() ? "yes, may own runtime route families of any domain" : "no")
        .field("Repository paths", String.join(", ", o.paths().stream().map(c::mono).toList()))
        .field("Domains", owned.of(EntityKind.DOMAIN, id))
        .field("Route families", owned.of(EntityKind.FAMILY, id))
        .field("Endpoints set on them", Owned.join(owned.endpoints, id))
        .field("Workstreams", owned.of(EntityKind.WORKSTREAM, id))
        .field("Risks", owned.of(EntityKind.RISK, id))
        .field("Chapters", String.join(", ", c.truth().chapters().stream()
            .filter(ch -> ch.owner().id().equals(id))
            .map(ch -> c.link(EntityKind.CHAPTER, ch.id(), ch.title())).toList()))
        .field("Gate sign-offs", Owned.join(owned.signoffs, id))
        .field("Referenced from", c.referencedFrom(EntityKind.OWNER, id));
  }
}
