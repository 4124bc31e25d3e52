package io.truthbook.evidence.sql;

import io.truthbook.evidence.ColumnChange;
import io.truthbook.evidence.Evidence.ColumnDef;
import io.truthbook.evidence.sql.ColumnClauses.Located;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the column actions of an {@code ALTER TABLE}: ADD [COLUMN] and ADD constraints, DROP
 * [COLUMN], RENAME [COLUMN], ALTER [COLUMN] TYPE / SET and DROP NOT NULL / SET and DROP DEFAULT, and
 * MySQL's MODIFY and CHANGE. Table renames are {@link TableStatementReader}'s.
 */
final class AlterColumnActions {
  private final ColumnClauses clauses;

  AlterColumnActions(ColumnClauses clauses) {
    this.clauses = clauses;
  }

  /** The column changes of one ALTER TABLE action (the tokens between its commas). */
  List<Located> read(List<SqlToken> action) {
    if (action.isEmpty()) {
      return List.of();
    }
    TokenCursor tokens = new TokenCursor(action);
    if (tokens.accept("ADD")) {
      if (ColumnClauses.isTableConstraint(tokens)) {
        return clauses.tableConstraint(tokens);
      }
      if (tokens.peekWord("INDEX", "KEY")) {
        return List.of();
      }
      tokens.accept("COLUMN");
      boolean ifNotExists = tokens.accept("IF", "NOT", "EXISTS");
      return clauses.column(tokens).map(c -> List.of(new Located(new ColumnChange.Add(c, ifNotExists), c.at())))
          .orElse(List.of());
    }
    if (tokens.accept("DROP")) {
      if (tokens.peekWord("CONSTRAINT", "PRIMARY", "FOREIGN", "INDEX", "KEY", "CHECK")) {
        return List.of();
      }
      tokens.accept("COLUMN");
      boolean ifExists = tokens.accept("IF", "EXISTS");
      return ColumnClauses.identifier(tokens)
          .map(c -> List.of(clauses.located(new ColumnChange.Drop(c.identifier(), ifExists), c))).orElse(List.of());
    }
    if (tokens.accept("RENAME")) {
      boolean column = tokens.accept("COLUMN");
      Optional<SqlToken> from = ColumnClauses.identifier(tokens);
      if (from.isEmpty() || (!column && from.get().isWord("TO")) || !tokens.accept("TO")) {
        return List.of();
      }
      return ColumnClauses.identifier(tokens).map(to -> List.of(clauses.located(
          new ColumnChange.Rename(from.get().identifier(), to.identifier()), from.get()))).orElse(List.of());
    }
    if (tokens.accept("MODIFY")) {
      tokens.accept("COLUMN");
      return clauses.column(tokens).map(c -> redefine(c.name(), c)).orElse(List.of());
    }
    if (tokens.accept("CHANGE")) {
      tokens.accept("COLUMN");
      Optional<SqlToken> from = ColumnClauses.identifier(tokens);
      Optional<ColumnDef> to = from.flatMap(f -> clauses.column(tokens));
      if (to.isEmpty()) {
        return List.of();
      }
      List<Located> changes = new ArrayList<>();
      if (!from.get().identifier().equals(to.get().name())) {
        changes.add(clauses.located(new ColumnChange.Rename(from.get().identifier(), to.get().name()), from.get()));
      }
      changes.addAll(redefine(to.get().name(), to.get()));
      return changes;
    }
    if (tokens.accept("ALTER") && !tokens.peekWord("CONSTRAINT")) {
      tokens.accept("COLUMN");
      return ColumnClauses.identifier(tokens).flatMap(c -> alterColumn(tokens, c)).map(List::of).orElse(List.of());
    }
    return List.of();
  }

  /**
   * MySQL's MODIFY and CHANGE: the column takes the definition's type, nullability and default;
   * its keys stay as they were, as MySQL keeps its indexes.
   */
  private static List<Located> redefine(String column, ColumnDef definition) {
    return List.of(new Located(new ColumnChange.SetType(column, definition.type()), definition.at()),
        new Located(new ColumnChange.SetNotNull(column, definition.notNull()), definition.at()),
        new Located(new ColumnChange.SetDefault(column, definition.defaultValue()), definition.at()));
  }

  /** After ALTER [COLUMN] name: a type, nullability or default change; other changes are no business here. */
  private Optional<Located> alterColumn(TokenCursor tokens, SqlToken column) {
    String name = column.identifier();
    if (tokens.accept("SET", "DATA", "TYPE") || tokens.accept("TYPE")) {
      List<SqlToken> type = ColumnClauses.until(tokens, ColumnClauses.CONSTRAINT_WORDS);
      return type.isEmpty() ? Optional.empty()
          : Optional.of(clauses.located(new ColumnChange.SetType(name, clauses.raw(type)), column));
    }
    if (tokens.accept("SET", "NOT", "NULL")) {
      return Optional.of(clauses.located(new ColumnChange.SetNotNull(name, true), column));
    }
    if (tokens.accept("DROP", "NOT", "NULL")) {
      return Optional.of(clauses.located(new ColumnChange.SetNotNull(name, false), column));
    }
    if (tokens.accept("SET", "DEFAULT")) {
      return clauses.expression(tokens)
          .map(e -> clauses.located(new ColumnChange.SetDefault(name, Optional.of(e)), column));
    }
    if (tokens.accept("DROP", "DEFAULT")) {
      return Optional.of(clauses.located(new ColumnChange.SetDefault(name, Optional.empty()), column));
    }
    return Optional.empty();
  }
}
