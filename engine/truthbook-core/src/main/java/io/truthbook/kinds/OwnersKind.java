package io.truthbook.kinds;

import io.truthbook.load.Fields;
import io.truthbook.model.Entity;
import io.truthbook.model.EntityKind;
import io.truthbook.model.ManifestKind;
import io.truthbook.model.Owner;
import io.truthbook.model.Truth;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** People and teams, with the domains they may own and the paths they steward. */
final class OwnersKind implements KindDescriptor {
  @Override
  public ManifestKind kind() {
    return ManifestKind.OWNERS;
  }

  @Override
  public void map(Fields manifest, Truth.Builder truth) {
    manifest.objects("owners").forEach(f -> truth.add(Owner.class, new Owner(f.text("id"), f.at(), f.text("name"),
        f.optText("title"), f.texts("areas"), f.optRefs("domains"), f.flag("runtime"), f.texts("paths"))));
  }

  @Override
  public Set<EntityKind> defines() {
    return Set.of(EntityKind.OWNER);
  }

  @Override
  public void index(Truth truth, Index index) {
    truth.owners().forEach(o -> index.put(EntityKind.OWNER, o.id(), o.at()));
  }

  @Override
  public List<Entity> entities(Truth truth) {
    return truth.owners().stream().<Entity>map(o -> new Entity.Builder("owner", o.id()).put("name", o.name())
        .put("title", o.title()).list("areas", o.areas()).list("domains", o.domains().map(Refs::ids))
        .put("runtime", o.runtime()).list("paths", o.paths()).build()).toList();
  }

  /** A change of who is who concerns everyone. */
  @Override
  public Set<String> reviewers(Truth truth) {
    Set<String> owners = new TreeSet<>();
    truth.owners().forEach(o -> owners.add(o.id()));
    return owners;
  }

  @Override
  public String reference() {
    return "Owners";
  }
}
