package io.truthbook.evidence.sql;

import java.util.List;
import java.util.Optional;

/** A table name as a statement wrote it, split into the schema (if given) and the table. */
record QualifiedName(Optional<String> schema, String name) {

  /**
   * From the dotted parts: the last is the table, the one before it the schema (a database before
   * that is dropped).
   */
  static QualifiedName of(List<String> parts) {
    String name = parts.get(parts.size() - 1);
    return parts.size() == 1
        ? new QualifiedName(Optional.empty(), name)
        : new QualifiedName(Optional.of(parts.get(parts.size() - 2)), name);
  }

  @Override
  public String toString() {
    return schema.map(s -> s + "." + name).orElse(name);
  }
}
