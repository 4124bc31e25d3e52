package io.truthbook.kinds;

import io.truthbook.load.Fields;
import io.truthbook.model.Entity;
import io.truthbook.model.EntityKind;
import io.truthbook.model.ManifestKind;
import io.truthbook.model.Truth;
import io.truthbook.model.Workstream;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The backlog's workstreams: objective, owner, tasks, definition of done, dependencies. */
final class WorkstreamsKind implements KindDescriptor {
  @Override
  public ManifestKind kind() {
    return ManifestKind.WORKSTREAMS;
  }

  @Override
  public void map(Fields manifest, Truth.Builder truth) {
    manifest.objects("workstreams").forEach(f -> truth.add(Workstream.class, new Workstream(f.text("id"), f.at(),
        f.text("title"), f.ref("owner"), f.text("objective"),
        f.objects("tasks").stream().map(t -> new Workstream.Task(t.text("title"), t.flag("done"))).toList(),
        f.texts("definitionOfDone"), f.refs("dependsOn"))));
  }

  @Override
  public Set<EntityKind> defines() {
    return Set.of(EntityKind.WORKSTREAM);
  }

  @Override
  public void index(Truth truth, Index index) {
    truth.workstreams().forEach(w -> index.put(EntityKind.WORKSTREAM, w.id(), w.at()));
  }

  @Override
  public List<Entity> entities(Truth truth) {
    return truth.workstreams().stream().<Entity>map(w -> new Entity.Builder("workstream", w.id()).put("title", w.title())
        .put("owner", w.owner().id()).put("objective", w.objective())
        .list("tasks", w.tasks().stream().map(t -> (t.done() ? "[x] " : "[ ] ") + t.title()).toList())
        .list("definitionOfDone", w.definitionOfDone()).list("dependsOn", Refs.ids(w.dependsOn())).build())
        .toList();
  }

  @Override
  public Set<String> reviewers(Truth truth) {
    Set<String> owners = new TreeSet<>();
    truth.workstreams().forEach(w -> owners.add(w.owner().id()));
    return owners;
  }

  @Override
  public String reference() {
    return "Workstreams";
  }
}
