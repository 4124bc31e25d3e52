package io.truthbook.kinds;

import io.truthbook.model.Entity;
import io.truthbook.model.ManifestKind;
import io.truthbook.model.Truth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The truth of some manifest kinds as canonical entities, keyed and sorted, with no locations: what
 * a manifest says, not where or in which order (except where order means something, such as the
 * book's chapters). Comments, formatting and reordering change nothing here. Sign-offs are not part
 * of a gate's entity: they approve content, they are not content.
 */
public final class TruthEntities {
  private TruthEntities() {}

  /** The entities of the given kinds, by key. */
  public static SortedMap<String, Entity> of(Truth truth, Collection<ManifestKind> kinds) {
    List<Entity> entities = new ArrayList<>();
    kinds.stream().distinct().sorted().forEach(kind -> entities.addAll(of(truth, kind)));
    SortedMap<String, Entity> byKey = new TreeMap<>();
    for (Entity entity : entities) {
      // a duplicate id (reported by id.duplicate) must not hide content: number the second one
      Entity unique = entity;
      // one look-up per entity (each compares long keys down the tree), not one to ask and one to put
      for (int n = 2; byKey.putIfAbsent(unique.key(), unique) != null; n++) {
        unique = entity.withId(entity.id() + " (" + n + ")");
      }
    }
    return Collections.unmodifiableSortedMap(byKey);
  }

  /** The entities one kind of manifest defines, in truth order. */
  public static List<Entity> of(Truth truth, ManifestKind kind) {
    return Kinds.of(kind).entities(truth);
  }
}
