package io.truthbook.evidence.sql;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Values by qualified table name, where a name without a schema matches a table of any schema and a
 * name with one matches a table written without one; indexed by bare name so that a schema-less
 * lookup stays fast.
 */
final class TableIndex<T> {
  private final Map<QualifiedName, T> byKey = new HashMap<>();
  private final Map<String, Set<QualifiedName>> byName = new HashMap<>();

  /** The key {@code name} refers to: the same schema first, then the first compatible one. */
  Optional<QualifiedName> find(QualifiedName name) {
    if (byKey.containsKey(name)) {
      return Optional.of(name);
    }
    return byName.getOrDefault(name.name(), Set.of()).stream()
        .filter(key -> key.schema().isEmpty() || name.schema().isEmpty())
        .findFirst();
  }

  Optional<T> get(QualifiedName name) {
    return find(name).map(byKey::get);
  }

  void put(QualifiedName key, T value) {
    byKey.put(key, value);
    byName.computeIfAbsent(key.name(), n -> new LinkedHashSet<>()).add(key);
  }

  Optional<T> remove(QualifiedName name) {
    Optional<QualifiedName> key = find(name);
    key.ifPresent(k -> byName.get(k.name()).remove(k));
    return key.map(byKey::remove);
  }

  /** Every value, in no particular order. */
  List<T> values() {
    return new ArrayList<>(byKey.values());
  }
}
