package io.truthbook.evidence.sql;

import io.truthbook.evidence.Evidence.ColumnDef;
import io.truthbook.evidence.Evidence.ColumnOp;
import io.truthbook.evidence.Evidence.MigrationStep;
import io.truthbook.evidence.Evidence.TableAction;
import io.truthbook.evidence.Evidence.TableOp;
import io.truthbook.evidence.Extractor.ExtractionProblem;
import io.truthbook.evidence.LineIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the table and column operations of one SQL statement (its tokens without the closing ';'):
 * CREATE [OR REPLACE] TABLE/VIEW with its columns, ALTER TABLE/VIEW ... RENAME TO and column actions
 * (see {@link AlterColumnActions}), DROP TABLE/VIEW and MySQL's RENAME TABLE. Every other statement is
 * none of its business.
 */
final class TableStatementReader {
  private final LineIndex lines;
  private final MigrationFile file;
  private final ColumnClauses columns;
  private final AlterColumnActions actions;
  private final List<MigrationStep> ops = new ArrayList<>();
  private final List<ExtractionProblem> problems = new ArrayList<>();

  /** {@code text}: the file's text, from which types and defaults are quoted as written. */
  TableStatementReader(String text, LineIndex lines, MigrationFile file) {
    this.lines = lines;
    this.file = file;
    this.columns = new ColumnClauses(text, lines);
    this.actions = new AlterColumnActions(columns);
  }

  List<MigrationStep> ops() {
    return List.copyOf(ops);
  }

  List<ExtractionProblem> problems() {
    return List.copyOf(problems);
  }

  void read(List<SqlToken> statement) {
    if (statement.isEmpty()) {
      return;
    }
    TokenCursor tokens = new TokenCursor(statement);
    if (tokens.accept("CREATE")) {
      create(tokens);
    } else if (tokens.accept("ALTER")) {
      alter(tokens);
    } else if (tokens.accept("DROP")) {
      drop(tokens);
    } else if (tokens.accept("RENAME")) {
      renameTables(tokens);
    }
  }

  private void create(TokenCursor tokens) {
    if (tokens.accept("OR") && !tokens.accept("REPLACE")) {
      return;
    }
    boolean temporary = false;
    while (tokens.peekWord("GLOBAL", "LOCAL", "TEMP", "TEMPORARY", "UNLOGGED", "MATERIALIZED",
        "RECURSIVE")) {
      temporary |= tokens.peekWord("TEMP", "TEMPORARY");
      tokens.advance();
    }
    boolean view;
    if (tokens.accept("TABLE")) {
      view = false;
    } else if (tokens.accept("VIEW")) {
      view = true;
    } else {
      return;
    }
    // temporary tables live for one session; they are not part of the schema
    if (temporary) {
      return;
    }
    tokens.accept("IF", "NOT", "EXISTS");
    Optional<QualifiedName> name = name(tokens, view ? "CREATE VIEW" : "CREATE TABLE");
    if (name.isPresent()) {
      Optional<List<ColumnDef>> defined = view ? Optional.empty() : columns.createColumns(tokens);
      add(TableAction.CREATE, name.get(), Optional.empty(), view, tokens.first(), defined);
    }
  }

  private void alter(TokenCursor tokens) {
    Optional<Boolean> isView = viewOrTable(tokens);
    if (isView.isEmpty()) {
      return;
    }
    boolean view = isView.get();
    tokens.accept("IF", "EXISTS");
    tokens.accept("ONLY");
    String what = view ? "ALTER VIEW" : "ALTER TABLE";
    Optional<QualifiedName> table = name(tokens, what);
    if (table.isEmpty()) {
      return;
    }
    // MySQL lists several actions separated by commas; RENAME may be any of them
    do {
      List<SqlToken> action = tokens.peekClause();
      if (!view) {
        for (ColumnClauses.Located change : actions.read(action)) {
          ops.add(new ColumnOp(table.get().schema(), table.get().name(), change.change(), file.order(ops.size()),
              change.at()));
        }
      }
      if (tokens.accept("RENAME")) {
        rename(tokens, table.get(), view);
      }
    } while (tokens.skipToTopLevelComma());
  }

  /**
   * After ALTER TABLE x RENAME: {@code TO y} or {@code AS y} renames the table, and so does MySQL's
   * bare {@code RENAME y}; {@code COLUMN a TO b}, PostgreSQL's {@code a TO b} and CONSTRAINT, INDEX
   * or KEY renames leave the table's name alone.
   */
  private void rename(TokenCursor tokens, QualifiedName table, boolean view) {
    if (tokens.peekWord("COLUMN", "CONSTRAINT", "INDEX", "KEY")) {
      return;
    }
    boolean explicit = tokens.accept("TO") || tokens.accept("AS");
    if (!explicit && tokens.peekAhead(1).filter(t -> t.isWord("TO")).isPresent()) {
      return;
    }
    name(tokens, "RENAME TO")
        .ifPresent(to -> add(TableAction.RENAME, table, Optional.of(to.name()), view, tokens.first()));
  }

  private void drop(TokenCursor tokens) {
    // empty includes MySQL's DROP TEMPORARY TABLE, which leaves the schema as it was
    Optional<Boolean> isView = viewOrTable(tokens);
    if (isView.isEmpty()) {
      return;
    }
    boolean view = isView.get();
    tokens.accept("IF", "EXISTS");
    String what = view ? "DROP VIEW" : "DROP TABLE";
    do {
      Optional<QualifiedName> name = name(tokens, what);
      if (name.isEmpty()) {
        return;
      }
      add(TableAction.DROP, name.get(), Optional.empty(), view, tokens.first());
    } while (tokens.acceptPunct(','));
  }

  /** After ALTER or DROP: TABLE is false, VIEW or MATERIALIZED VIEW true; anything else is empty. */
  private static Optional<Boolean> viewOrTable(TokenCursor tokens) {
    if (tokens.accept("TABLE")) {
      return Optional.of(false);
    }
    if (tokens.accept("VIEW") || tokens.accept("MATERIALIZED", "VIEW")) {
      return Optional.of(true);
    }
    return Optional.empty();
  }

  /** MySQL: RENAME TABLE a TO b [, c TO d ...]. */
  private void renameTables(TokenCursor tokens) {
    if (!tokens.accept("TABLE") && !tokens.accept("TABLES")) {
      return;
    }
    do {
      Optional<QualifiedName> from = name(tokens, "RENAME TABLE");
      if (from.isEmpty()) {
        return;
      }
      if (!tokens.accept("TO")) {
        problem(tokens, "expected TO after RENAME TABLE " + from.get());
        return;
      }
      Optional<QualifiedName> to = name(tokens, "RENAME TABLE ... TO");
      if (to.isEmpty()) {
        return;
      }
      add(TableAction.RENAME, from.get(), Optional.of(to.get().name()), false, tokens.first());
    } while (tokens.acceptPunct(','));
  }

  /** A possibly qualified name at the cursor, or a problem saying what was expected after {@code what}. */
  private Optional<QualifiedName> name(TokenCursor tokens, String what) {
    List<String> parts = new ArrayList<>();
    while (true) {
      Optional<SqlToken> token = tokens.peek();
      if (token.isEmpty() || !token.get().isIdentifier() || token.get().text().isEmpty()) {
        problem(tokens, parts.isEmpty()
            ? "expected a name after " + what
            : "expected a name after '" + String.join(".", parts) + ".' in " + what);
        return Optional.empty();
      }
      tokens.advance();
      SqlToken part = token.get();
      parts.add(part.identifier());
      if (!tokens.acceptPunct('.')) {
        return Optional.of(QualifiedName.of(parts));
      }
    }
  }

  private void add(TableAction action, QualifiedName table, Optional<String> newName, boolean view,
      SqlToken first) {
    add(action, table, newName, view, first, Optional.empty());
  }

  private void add(TableAction action, QualifiedName table, Optional<String> newName, boolean view,
      SqlToken first, Optional<List<ColumnDef>> defined) {
    ops.add(new TableOp(action, table.schema(), table.name(), newName, view, file.order(ops.size()),
        lines.at(first.offset()), defined));
  }

  private void problem(TokenCursor tokens, String expected) {
    Optional<SqlToken> found = tokens.peek();
    SqlToken at = found.orElse(tokens.last());
    String message = found.map(t -> expected + ", found " + t.describe())
        .orElse(expected + ", found the end of the statement");
    problems.add(new ExtractionProblem(lines.at(at.offset()), message));
  }
}
