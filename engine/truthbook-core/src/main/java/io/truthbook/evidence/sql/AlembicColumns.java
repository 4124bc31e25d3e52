package io.truthbook.evidence.sql;

import io.truthbook.evidence.ColumnChange;
import io.truthbook.evidence.Evidence.ColumnDef;
import io.truthbook.evidence.Evidence.ForeignKey;
import io.truthbook.evidence.LineIndex;
import io.truthbook.evidence.lexer.Token;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads columns out of Alembic ops: the {@code sa.Column(...)} and constraint arguments of
 * {@code op.create_table}, and {@code op.add_column}, {@code drop_column}, {@code alter_column},
 * {@code create_primary_key}, {@code create_unique_constraint} and {@code create_foreign_key}.
 * Types are written as the migration writes them, without the module ({@code String(length=200)}).
 */
final class AlembicColumns {
  private final LineIndex lines;

  AlembicColumns(LineIndex lines) {
    this.lines = lines;
  }

  /**
   * The columns of an {@code op.create_table} call, its constraints folded in; empty when an
   * argument is no column or constraint written out (a helper's result, a variable) or no column is
   * written at all ({@code *columns}), since the table may then have columns no one can see here.
   */
  Optional<List<ColumnDef>> createColumns(OpCall call) {
    Map<String, ColumnDef> columns = new LinkedHashMap<>();
    List<ColumnChange> constraints = new ArrayList<>();
    for (List<Token> argument : call.positional().subList(Math.min(1, call.positional().size()),
        call.positional().size())) {
      Optional<OpCall> item = OpCall.of(argument);
      if (item.isEmpty()) {
        return Optional.empty();
      }
      switch (item.get().function()) {
        case "Column":
          Optional<ColumnDef> column = column(item.get());
          if (column.isEmpty()) {
            return Optional.empty();
          }
          columns.putIfAbsent(column.get().name(), column.get());
          break;
        case "PrimaryKeyConstraint":
          constraints.add(new ColumnChange.AddPrimaryKey(names(item.get().positional())));
          break;
        case "UniqueConstraint":
          constraints.add(new ColumnChange.AddUnique(names(item.get().positional())));
          break;
        case "ForeignKeyConstraint":
          foreignKey(item.get().argument(0, "columns"), item.get().argument(1, "refcolumns"))
              .ifPresent(constraints::add);
          break;
        case "Index":
        case "CheckConstraint":
          // they shape no column
          break;
        default:
          return Optional.empty();
      }
    }
    // no column at all: they come from *args, which the call's arguments do not show
    if (columns.isEmpty()) {
      return Optional.empty();
    }
    for (ColumnChange constraint : constraints) {
      ColumnClauses.fold(constraint, columns);
    }
    return Optional.of(List.copyOf(columns.values()));
  }

  /** The column changes of a column op (not create_table), in the order they apply. */
  List<ColumnChange> changes(OpCall call) {
    switch (call.function()) {
      case "add_column":
        return call.argument(1, "column").flatMap(OpCall::of).filter(c -> c.function().equals("Column"))
            .flatMap(this::column).map(c -> List.<ColumnChange>of(new ColumnChange.Add(c, false))).orElse(List.of());
      case "drop_column":
        return call.argument(1, "column_name").flatMap(OpCall::literal)
            .map(c -> List.<ColumnChange>of(new ColumnChange.Drop(c, false))).orElse(List.of());
      case "alter_column":
        return alterColumn(call);
      case "create_primary_key":
        return call.argument(2, "columns").map(OpCall::literals)
            .map(c -> List.<ColumnChange>of(new ColumnChange.AddPrimaryKey(c))).orElse(List.of());
      case "create_unique_constraint":
        return call.argument(2, "columns").map(OpCall::literals)
            .map(c -> List.<ColumnChange>of(new ColumnChange.AddUnique(c))).orElse(List.of());
      case "create_foreign_key":
        Optional<String> referent = call.argument(2, "referent_table").flatMap(OpCall::literal);
        List<String> local = call.argument(3, "local_cols").map(OpCall::literals).orElse(List.of());
        List<String> remote = call.argument(4, "remote_cols").map(OpCall::literals).orElse(List.of());
        return referent.filter(r -> !local.isEmpty())
            .map(r -> List.<ColumnChange>of(new ColumnChange.AddForeignKey(local, r, remote))).orElse(List.of());
      default:
        return List.of();
    }
  }

  /** The table a column op changes: its first argument, or its second for the create_* constraint ops. */
  static int tableIndex(String function) {
    return function.startsWith("create_") ? 1 : 0;
  }

  /** type_, nullable and server_default change the column before new_column_name renames it. */
  private List<ColumnChange> alterColumn(OpCall call) {
    Optional<String> column = call.argument(1, "column_name").flatMap(OpCall::literal);
    if (column.isEmpty()) {
      return List.of();
    }
    String name = column.get();
    List<ColumnChange> changes = new ArrayList<>();
    Optional.ofNullable(call.keywords().get("type_")).filter(t -> !OpCall.isNone(t))
        .ifPresent(t -> changes.add(new ColumnChange.SetType(name, type(t))));
    Optional.ofNullable(call.keywords().get("nullable")).filter(v -> v.size() == 1)
        .filter(v -> v.get(0).isName("True") || v.get(0).isName("False"))
        .ifPresent(v -> changes.add(new ColumnChange.SetNotNull(name, v.get(0).isName("False"))));
    Optional.ofNullable(call.keywords().get("server_default")).filter(v -> !isFalse(v))
        .ifPresent(v -> changes.add(new ColumnChange.SetDefault(name,
            OpCall.isNone(v) ? Optional.empty() : Optional.of(serverDefault(v)))));
    Optional.ofNullable(call.keywords().get("new_column_name")).flatMap(OpCall::literal)
        .ifPresent(n -> changes.add(new ColumnChange.Rename(name, n)));
    return changes;
  }

  /** {@code sa.Column("name", type, [sa.ForeignKey("t.c")], primary_key=, nullable=, unique=, server_default=)}. */
  private Optional<ColumnDef> column(OpCall column) {
    if (column.positional().isEmpty()) {
      return Optional.empty();
    }
    Optional<String> name = OpCall.literal(column.positional().get(0));
    if (name.isEmpty()) {
      return Optional.empty();
    }
    String type = "";
    Optional<ForeignKey> references = Optional.empty();
    for (List<Token> argument : column.positional().subList(1, column.positional().size())) {
      Optional<OpCall> call = OpCall.of(argument);
      if (call.isPresent() && call.get().function().equals("ForeignKey")) {
        references = call.get().argument(0, "column").flatMap(OpCall::literal).flatMap(AlembicColumns::target);
      } else if (type.isEmpty()) {
        type = type(argument);
      }
    }
    Optional<String> typeKeyword = Optional.ofNullable(column.keywords().get("type_")).map(AlembicColumns::type);
    if (type.isEmpty() && typeKeyword.isEmpty()) {
      return Optional.empty();
    }
    boolean primaryKey = isTrue(column.keywords().get("primary_key"));
    List<Token> nullable = column.keywords().get("nullable");
    // SQLAlchemy's default: nullable unless part of the primary key
    boolean notNull = nullable == null ? primaryKey : nullable.size() == 1 && nullable.get(0).isName("False");
    Optional<String> defaultValue = Optional.ofNullable(column.keywords().get("server_default"))
        .filter(v -> !OpCall.isNone(v)).map(AlembicColumns::serverDefault);
    return Optional.of(new ColumnDef(name.get(), type.isEmpty() ? typeKeyword.get() : type, notNull, defaultValue,
        primaryKey, isTrue(column.keywords().get("unique")), references, lines.at(column.at().offset())));
  }

  /** A type expression without its module: {@code sa.String(length=200)} is {@code String(length=200)}. */
  private static String type(List<Token> expression) {
    int start = 0;
    while (start + 2 < expression.size() && expression.get(start).isName() && expression.get(start + 1).isOp(".")) {
      start += 2;
    }
    return text(expression.subList(start, expression.size()));
  }

  /** A server default as SQL: {@code sa.text("now()")} is {@code now()}, a string {@code 'x'}. */
  private static String serverDefault(List<Token> value) {
    Optional<String> literal = OpCall.literal(value);
    if (literal.isPresent()) {
      return "'" + literal.get().replace("'", "''") + "'";
    }
    Optional<OpCall> call = OpCall.of(value);
    if (call.isPresent() && call.get().function().equals("text")) {
      Optional<String> sql = call.get().argument(0, "text").flatMap(OpCall::literal);
      if (sql.isPresent()) {
        return sql.get();
      }
    }
    return type(value);
  }

  /** Tokens as one line of Python: names and numbers spaced only where Python needs it, strings quoted. */
  private static String text(List<Token> tokens) {
    return tokens.stream().map(t -> t.isText() ? "\"" + t.text() + "\"" : t.text()).collect(Collectors.joining());
  }

  /** {@code "table.column"} or {@code "schema.table.column"}. */
  private static Optional<ForeignKey> target(String written) {
    String[] parts = written.split("\\.");
    return parts.length < 2 ? Optional.empty()
        : Optional.of(new ForeignKey(parts[parts.length - 2], Optional.of(parts[parts.length - 1])));
  }

  private static Optional<ColumnChange> foreignKey(Optional<List<Token>> columns, Optional<List<Token>> targets) {
    List<String> local = columns.map(OpCall::literals).orElse(List.of());
    List<Optional<ForeignKey>> remote = targets.map(OpCall::literals).orElse(List.of()).stream()
        .map(AlembicColumns::target).toList();
    if (local.isEmpty() || remote.isEmpty() || remote.get(0).isEmpty()) {
      return Optional.empty();
    }
    List<String> referenced = remote.stream().map(r -> r.flatMap(ForeignKey::column).orElse("")).toList();
    return Optional.of(new ColumnChange.AddForeignKey(local, remote.get(0).get().table(), referenced));
  }

  private static List<String> names(List<List<Token>> arguments) {
    return arguments.stream().flatMap(a -> OpCall.literal(a).stream()).toList();
  }

  private static boolean isTrue(List<Token> value) {
    return value != null && value.size() == 1 && value.get(0).isName("True");
  }

  private static boolean isFalse(List<Token> value) {
    return value.size() == 1 && value.get(0).isName("False");
  }
}
