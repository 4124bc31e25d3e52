package io.truthbook.evidence.sql;

import io.truthbook.evidence.lexer.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One {@code op.<function>(...)} call in an Alembic migration: where it starts (the {@code op}
 * token), its positional arguments and its keyword arguments, each as the tokens written.
 */
record OpCall(Token at, String function, List<List<Token>> positional,
    Map<String, List<Token>> keywords) {

  OpCall {
    positional = List.copyOf(positional);
    keywords = Map.copyOf(keywords);
  }

  /** The argument at {@code index}, or passed as {@code keyword}: Alembic accepts both. */
  Optional<List<Token>> argument(int index, String keyword) {
    if (index < positional.size()) {
      return Optional.of(positional.get(index));
    }
    return Optional.ofNullable(keywords.get(keyword));
  }

  /**
   * The value of an argument made only of string literals ("a" "b" concatenates), if it is one; an
   * f-string or an unterminated string is no literal.
   */
  static Optional<String> literal(List<Token> argument) {
    if (argument.isEmpty() || !argument.stream().allMatch(OpCall::isLiteral)) {
      return Optional.empty();
    }
    return Optional.of(argument.stream().map(Token::text).collect(Collectors.joining()));
  }

  static boolean isLiteral(Token token) {
    return token.kind() == Token.Kind.STRING && !token.unterminated();
  }

  static boolean isNone(List<Token> argument) {
    return argument.size() == 1 && argument.get(0).isName("None");
  }

  /**
   * Files an argument as positional or as {@code name = value}; {@code *args} and {@code **kwargs}
   * are skipped, and {@code name == x} compares. {@code name => x} names an argument whose value
   * starts with the {@code =>}, so it is never a literal.
   */
  static void addArgument(List<Token> argument, List<List<Token>> positional,
      Map<String, List<Token>> keywords) {
    if (argument.isEmpty() || startsWith(argument.get(0), '*')) {
      return;
    }
    Token equals = argument.size() >= 2 ? argument.get(1) : Token.END;
    Token next = argument.size() >= 3 ? argument.get(2) : Token.END;
    boolean keyword = argument.get(0).isName()
        && (equals.isOp("=>") || (equals.isOp("=") && !startsWith(next, '=')));
    if (keyword) {
      int value = equals.isOp("=") ? 2 : 1;
      keywords.putIfAbsent(argument.get(0).text(), List.copyOf(argument.subList(value, argument.size())));
    } else if (keywords.isEmpty()) {
      positional.add(List.copyOf(argument));
    }
  }

  private static boolean startsWith(Token token, char c) {
    return token.kind() == Token.Kind.OP && token.text().charAt(0) == c;
  }

  /**
   * The call an expression is, if it is one from its first token to its last:
   * {@code sa.Column("id", sa.Integer(), primary_key=True)} is a call of {@code Column}.
   */
  static Optional<OpCall> of(List<Token> expression) {
    int open = 0;
    while (open < expression.size() && (expression.get(open).isName() || expression.get(open).isOp("."))) {
      open++;
    }
    if (open == 0 || open >= expression.size() || !expression.get(open).isOp("(")
        || !expression.get(open - 1).isName() || !expression.get(expression.size() - 1).isOp(")")) {
      return Optional.empty();
    }
    List<List<Token>> positional = new ArrayList<>();
    Map<String, List<Token>> keywords = new HashMap<>();
    List<Token> argument = new ArrayList<>();
    int depth = 0;
    for (int i = open + 1; i < expression.size() - 1; i++) {
      Token token = expression.get(i);
      boolean closes = token.isOp(")") || token.isOp("]") || token.isOp("}");
      if (depth == 0 && token.isOp(",")) {
        addArgument(argument, positional, keywords);
        argument = new ArrayList<>();
        continue;
      }
      if (depth == 0 && closes) {
        // the call ends before the expression does: a(...)(...) or a(...).b
        return Optional.empty();
      }
      if (token.isOp("(") || token.isOp("[") || token.isOp("{")) {
        depth++;
      } else if (closes) {
        depth--;
      }
      argument.add(token);
    }
    addArgument(argument, positional, keywords);
    return Optional.of(new OpCall(expression.get(0), expression.get(open - 1).text(), positional, keywords));
  }

  /** The string literals of an argument that is one literal or a list or tuple of them. */
  static List<String> literals(List<Token> argument) {
    return argument.stream().filter(OpCall::isLiteral).map(Token::text).toList();
  }
}
