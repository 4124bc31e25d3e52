package io.truthbook.evidence.sql;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One {@code op.<function>(...)} call in an Alembic migration: where it starts (the {@code op}
 * token), its positional arguments and its keyword arguments, each as the tokens written.
 */
record OpCall(PythonToken at, String function, List<List<PythonToken>> positional,
    Map<String, List<PythonToken>> keywords) {

  OpCall {
    positional = List.copyOf(positional);
    keywords = Map.copyOf(keywords);
  }

  /** The argument at {@code index}, or passed as {@code keyword}: Alembic accepts both. */
  Optional<List<PythonToken>> argument(int index, String keyword) {
    if (index < positional.size()) {
      return Optional.of(positional.get(index));
    }
    return Optional.ofNullable(keywords.get(keyword));
  }

  /** The value of an argument made only of string literals ("a" "b" concatenates), if it is one. */
  static Optional<String> literal(List<PythonToken> argument) {
    if (argument.isEmpty() || !argument.stream().allMatch(t -> t.kind() == PythonToken.Kind.STRING)) {
      return Optional.empty();
    }
    return Optional.of(argument.stream().map(PythonToken::text).collect(Collectors.joining()));
  }

  static boolean isNone(List<PythonToken> argument) {
    return argument.size() == 1 && argument.get(0).isName("None");
  }
}
