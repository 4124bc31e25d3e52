package io.truthbook.evidence.sql;

import io.truthbook.evidence.ColumnChange;
import io.truthbook.evidence.Evidence.ColumnDef;
import io.truthbook.evidence.Evidence.ForeignKey;
import io.truthbook.evidence.LineIndex;
import io.truthbook.model.ColumnType;
import io.truthbook.model.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads columns out of SQL: the element list of a {@code CREATE TABLE} (column definitions and
 * table constraints), and the column definitions and constraints {@link AlterColumnActions} meets.
 * Clauses that do not shape a column's name, type, nullability, default, keys or foreign key
 * (CHECK, COLLATE, indexes, storage) are passed over.
 */
final class ColumnClauses {
  /** Words that end a column's type and start its constraints. */
  static final Set<String> CONSTRAINT_WORDS = Set.of("not", "null", "default", "primary", "unique",
      "references", "check", "constraint", "collate", "generated", "auto_increment", "autoincrement", "comment",
      "on", "identity", "using");
  /** Words that start a table constraint rather than a column. */
  private static final Set<String> TABLE_CONSTRAINTS = Set.of("primary", "unique", "foreign", "exclude",
      "fulltext", "spatial");

  /** A column change and where it was written. */
  record Located(ColumnChange change, Location at) {}

  private final String text;
  private final LineIndex lines;

  ColumnClauses(String text, LineIndex lines) {
    this.text = text;
    this.lines = lines;
  }

  /**
   * After {@code CREATE TABLE name}: the columns its parenthesised list defines, with its table
   * constraints folded in; empty when the statement does not list them all (AS, LIKE, OF, PARTITION
   * OF, INHERITS).
   */
  Optional<List<ColumnDef>> createColumns(TokenCursor tokens) {
    if (!tokens.acceptPunct('(')) {
      return Optional.empty();
    }
    Map<String, ColumnDef> columns = new LinkedHashMap<>();
    List<Located> constraints = new ArrayList<>();
    boolean complete = true;
    while (!tokens.atEnd() && !tokens.peekPunct(')')) {
      List<SqlToken> element = tokens.peekClause();
      tokens.skip(element.size());
      tokens.acceptPunct(',');
      if (element.isEmpty()) {
        continue;
      }
      TokenCursor cursor = new TokenCursor(element);
      if (cursor.peekWord("LIKE")) {
        complete = false;
      } else if (isIndex(cursor)) {
        continue;
      } else if (isTableConstraint(cursor)) {
        constraints.addAll(tableConstraint(cursor));
      } else {
        column(cursor).ifPresent(c -> columns.putIfAbsent(c.name(), c));
      }
    }
    tokens.acceptPunct(')');
    if (tokens.peekWord("INHERITS", "AS")) {
      complete = false;
    }
    for (Located constraint : constraints) {
      fold(constraint.change(), columns);
    }
    return complete ? Optional.of(List.copyOf(columns.values())) : Optional.empty();
  }

  /** A column definition: name, type as written, then its constraints in any order. */
  Optional<ColumnDef> column(TokenCursor tokens) {
    Optional<SqlToken> name = identifier(tokens);
    if (name.isEmpty()) {
      return Optional.empty();
    }
    List<SqlToken> type = until(tokens, CONSTRAINT_WORDS);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    boolean notNull = false;
    boolean primaryKey = false;
    boolean unique = false;
    Optional<String> defaultValue = Optional.empty();
    Optional<ForeignKey> references = Optional.empty();
    while (!tokens.atEnd()) {
      if (tokens.accept("CONSTRAINT")) {
        tokens.advance();
      } else if (tokens.accept("NOT", "NULL")) {
        notNull = true;
      } else if (tokens.accept("NULL")) {
        notNull = false;
      } else if (tokens.accept("DEFAULT")) {
        defaultValue = expression(tokens);
      } else if (tokens.accept("PRIMARY", "KEY")) {
        primaryKey = true;
      } else if (tokens.accept("UNIQUE")) {
        unique = true;
        tokens.accept("KEY");
      } else if (tokens.accept("REFERENCES")) {
        references = reference(tokens);
      } else if (tokens.accept("ON")) {
        referentialAction(tokens);
      } else if (tokens.accept("GENERATED")) {
        // an identity column is NOT NULL; a generated (computed) one is not judged by its expression
        while (!tokens.atEnd() && !tokens.peekWord("IDENTITY") && !tokens.peekPunct('(')) {
          tokens.advance();
        }
        notNull |= tokens.accept("IDENTITY");
        tokens.skipGroup();
      } else if (!tokens.skipGroup()) {
        tokens.advance();
      }
    }
    return Optional.of(new ColumnDef(name.get().identifier(), raw(type), notNull, defaultValue, primaryKey, unique,
        references, at(name.get())));
  }

  /** ON DELETE / ON UPDATE and its action (SET NULL is no nullability), or MySQL's ON UPDATE expression. */
  private static void referentialAction(TokenCursor tokens) {
    tokens.advance();
    if (!tokens.accept("SET")) {
      tokens.accept("NO");
    }
    tokens.advance();
    tokens.skipGroup();
  }

  static boolean isTableConstraint(TokenCursor tokens) {
    if (tokens.peekWord("CONSTRAINT")) {
      return true;
    }
    // "check" could name a column; as a constraint it is followed by its condition
    if (tokens.peekWord("CHECK")) {
      return tokens.peekAhead(1).filter(t -> t.isPunct('(')).isPresent();
    }
    return tokens.peek().filter(t -> t.kind() == SqlToken.Kind.WORD)
        .filter(t -> TABLE_CONSTRAINTS.contains(t.identifier())).isPresent();
  }

  /**
   * MySQL's {@code KEY name (a)} or {@code INDEX (a)} among a table's elements; a column named key
   * has a type after its name ({@code key varchar(20)}), which an index name never is.
   */
  private static boolean isIndex(TokenCursor tokens) {
    if (!tokens.peekWord("KEY", "INDEX")) {
      return false;
    }
    Optional<SqlToken> next = tokens.peekAhead(1);
    boolean group = next.filter(t -> t.isPunct('(')).isPresent();
    boolean named = next.filter(SqlToken::isIdentifier).isPresent()
        && tokens.peekAhead(2).filter(t -> t.isPunct('(')).isPresent()
        && ColumnType.ofSql(next.get().text()).isEmpty();
    return group || named;
  }

  /** [CONSTRAINT name] PRIMARY KEY (...) | UNIQUE [KEY|INDEX] [name] (...) | FOREIGN KEY [name] (...) REFERENCES ... */
  List<Located> tableConstraint(TokenCursor tokens) {
    SqlToken start = tokens.peek().orElseThrow();
    if (tokens.accept("CONSTRAINT")) {
      tokens.advance();
    }
    Location at = at(start);
    if (tokens.accept("PRIMARY", "KEY")) {
      return List.of(new Located(new ColumnChange.AddPrimaryKey(names(tokens)), at));
    }
    if (tokens.accept("UNIQUE")) {
      if (!tokens.accept("KEY")) {
        tokens.accept("INDEX");
      }
      skipNameBeforeGroup(tokens);
      return List.of(new Located(new ColumnChange.AddUnique(names(tokens)), at));
    }
    if (tokens.accept("FOREIGN", "KEY")) {
      skipNameBeforeGroup(tokens);
      List<String> columns = names(tokens);
      if (!tokens.accept("REFERENCES")) {
        return List.of();
      }
      Optional<SqlToken> table = qualifiedTable(tokens);
      if (table.isEmpty() || columns.isEmpty()) {
        return List.of();
      }
      return List.of(new Located(new ColumnChange.AddForeignKey(columns, table.get().identifier(), names(tokens)), at));
    }
    return List.of();
  }

  /** MySQL names the index before its column list: UNIQUE KEY name (a). */
  private static void skipNameBeforeGroup(TokenCursor tokens) {
    if (tokens.peek().filter(SqlToken::isIdentifier).isPresent()) {
      tokens.advance();
    }
  }

  /** Applies a table constraint written in a CREATE TABLE (or op.create_table) to the columns it defines. */
  static void fold(ColumnChange change, Map<String, ColumnDef> columns) {
    if (change instanceof ColumnChange.AddPrimaryKey key) {
      key.columns().forEach(c -> columns.computeIfPresent(c, (n, d) -> d.withKeys(true, d.unique(), d.at())));
    } else if (change instanceof ColumnChange.AddUnique unique && unique.columns().size() == 1) {
      columns.computeIfPresent(unique.columns().get(0), (n, d) -> d.withKeys(d.primaryKey(), true, d.at()));
    } else if (change instanceof ColumnChange.AddForeignKey key) {
      for (int i = 0; i < key.columns().size(); i++) {
        Optional<String> target = i < key.referenced().size() ? Optional.of(key.referenced().get(i)) : Optional.empty();
        ForeignKey fk = new ForeignKey(key.table(), target);
        columns.computeIfPresent(key.columns().get(i), (n, d) -> d.withReferences(Optional.of(fk), d.at()));
      }
    }
  }

  /** After REFERENCES: the table and the column, if one is named. */
  private static Optional<ForeignKey> reference(TokenCursor tokens) {
    Optional<SqlToken> table = qualifiedTable(tokens);
    if (table.isEmpty()) {
      return Optional.empty();
    }
    List<String> columns = names(tokens);
    return Optional.of(new ForeignKey(table.get().identifier(),
        columns.size() == 1 ? Optional.of(columns.get(0)) : Optional.empty()));
  }

  /** A possibly schema-qualified table name; the last part is the table. */
  private static Optional<SqlToken> qualifiedTable(TokenCursor tokens) {
    Optional<SqlToken> part = identifier(tokens);
    while (part.isPresent() && tokens.acceptPunct('.')) {
      part = identifier(tokens);
    }
    return part;
  }

  /** A parenthesised list of column names (MySQL prefix lengths and ASC/DESC after a name are passed over). */
  private static List<String> names(TokenCursor tokens) {
    List<String> names = new ArrayList<>();
    if (!tokens.acceptPunct('(')) {
      return names;
    }
    while (!tokens.atEnd() && !tokens.acceptPunct(')')) {
      List<SqlToken> item = tokens.peekClause();
      tokens.skip(item.size());
      tokens.acceptPunct(',');
      if (!item.isEmpty() && item.get(0).isIdentifier()) {
        names.add(item.get(0).identifier());
      }
    }
    return names;
  }

  static Optional<SqlToken> identifier(TokenCursor tokens) {
    Optional<SqlToken> token = tokens.peek().filter(SqlToken::isIdentifier).filter(t -> !t.text().isEmpty());
    token.ifPresent(t -> tokens.advance());
    return token;
  }

  /** A default expression: at least one token, then up to the next constraint word outside parentheses. */
  Optional<String> expression(TokenCursor tokens) {
    if (tokens.atEnd()) {
      return Optional.empty();
    }
    List<SqlToken> taken = new ArrayList<>();
    taken.add(tokens.peek().orElseThrow());
    tokens.advance();
    taken.addAll(until(tokens, CONSTRAINT_WORDS));
    return Optional.of(raw(taken));
  }

  /** The tokens up to one of the words (outside parentheses; "character set" ends a type too). */
  static List<SqlToken> until(TokenCursor tokens, Set<String> stop) {
    List<SqlToken> taken = new ArrayList<>();
    int depth = 0;
    while (!tokens.atEnd()) {
      SqlToken token = tokens.peek().orElseThrow();
      if (depth == 0 && token.kind() == SqlToken.Kind.WORD && (stop.contains(token.identifier())
          || (token.isWord("CHARACTER") && tokens.peekAhead(1).filter(t -> t.isWord("SET")).isPresent()))) {
        break;
      }
      if (token.isPunct('(')) {
        depth++;
      } else if (token.isPunct(')')) {
        depth--;
      }
      taken.add(token);
      tokens.advance();
    }
    return taken;
  }

  /** The source text from the first token to the end of the last, whitespace runs as one space. */
  String raw(List<SqlToken> tokens) {
    SqlToken last = tokens.get(tokens.size() - 1);
    return text.substring(tokens.get(0).offset(), Math.max(tokens.get(0).offset(), last.end()))
        .replaceAll("\\s+", " ").trim();
  }

  private Location at(SqlToken token) {
    return lines.at(token.offset());
  }

  Located located(ColumnChange change, SqlToken token) {
    return new Located(change, at(token));
  }
}
