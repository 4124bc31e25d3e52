package io.truthbook.diff;

import io.truthbook.model.Entity;
import io.truthbook.kinds.TruthEntities;
import io.truthbook.model.Domain;
import io.truthbook.model.Endpoint;
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

/**
 * The semantic difference between two truths, entity by entity and field by field, over the same
 * canonical entities a gate's sign-off digest is taken over ({@link TruthEntities}): what changes a
 * digest is exactly what a diff lists.
 */
public record TruthDiff(List<Change> changes) {

  public TruthDiff {
    changes = List.copyOf(changes);
  }

  /** What happened to one entity. */
  public enum Kind { ADDED, REMOVED, CHANGED }

  /** One field that changed, from and to ({@code ""} where the field is absent). */
  public record FieldChange(String field, String from, String to) {}

  /**
   * One entity's change: its kind, the name people know it by, the manifest that defines it, the
   * fields that changed (none when it was added or removed) and the owners answerable for it before
   * and after (the entity's own owner, or for a table, interface or endpoint without one, the owner
   * of its domain or route family): they are the ones to ask.
   */
  public record Change(Kind kind, String entityKind, String id, ManifestKind manifest, List<FieldChange> fields,
      Set<String> owners) {
    public Change {
      fields = List.copyOf(fields);
      owners = java.util.Collections.unmodifiableSet(new TreeSet<>(owners));
    }
  }

  public static TruthDiff between(Truth base, Truth head) {
    Map<String, Located> before = index(base);
    Map<String, Located> after = index(head);
    List<Change> changes = new ArrayList<>();
    for (Map.Entry<String, Located> entry : before.entrySet()) {
      Located old = entry.getValue();
      Located now = after.get(entry.getKey());
      if (now == null) {
        changes.add(old.change(Kind.REMOVED, List.of(), old.owners()));
        continue;
      }
      List<FieldChange> fields = new ArrayList<>();
      Set<String> names = new TreeSet<>(old.entity().fields().keySet());
      names.addAll(now.entity().fields().keySet());
      for (String name : names) {
        String from = show(old.entity().fields().get(name));
        String to = show(now.entity().fields().get(name));
        if (!from.equals(to)) {
          fields.add(new FieldChange(name, from, to));
        }
      }
      if (!fields.isEmpty()) {
        Set<String> owners = new TreeSet<>(old.owners());
        owners.addAll(now.owners());
        changes.add(now.change(Kind.CHANGED, fields, owners));
      }
    }
    after.forEach((key, now) -> {
      if (!before.containsKey(key)) {
        changes.add(now.change(Kind.ADDED, List.of(), now.owners()));
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

  /** An entity with the manifest that defines it and who answers for it. */
  private record Located(Entity entity, ManifestKind manifest, Set<String> owners) {
    Change change(Kind kind, List<FieldChange> fields, Set<String> answerable) {
      return new Change(kind, entity.kind(), entity.label(), manifest, fields, answerable);
    }
  }

  private static Map<String, Located> index(Truth truth) {
    Map<String, String> domainOwners = new LinkedHashMap<>();
    for (Domain domain : truth.domains()) {
      domainOwners.putIfAbsent(domain.id(), domain.owner().id());
    }
    Map<String, String> endpointOwners = new LinkedHashMap<>();
    for (Endpoint endpoint : truth.endpoints()) {
      truth.familyOf(endpoint.path()).ifPresent(f -> endpointOwners.putIfAbsent(endpoint.id(), f.owner().id()));
    }
    Map<String, Located> index = new LinkedHashMap<>();
    for (ManifestKind manifest : ManifestKind.values()) {
      for (Entity entity : TruthEntities.of(truth, manifest)) {
        Optional<String> owner = entity.owner()
            .or(() -> entity.kind().equals("endpoint") ? Optional.ofNullable(endpointOwners.get(entity.id()))
                : Optional.empty())
            .or(() -> Optional.ofNullable(entity.fields().get("domain")).filter(d -> d.size() == 1)
                .map(d -> domainOwners.get(d.get(0))));
        index.putIfAbsent(entity.key(), new Located(entity, manifest, owner.map(Set::of).orElse(Set.of())));
      }
    }
    return index;
  }

  private static String show(List<String> value) {
    return value == null ? "" : Entity.show(value);
  }
}
