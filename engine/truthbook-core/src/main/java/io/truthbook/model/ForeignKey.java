package io.truthbook.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One foreign key of a table: its columns and the columns of {@code target} they reference, in the same
 * order. Columns that reference, between them, exactly the composite primary key of one table are one
 * composite key (PostgreSQL requires a key to reference a unique set of columns); every other reference
 * is a key of its own.
 */
public record ForeignKey(List<String> columns, String target, List<String> targetColumns) {
  public ForeignKey {
    columns = List.copyOf(columns);
    targetColumns = List.copyOf(targetColumns);
  }

  /** The table's foreign keys into the {@code declared} tables, in column order. */
  public static List<ForeignKey> of(Domain.Table table, Map<String, Domain.Table> declared) {
    Map<String, List<Domain.Column>> byTarget = new LinkedHashMap<>();
    for (Domain.Column column : table.columns()) {
      column.referencedTable().filter(declared::containsKey)
          .ifPresent(target -> byTarget.computeIfAbsent(target, t -> new ArrayList<>()).add(column));
    }
    List<ForeignKey> keys = new ArrayList<>();
    byTarget.forEach((target, columns) -> {
      Set<String> primaryKey = new LinkedHashSet<>(declared.get(target).columns().stream()
          .filter(Domain.Column::primaryKey).map(Domain.Column::name).toList());
      List<String> referenced = columns.stream().map(c -> c.referencedColumn().orElseThrow()).toList();
      if (primaryKey.size() > 1 && new LinkedHashSet<>(referenced).equals(primaryKey)
          && referenced.size() == primaryKey.size()) {
        keys.add(new ForeignKey(columns.stream().map(Domain.Column::name).toList(), target, referenced));
      } else {
        columns.forEach(c -> keys.add(new ForeignKey(List.of(c.name()), target,
            List.of(c.referencedColumn().orElseThrow()))));
      }
    });
    return keys;
  }
}
