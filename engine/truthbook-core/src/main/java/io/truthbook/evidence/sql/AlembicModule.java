package io.truthbook.evidence.sql;

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
  private static final Set<String> TABLE_FUNCTIONS = Set.of("create_table", "rename_table", "drop_table");

  private final List<PythonToken> tokens;

  AlembicModule(List<PythonToken> tokens) {
    this.tokens = tokens;
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

  /** The op.create_table / rename_table / drop_table calls in the body of upgrade(), in file order. */
  List<OpCall> upgradeCalls() {
    int[] body = upgradeBody();
    List<OpCall> calls = new ArrayList<>();
    int i = body[0];
    while (i + 3 < body[1]) {
      if (tokens.get(i).isName("op") && tokens.get(i + 1).isOp('.')
          && tokens.get(i + 2).kind() == PythonToken.Kind.NAME
          && TABLE_FUNCTIONS.contains(tokens.get(i + 2).text()) && tokens.get(i + 3).isOp('(')) {
        // go on after the call: rescanning its arguments would make unclosed calls quadratic
        i = call(i, body[1], calls);
      } else {
        i++;
      }
    }
    return calls;
  }

  /**
   * The string values assigned to a module-level name ({@code x = "a"}, {@code x: str = "a"},
   * {@code x = ("a", "b")}, {@code x = None}); empty if it is not assigned, or assigned anything else.
   */
  private Optional<List<String>> assignment(String variable) {
    for (int i = 0; i < tokens.size(); i++) {
      PythonToken token = tokens.get(i);
      if (!token.lineStart() || token.indent() != 0 || !token.isName(variable)) {
        continue;
      }
      int j = i + 1;
      // skip a type annotation up to the '='
      while (j < tokens.size() && !tokens.get(j).lineStart() && !tokens.get(j).isOp('=')) {
        j++;
      }
      if (j >= tokens.size() || !tokens.get(j).isOp('=')) {
        continue;
      }
      List<String> values = new ArrayList<>();
      for (j++; j < tokens.size() && !tokens.get(j).lineStart(); j++) {
        PythonToken value = tokens.get(j);
        if (value.kind() == PythonToken.Kind.STRING) {
          values.add(value.text());
        } else if (!value.isName("None") && !value.isOp('(') && !value.isOp(')') && !value.isOp('[')
            && !value.isOp(']') && !value.isOp(',')) {
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
      PythonToken def = tokens.get(i);
      if (def.lineStart() && def.isName("def") && tokens.get(i + 1).isName("upgrade")
          && tokens.get(i + 2).isOp('(')) {
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

  private static boolean endsBlock(PythonToken token, PythonToken def) {
    return token.lineStart() && token.indent() <= def.indent();
  }

  /**
   * Adds the call whose {@code op} token is at {@code start}, its arguments ending at its ')' or at
   * {@code limit}; returns the index after it.
   */
  private int call(int start, int limit, List<OpCall> calls) {
    List<List<PythonToken>> positional = new ArrayList<>();
    Map<String, List<PythonToken>> keywords = new HashMap<>();
    List<PythonToken> argument = new ArrayList<>();
    int depth = 0;
    int i = start + 4;
    for (; i < limit; i++) {
      PythonToken token = tokens.get(i);
      // inside the parentheses no line starts; one that does means they were never closed
      if (token.lineStart()) {
        break;
      }
      boolean closes = token.isOp(')') || token.isOp(']') || token.isOp('}');
      if (depth == 0 && (token.isOp(',') || closes)) {
        addArgument(argument, positional, keywords);
        argument = new ArrayList<>();
        if (closes) {
          i++;
          break;
        }
        continue;
      }
      if (token.isOp('(') || token.isOp('[') || token.isOp('{')) {
        depth++;
      } else if (closes) {
        depth--;
      }
      argument.add(token);
    }
    addArgument(argument, positional, keywords);
    calls.add(new OpCall(tokens.get(start), tokens.get(start + 2).text(), positional, keywords));
    return i;
  }

  private static void addArgument(List<PythonToken> argument, List<List<PythonToken>> positional,
      Map<String, List<PythonToken>> keywords) {
    if (argument.isEmpty() || argument.get(0).isOp('*')) {
      return;
    }
    boolean keyword = argument.size() >= 2 && argument.get(0).kind() == PythonToken.Kind.NAME
        && argument.get(1).isOp('=') && !(argument.size() >= 3 && argument.get(2).isOp('='));
    if (keyword) {
      keywords.putIfAbsent(argument.get(0).text(), List.copyOf(argument.subList(2, argument.size())));
    } else if (keywords.isEmpty()) {
      positional.add(List.copyOf(argument));
    }
  }
}
