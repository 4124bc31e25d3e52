package io.truthbook.kinds;

import io.truthbook.load.Fields;
import io.truthbook.model.Entity;
import io.truthbook.model.EntityKind;
import io.truthbook.model.ManifestKind;
import io.truthbook.model.Risk;
import io.truthbook.model.Truth;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The risks, each tied to the rules that detect it. */
final class RisksKind implements KindDescriptor {
  @Override
  public ManifestKind kind() {
    return ManifestKind.RISKS;
  }

  @Override
  public void map(Fields manifest, Truth.Builder truth) {
    manifest.objects("risks").forEach(f -> truth.add(Risk.class, new Risk(f.text("id"), f.at(), f.text("title"),
        f.text("description"), f.text("severity"), f.ref("owner"), f.refs("detectedBy"), f.text("mitigation"))));
  }

  @Override
  public Set<EntityKind> defines() {
    return Set.of(EntityKind.RISK);
  }

  @Override
  public void index(Truth truth, Index index) {
    truth.risks().forEach(r -> index.put(EntityKind.RISK, r.id(), r.at()));
  }

  @Override
  public List<Entity> entities(Truth truth) {
    return truth.risks().stream().<Entity>map(r -> new Entity.Builder("risk", r.id()).put("title", r.title())
        .put("description", r.description()).put("severity", r.severity()).put("owner", r.owner().id())
        .list("detectedBy", Refs.ids(r.detectedBy())).put("mitigation", r.mitigation()).build()).toList();
  }

  @Override
  public Set<String> reviewers(Truth truth) {
    Set<String> owners = new TreeSet<>();
    truth.risks().forEach(r -> owners.add(r.owner().id()));
    return owners;
  }

  @Override
  public String reference() {
    return "Risks";
  }
}
