package io.truthbook.evidence.sql;

import io.truthbook.evidence.lexer.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parts of an Alembic migration module that matter for tables, read from its tokens: the
 * {@code revision} and {@code down_revision} assignments, and the table calls in {@code upgrade()}.
 */
final class AlembicModule {
  private static final Set<String> TABLE_FUNCTIONS = Set.of("create_table", "rename_table", "drop_table",
      "add_column", "drop_column", "alter_column", "create_primary_key", "create_unique_constraint",
      "create_foreign_key");

  private final List<Token> tokens;

  /** Reads Python tokens; where lines start is known from each token, so NEWLINE tokens are left out. */
  AlembicModule(List<Token> tokens) {
    this.tokens = tokens.stream().filter(token -> token.kind() != Token.Kind.NEWLINE).toList();
  }

  /**
   * The revision, if the module assigns its id a string literal; an absent or None down_revision
   * makes it a root.
   */
  Optional<AlembicRevision> revision() {
    Optional<List<String>> id = assignment("revision");
    if (id.isEmpty() || id.get().size() != 1) {
      return Optional.empty();
    }
    return Optional.of(new AlembicRevision(id.get().get(0), assignment("down_revision").orElse(List.of())));
  }

  /**
   * The op.create_table / rename_table / drop_table calls and the column calls (add_column,
   * drop_column, alter_column, create_primary_key, create_unique_constraint, create_foreign_key) in
   * the body of upgrade(), in file order.
   */
  List<OpCall> upgradeCalls() {
    int[] body = upgradeBody();
    return calls("op", body[0], body[1], Optional.empty());
  }

  /**
   * The calls of {@code receiver.<function>(...)} in tokens [from, to); in a
   * {@code with op.batch_alter_table("t") as batch_op:} block, {@code batch_op}'s calls are read as
   * op calls on table t ({@code batch}: that table's call).
   */
  private List<OpCall> calls(String receiver, int from, int to, Optional<OpCall> batch) {
    List<OpCall> calls = new ArrayList<>();
    int i = from;
    while (i + 3 < to) {
      if (batch.isEmpty() && isCall(i, "op", "batch_alter_table") && i > 0 && tokens.get(i - 1).isName("with")) {
        i = batchBlock(i, to, calls);
      } else if (tokens.get(i).isName(receiver) && tokens.get(i + 1).isOp(".") && tokens.get(i + 2).isName()
          && TABLE_FUNCTIONS.contains(tokens.get(i + 2).text()) && tokens.get(i + 3).isOp("(")) {
        // go on after the call: rescanning its arguments would make unclosed calls quadratic
        List<OpCall> found = new ArrayList<>();
        i = call(i, to, found);
        found.forEach(call -> calls.add(batch.map(b -> onTable(call, b)).orElse(call)));
      } else {
        i++;
      }
    }
    return calls;
  }

  private boolean isCall(int i, String receiver, String function) {
    return i + 3 < tokens.size() && tokens.get(i).isName(receiver) && tokens.get(i + 1).isOp(".")
        && tokens.get(i + 2).isName(function) && tokens.get(i + 3).isOp("(");
  }

  /** {@code with op.batch_alter_table(...) as name:} at {@code start} (the op token) and its block. */
  private int batchBlock(int start, int limit, List<OpCall> calls) {
    List<OpCall> batch = new ArrayList<>();
    int i = call(start, limit, batch);
    if (i + 2 >= limit || !tokens.get(i).isName("as") || !tokens.get(i + 1).isName() || !tokens.get(i + 2).isOp(":")) {
      return i;
    }
    String name = tokens.get(i + 1).text();
    Token with = tokens.get(start - 1);
    int end = i + 3;
    while (end < limit && !endsBlock(tokens.get(end), with)) {
      end++;
    }
    if (!batch.get(0).positional().isEmpty()) {
      calls.addAll(calls(name, i + 3, end, Optional.of(batch.get(0))));
    }
    return end;
  }

  /** A batch call as the op call it stands for: the batch's table put where op's call takes it, and its schema. */
  private static OpCall onTable(OpCall call, OpCall batch) {
    List<List<Token>> positional = new ArrayList<>(call.positional());
    positional.add(Math.min(AlembicColumns.tableIndex(call.function()), positional.size()), batch.positional().get(0));
    Map<String, List<Token>> keywords = new HashMap<>(call.keywords());
    batch.argument(1, "schema").ifPresent(schema -> keywords.putIfAbsent("schema", schema));
    return new OpCall(call.at(), call.function(), positional, keywords);
  }

  /**
   * The string values assigned to a module-level name ({@code x = "a"}, {@code x: str = "a"},
   * {@code x = ("a", "b")}, {@code x = None}); empty if it is not assigned, or assigned anything else.
   * An operator ending in '=' assigns ({@code :=} and {@code +=} too); one going on after its first
   * '=' ({@code ==}, {@code =>}) is no assignment, and neither is anything else.
   */
  private Optional<List<String>> assignment(String variable) {
    for (int i = 0; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (!token.lineStart() || token.indent() != 0 || !token.isName(variable)) {
        continue;
      }
      int j = i + 1;
      // skip a type annotation up to the '='
      while (j < tokens.size() && !tokens.get(j).lineStart() && !hasEquals(tokens.get(j))) {
        j++;
      }
      Token equals = j < tokens.size() ? tokens.get(j) : Token.END;
      // a line that starts with an operator is read from that operator's first character
      int at = equals.lineStart() ? 0 : equals.text().indexOf('=');
      if (!hasEquals(equals) || equals.text().charAt(at) != '=') {
        continue;
      }
      if (at < equals.text().length() - 1) {
        return Optional.empty();
      }
      List<String> values = new ArrayList<>();
      for (j++; j < tokens.size() && !tokens.get(j).lineStart(); j++) {
        Token value = tokens.get(j);
        if (OpCall.isLiteral(value)) {
          values.add(value.text());
        } else if (!value.isName("None") && !value.isOp("(") && !value.isOp(")") && !value.isOp("[")
            && !value.isOp("]") && !value.isOp(",")) {
          return Optional.empty();
        }
      }
      return Optional.of(values);
    }
    return Optional.empty();
  }

  /** Token indexes [from, to) of the body of {@code def upgrade(...)}; empty if there is none. */
  private int[] upgradeBody() {
    for (int i = 0; i + 2 < tokens.size(); i++) {
      Token def = tokens.get(i);
      if (def.lineStart() && def.isName("def") && tokens.get(i + 1).isName("upgrade")
          && tokens.get(i + 2).isOp("(")) {
        int end = i + 1;
        // the body is every line indented deeper than the def
        while (end < tokens.size() && !endsBlock(tokens.get(end), def)) {
          end++;
        }
        return new int[] {i + 3, end};
      }
    }
    return new int[] {0, 0};
  }

  private static boolean endsBlock(Token token, Token def) {
    return token.lineStart() && token.indent() <= def.indent();
  }

  /**
   * Adds the call whose {@code op} token is at {@code start}, its arguments ending at its ')' or at
   * {@code limit}; returns the index after it.
   */
  private int call(int start, int limit, List<OpCall> calls) {
    List<List<Token>> positional = new ArrayList<>();
    Map<String, List<Token>> keywords = new HashMap<>();
    List<Token> argument = new ArrayList<>();
    int depth = 0;
    int i = start + 4;
    for (; i < limit; i++) {
      Token token = tokens.get(i);
      // inside the parentheses no line starts; one that does means they were never closed
      if (token.lineStart()) {
        break;
      }
      boolean closes = token.isOp(")") || token.isOp("]") || token.isOp("}");
      if (depth == 0 && (token.isOp(",") || closes)) {
        OpCall.addArgument(argument, positional, keywords);
        argument = new ArrayList<>();
        if (closes) {
          i++;
          break;
        }
        continue;
      }
      if (token.isOp("(") || token.isOp("[") || token.isOp("{")) {
        depth++;
      } else if (closes) {
        depth--;
      }
      argument.add(token);
    }
    OpCall.addArgument(argument, positional, keywords);
    calls.add(new OpCall(tokens.get(start), tokens.get(start + 2).text(), positional, keywords));
    return i;
  }

  private static boolean hasEquals(Token token) {
    return token.kind() == Token.Kind.OP && token.text().indexOf('=') >= 0;
  }
}
