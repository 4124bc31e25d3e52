package io.truthbook.evidence.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The arguments of one call, split at top-level commas. Values are parsed only when asked for, so a
 * scanner that looks at one argument of a call nested a thousand deep does not parse the rest.
 */
final class Arguments {

  /** One argument: its keyword if written {@code name=value}, and its token range. */
  record Argument(Optional<String> name, int from, int to) {}

  private final ExpressionReader reader;
  private final List<Argument> all;

  Arguments(ExpressionReader reader, List<Argument> all) {
    this.reader = reader;
    this.all = List.copyOf(all);
  }

  static Arguments none(ExpressionReader reader) {
    return new Arguments(reader, List.of());
  }

  List<Argument> all() {
    return all;
  }

  /** The arguments written without a keyword, in order. */
  List<Argument> positional() {
    List<Argument> positional = new ArrayList<>();
    for (Argument argument : all) {
      if (argument.name().isEmpty()) {
        positional.add(argument);
      }
    }
    return positional;
  }

  /** The value of the {@code index}-th positional argument. */
  Optional<ValueExpr> positional(int index) {
    List<Argument> positional = positional();
    return index < positional.size() ? Optional.of(value(positional.get(index))) : Optional.empty();
  }

  /** The value of the argument written {@code name=...}. */
  Optional<ValueExpr> named(String name) {
    for (Argument argument : all) {
      if (argument.name().filter(name::equals).isPresent()) {
        return Optional.of(value(argument));
      }
    }
    return Optional.empty();
  }

  /** The argument by keyword, else by position: Python's {@code path="/x"} or {@code "/x"}. */
  Optional<ValueExpr> get(String name, int index) {
    Optional<ValueExpr> named = named(name);
    return named.isPresent() ? named : positional(index);
  }

  ValueExpr value(Argument argument) {
    return reader.read(argument.from(), argument.to());
  }
}
