package io.truthbook.kinds;

import io.truthbook.load.Fields;
import io.truthbook.model.Domain;
import io.truthbook.model.Entity;
import io.truthbook.model.EntityKind;
import io.truthbook.model.ManifestKind;
import io.truthbook.model.Ref;
import io.truthbook.model.Truth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The canonical data domains: prefix, owner, tables, interfaces, dependencies, legacy mappings. */
final class DomainsKind implements KindDescriptor {
  @Override
  public ManifestKind kind() {
    return ManifestKind.DOMAINS;
  }

  @Override
  public void map(Fields manifest, Truth.Builder truth) {
    manifest.objects("domains").forEach(f -> truth.add(Domain.class, new Domain(f.text("id"), f.at(), f.text("name"),
        f.optText("prefix"), f.at("prefix"), f.ref("owner"), f.text("purpose"), f.optRef("adjacentTo"),
        f.objects("dependsOn").stream().map(d -> new Domain.Dependency(d.ref("domain"), d.optRef("via"))).toList(),
        f.objects("interfaces").stream()
            .map(i -> new Domain.Interface(i.text("id"), i.at(), i.text("description"), i.refs("tables"))).toList(),
        f.objects("tables").stream().map(t -> new Domain.Table(t.text("name"), t.at(), t.text("description"))).toList(),
        f.objects("legacy").stream()
            .map(l -> new Domain.LegacyMapping(l.text("table"), l.at(), l.ref("target"), l.text("state"),
                l.optText("note")))
            .toList())));
  }

  @Override
  public Set<EntityKind> defines() {
    return Set.of(EntityKind.DOMAIN, EntityKind.TABLE, EntityKind.INTERFACE);
  }

  @Override
  public void index(Truth truth, Index index) {
    for (Domain domain : truth.domains()) {
      index.put(EntityKind.DOMAIN, domain.id(), domain.at());
      domain.tables().forEach(t -> index.put(EntityKind.TABLE, t.name(), t.at()));
      domain.interfaces().forEach(i -> index.put(EntityKind.INTERFACE, i.id(), i.at()));
    }
  }

  @Override
  public List<Entity> entities(Truth truth) {
    List<Entity> out = new ArrayList<>();
    for (Domain d : truth.domains()) {
      out.add(new Entity.Builder("domain", d.id()).put("name", d.name()).put("prefix", d.prefix())
          .put("owner", d.owner().id()).put("purpose", d.purpose()).put("adjacentTo", d.adjacentTo().map(Ref::id))
          .list("dependsOn", d.dependsOn().stream()
              .map(x -> x.domain().id() + x.via().map(v -> " via " + v.id()).orElse("")).toList())
          .build());
      d.interfaces().forEach(i -> out.add(new Entity.Builder("interface", i.id()).put("domain", d.id())
          .put("description", i.description()).list("tables", Refs.ids(i.tables())).build()));
      d.tables().forEach(t -> out.add(new Entity.Builder("table", t.name()).put("domain", d.id())
          .put("description", t.description()).build()));
      d.legacy().forEach(l -> out.add(new Entity.Builder("legacy table", l.table()).put("domain", d.id())
          .put("target", l.target().id()).put("state", l.state()).put("note", l.note()).build()));
    }
    return out;
  }

  @Override
  public Set<String> reviewers(Truth truth) {
    Set<String> owners = new TreeSet<>();
    truth.domains().forEach(d -> owners.add(d.owner().id()));
    return owners;
  }

  @Override
  public String reference() {
    return "Domains and tables";
  }
}
