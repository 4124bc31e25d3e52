package io.truthbook.kinds;

import io.truthbook.load.Fields;
import io.truthbook.model.ColumnType;
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
        f.objects("tables").stream().map(DomainsKind::table).toList(),
        f.objects("legacy").stream()
            .map(l -> new Domain.LegacyMapping(l.text("table"), l.at(), l.ref("target"), l.text("state"),
                l.optText("note")))
            .toList(),
        f.objects("views").stream()
            .map(v -> new Domain.View(v.text("name"), v.at(), v.text("description"), v.flag("materialized")))
            .toList())));
  }

  private static Domain.Table table(Fields t) {
    return new Domain.Table(t.text("name"), t.at(), t.text("description"),
        t.objects("columns").stream().map(DomainsKind::column).toList());
  }

  private static Domain.Column column(Fields c) {
    boolean primaryKey = c.flag("primaryKey");
    // SQL's default: a column is nullable unless declared NOT NULL or part of the primary key
    boolean nullable = !primaryKey && c.optFlag("nullable").orElse(true);
    return new Domain.Column(c.text("name"), c.at(), ColumnType.byId(c.text("type")).orElseThrow(), c.at("type"),
        nullable, c.optText("default"), primaryKey, c.flag("unique"), c.optRef("references"),
        c.optText("description"), c.flag("personal"), c.flag("array"));
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
          .put("description", t.description())
          .list("columns", t.columns().isEmpty() ? java.util.Optional.<List<String>>empty()
              : java.util.Optional.of(t.columns().stream().map(DomainsKind::columnSummary).toList()))
          .build()));
      d.views().forEach(v -> out.add(new Entity.Builder("view", v.name()).put("domain", d.id())
          .put("description", v.description()).put("materialized", v.materialized()).build()));
      d.legacy().forEach(l -> out.add(new Entity.Builder("legacy table", l.table()).put("domain", d.id())
          .put("target", l.target().id()).put("state", l.state()).put("note", l.note()).build()));
    }
    return out;
  }

  /** One column as a diff shows it: {@code email text null personal -> ...}. */
  private static String columnSummary(Domain.Column c) {
    StringBuilder out = new StringBuilder(c.name()).append(' ').append(c.typeName());
    out.append(c.nullable() ? " null" : " not null");
    c.defaultValue().ifPresent(v -> out.append(" default ").append(v));
    if (c.primaryKey()) {
      out.append(" primary key");
    }
    if (c.unique()) {
      out.append(" unique");
    }
    c.references().ifPresent(r -> out.append(" references ").append(r.id()));
    if (c.personal()) {
      out.append(" personal");
    }
    c.description().ifPresent(d -> out.append(" -- ").append(d));
    return out.toString();
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
