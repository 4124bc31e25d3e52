package io.truthbook.evidence.sql;

import io.truthbook.evidence.lexer.Token;
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
}
