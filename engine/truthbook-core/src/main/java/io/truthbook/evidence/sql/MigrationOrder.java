package io.truthbook.evidence.sql;

import io.truthbook.evidence.Evidence.MigrationStep;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Puts table and column operations from many migration files into the order they are applied. SQL files
 * (Flyway, Liquibase, dumps) sort by their {@code order} string; Alembic revisions follow their
 * down_revision chain, parents first, and come after all SQL operations.
 */
public final class MigrationOrder {
  private static final Comparator<MigrationStep> BY_ORDER =
      Comparator.comparing(MigrationStep::order).thenComparing(MigrationStep::at);

  private MigrationOrder() {}

  /** The operations in apply order, linking Alembic revisions only through files that have operations. */
  public static <T extends MigrationStep> List<T> sort(Collection<T> ops) {
    return sort(ops, List.of());
  }

  /**
   * The operations in apply order. {@code revisions} adds the links of Alembic files that have no table
   * operations (see {@link AlembicExtractor#revision}): without them a chain A ← B ← C whose B only
   * adds a column falls apart, and A and C are ordered by id. Revisions that share a parent, or whose
   * chains are broken or cyclic, are ordered by id so that the result is the same on every run.
   */
  public static <T extends MigrationStep> List<T> sort(Collection<T> ops,
      Collection<AlembicRevision> revisions) {
    List<T> sorted = new ArrayList<>();
    Map<String, List<T>> byRevision = new HashMap<>();
    Map<String, Set<String>> parents = new TreeMap<>();
    for (AlembicRevision revision : revisions) {
      parents.computeIfAbsent(revision.id(), id -> new TreeSet<>()).addAll(revision.downRevisions());
    }
    for (T op : ops) {
      Optional<AlembicRevision> revision = AlembicRevision.fromOrder(op.order());
      if (revision.isPresent()) {
        byRevision.computeIfAbsent(revision.get().id(), id -> new ArrayList<>()).add(op);
        parents.computeIfAbsent(revision.get().id(), id -> new TreeSet<>())
            .addAll(revision.get().downRevisions());
      } else {
        sorted.add(op);
      }
    }
    sorted.sort(BY_ORDER);
    for (String revision : chain(parents)) {
      List<T> inRevision = byRevision.getOrDefault(revision, new ArrayList<>());
      inRevision.sort(BY_ORDER);
      sorted.addAll(inRevision);
    }
    return List.copyOf(sorted);
  }

  /** Revision ids, each after all of its known parents (Kahn's algorithm, smallest id first). */
  private static List<String> chain(Map<String, Set<String>> parents) {
    Map<String, List<String>> children = new HashMap<>();
    Map<String, Integer> waitingFor = new HashMap<>();
    TreeSet<String> ready = new TreeSet<>();
    parents.forEach((revision, downs) -> {
      int known = 0;
      for (String down : downs) {
        if (parents.containsKey(down)) {
          children.computeIfAbsent(down, id -> new ArrayList<>()).add(revision);
          known++;
        }
      }
      waitingFor.put(revision, known);
      if (known == 0) {
        ready.add(revision);
      }
    });
    List<String> order = new ArrayList<>();
    Set<String> placed = new HashSet<>();
    while (!ready.isEmpty()) {
      String revision = ready.pollFirst();
      order.add(revision);
      placed.add(revision);
      for (String child : children.getOrDefault(revision, List.of())) {
        if (waitingFor.merge(child, -1, Integer::sum) == 0) {
          ready.add(child);
        }
      }
    }
    // revisions on a cycle never become ready; they still count, after the rest
    for (String revision : parents.keySet()) {
      if (!placed.contains(revision)) {
        order.add(revision);
      }
    }
    return order;
  }
}
