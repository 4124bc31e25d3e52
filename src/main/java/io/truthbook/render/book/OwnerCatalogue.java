package io.truthbook.render.book;

import io.truthbook.model.EntityKind;
import io.truthbook.model.Gate;
import io.truthbook.model.Owner;
import io.truthbook.model.Ref;
import java.util.List;
import java.util.function.Function;

/** A section per owner: the areas the ownership model gives them, and everything they own. */
final class OwnerCatalogue implements ReferenceSection {
  @Override
  public void write(ReferenceContext c, AsciiDocWriter out) {
    out.section(1, "", "Owners");
    out.paragraph("People and teams, the areas the ownership model gives them, and what each owns in the truth.");
    for (Owner owner : c.truth().owners()) {
      writeOwner(c, out, owner);
    }
  }

  private void writeOwner(ReferenceContext c, AsciiDocWriter out, Owner o) {
    String id = o.id();
    out.section(2, c.place(EntityKind.OWNER, id), "Owner " + c.text(o.name()));
    out.fields()
        .field("Id", c.mono(id))
        .field("Title", c.text(o.title()))
        .field("Areas", String.join(", ", o.areas().stream().map(c::text).toList()))
        .field("May own domains", String.join(", ", o.domains().stream().map(d -> c.link(EntityKind.DOMAIN, d)).toList()))
        .field("Runtime steward", o.runtime() ? "yes, may own runtime route families of any domain" : "no")
        .field("Repository paths", String.join(", ", o.paths().stream().map(c::mono).toList()))
        .field("Domains", owned(c, EntityKind.DOMAIN, c.truth().domains(), d -> d.owner(), d -> d.id(), id))
        .field("Route families", owned(c, EntityKind.FAMILY, c.truth().families(), f -> f.owner(), f -> f.id(), id))
        .field("Endpoints set on them", String.join(", ", c.truth().endpoints().stream()
            .filter(e -> e.owner().map(r -> r.id().equals(id)).orElse(false))
            .map(e -> c.link(EntityKind.ROUTE, e.id())).toList()))
        .field("Workstreams", owned(c, EntityKind.WORKSTREAM, c.truth().workstreams(), w -> w.owner(), w -> w.id(), id))
        .field("Risks", owned(c, EntityKind.RISK, c.truth().risks(), r -> r.owner(), r -> r.id(), id))
        .field("Chapters", String.join(", ", c.truth().chapters().stream()
            .filter(ch -> ch.owner().id().equals(id))
            .map(ch -> c.link(EntityKind.CHAPTER, ch.id(), ch.title())).toList()))
        .field("Gate sign-offs", String.join(", ", c.truth().gates().stream()
            .filter(g -> g.signoffs().stream().map(Gate.Signoff::reviewer).anyMatch(r -> r.id().equals(id)))
            .map(g -> c.link(EntityKind.GATE, g.id())).toList()))
        .field("Referenced from", c.referencedFrom(EntityKind.OWNER, id));
  }

  private static <T> String owned(ReferenceContext c, EntityKind kind, List<T> entities, Function<T, Ref> owner,
      Function<T, String> id, String ownerId) {
    return String.join(", ", entities.stream()
        .filter(e -> owner.apply(e).id().equals(ownerId))
        .map(e -> c.link(kind, id.apply(e))).toList());
  }
}
