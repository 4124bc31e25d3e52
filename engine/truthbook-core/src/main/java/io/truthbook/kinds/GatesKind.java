package io.truthbook.kinds;

import io.truthbook.load.Fields;
import io.truthbook.model.Entity;
import io.truthbook.model.EntityKind;
import io.truthbook.model.Gate;
import io.truthbook.model.ManifestKind;
import io.truthbook.model.Readiness;
import io.truthbook.model.Ref;
import io.truthbook.model.Truth;
import io.truthbook.model.Workstream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Acceptance gates: criteria, the kinds they govern, and sign-offs. Sign-offs are not part of a
 * gate's entity: they approve content, they are not content.
 */
final class GatesKind implements KindDescriptor {
  @Override
  public ManifestKind kind() {
    return ManifestKind.GATES;
  }

  @Override
  public void map(Fields manifest, Truth.Builder truth) {
    manifest.objects("gates").forEach(f -> truth.add(Gate.class, new Gate(f.text("id"), f.at(), f.text("title"),
        f.texts("governs"),
        f.objects("criteria").stream()
            .map(c -> new Gate.Criterion(c.text("id"), c.at(), c.text("description"), c.optRef("workstream"),
                c.optText("artifact").map(a -> new Gate.Artifact(a, c.at("artifact"))), c.texts("clean"),
                c.flag("reconciled")))
            .toList(),
        f.objects("signoffs").stream()
            .map(s -> new Gate.Signoff(s.ref("reviewer"), s.text("date"), s.at("date"), s.text("digest"))).toList())));
    manifest.objects("readiness").forEach(f -> truth.add(Readiness.class,
        new Readiness(f.text("id"), f.at(), f.text("statement"), f.optRef("gate"))));
  }

  @Override
  public Set<EntityKind> defines() {
    return Set.of(EntityKind.GATE);
  }

  @Override
  public void index(Truth truth, Index index) {
    truth.gates().forEach(g -> index.put(EntityKind.GATE, g.id(), g.at()));
  }

  @Override
  public List<Entity> entities(Truth truth) {
    List<Entity> out = new ArrayList<>();
    for (Gate g : truth.gates()) {
      out.add(new Entity.Builder("gate", g.id()).put("title", g.title()).list("governs", g.governs()).build());
      g.criteria().forEach(c -> out.add(new Entity.Builder("gate criterion", g.id() + "/" + c.id())
          .put("description", c.description()).put("workstream", c.workstream().map(Ref::id))
          .put("artifact", c.artifact().map(Gate.Artifact::path))
          .put("reconciled", c.reconciled() ? java.util.Optional.of("true") : java.util.Optional.empty())
          .list("clean", c.clean().isEmpty() ? java.util.Optional.<List<String>>empty() : java.util.Optional.of(c.clean()))
          .build()));
    }
    truth.readiness().forEach(r -> out.add(new Entity.Builder("readiness", r.id()).put("statement", r.statement())
        .put("gate", r.gate().map(Ref::id)).build()));
    return out;
  }

  /** The owners of the workstreams the criteria name. */
  @Override
  public Set<String> reviewers(Truth truth) {
    Set<String> owners = new TreeSet<>();
    truth.gates().forEach(g -> g.criteria().forEach(c -> c.workstream().ifPresent(w ->
        truth.workstreams().stream().filter(x -> x.id().equals(w.id())).map(Workstream::owner)
            .forEach(o -> owners.add(o.id())))));
    return owners;
  }

  @Override
  public String reference() {
    return "Gates";
  }
}
