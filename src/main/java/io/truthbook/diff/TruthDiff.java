package io.truthbook.diff;

import io.truthbook.model.ManifestKind;
import io.truthbook.model.Truth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The semantic difference between two truths, entity by entity and field by field. */
public record TruthDiff(List<Change> changes) {

  public TruthDiff {
    changes = List.copyOf(changes);
  }

  /** What happened to one entity. */
  public enum Kind { ADDED, REMOVED, CHANGED }

  /** One field that changed, from and to. */
  public record FieldChange(String field, String from, String to) {}

  /** One entity's change; {@code before}/{@code after} are empty when it was added/removed. */
  public record Change(Kind kind, String entityKind, String id, ManifestKind manifest,
      Optional<Entity> before, Optional<Entity> after, List<FieldChange> fields) {
    public Change {
      fields = List.copyOf(fields);
    }

    /** Owners on either side of the change: they are the ones to ask. */
    public Set<String> owners() {
      Set<String> owners = new TreeSet<>();
      before.flatMap(Entity::owner).ifPresent(owners::add);
      after.flatMap(Entity::owner).ifPresent(owners::add);
      return owners;
    }
  }

  public static TruthDiff between(Truth base, Truth head) {
    Map<String, Entity> before = index(TruthEntities.of(base));
    Map<String, Entity> after = index(TruthEntities.of(head));
    List<Change> changes = new ArrayList<>();
    for (Map.Entry<String, Entity> entry : before.entrySet()) {
      Entity old = entry.getValue();
      Entity now = after.get(entry.getKey());
      if (now == null) {
        changes.add(new Change(Kind.REMOVED, old.kind(), old.id(), old.manifest(), Optional.of(old), Optional.empty(),
            List.of()));
        continue;
      }
      List<FieldChange> fields = new ArrayList<>();
      Set<String> names = new TreeSet<>(old.fields().keySet());
      names.addAll(now.fields().keySet());
      for (String name : names) {
        String from = old.fields().getOrDefault(name, "");
        String to = now.fields().getOrDefault(name, "");
        if (!from.equals(to)) {
          fields.add(new FieldChange(name, from, to));
        }
      }
      if (!fields.isEmpty()) {
        changes.add(new Change(Kind.CHANGED, old.kind(), old.id(), old.manifest(), Optional.of(old), Optional.of(now),
            fields));
      }
    }
    after.forEach((key, now) -> {
      if (!before.containsKey(key)) {
        changes.add(new Change(Kind.ADDED, now.kind(), now.id(), now.manifest(), Optional.empty(), Optional.of(now),
            List.of()));
      }
    });
    changes.sort(java.util.Comparator.comparing((Change c) -> c.entityKind()).thenComparing(Change::id)
        .thenComparing(Change::kind));
    return new TruthDiff(changes);
  }

  /** The manifest kinds the change touches (a gate governing one of them is touched). */
  public Set<ManifestKind> touchedKinds() {
    Set<ManifestKind> kinds = EnumSet.noneOf(ManifestKind.class);
    changes.forEach(c -> kinds.add(c.manifest()));
    return kinds;
  }

  public boolean isEmpty() {
    return changes.isEmpty();
  }

  private static Map<String, Entity> index(List<Entity> entities) {
    Map<String, Entity> index = new LinkedHashMap<>();
    entities.forEach(e -> index.putIfAbsent(e.kind() + "\u0000" + e.id(), e));
    return index;
  }
}
