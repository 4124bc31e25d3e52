package io.truthbook.evidence.http;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The few expression shapes a route path, prefix or method is written with: literals, names,
 * templates, concatenation, lists and calls. Anything else is {@link Unknown}.
 */
sealed interface ValueExpr {

  /** A string literal. */
  record Literal(String value) implements ValueExpr {}

  /** A dotted name: {@code API_PREFIX}, {@code settings.API_PREFIX}, {@code RequestMethod.GET}. */
  record Reference(String name) implements ValueExpr {}

  /** An f-string or template literal: literal parts and placeholders. */
  record Template(List<ValueExpr> parts) implements ValueExpr {
    public Template {
      parts = List.copyOf(parts);
    }
  }

  /** {@code a + b + ...}, or adjacent Python literals. */
  record Concat(List<ValueExpr> parts) implements ValueExpr {
    public Concat {
      parts = List.copyOf(parts);
    }
  }

  /** A list, tuple or array literal. */
  record ListOf(List<ValueExpr> items) implements ValueExpr {
    public ListOf {
      items = List.copyOf(items);
    }
  }

  /** A call of a dotted name; its arguments are parsed on demand. */
  record Call(String callee, Arguments arguments) implements ValueExpr {}

  /** An attribute of a non-name expression: {@code require('./sales').router}. */
  record Member(ValueExpr target, String name) implements ValueExpr {}

  /** Anything else, kept as (shortened) source text for messages. */
  record Unknown(String text) implements ValueExpr {}

  /** The string value, with names looked up by {@code names}; empty if any part is unknown. */
  default Optional<String> evaluate(Function<String, Optional<String>> names) {
    if (this instanceof Literal literal) {
      return Optional.of(literal.value());
    }
    if (this instanceof Reference reference) {
      return names.apply(reference.name());
    }
    List<ValueExpr> parts;
    if (this instanceof Template template) {
      parts = template.parts();
    } else if (this instanceof Concat concat) {
      parts = concat.parts();
    } else {
      return Optional.empty();
    }
    StringBuilder value = new StringBuilder();
    for (ValueExpr part : parts) {
      Optional<String> text = part.evaluate(names);
      if (text.isEmpty()) {
        return Optional.empty();
      }
      value.append(text.get());
    }
    return Optional.of(value.toString());
  }

  /** The value when it is written with literals only. */
  default Optional<String> literal() {
    return evaluate(name -> Optional.empty());
  }

  /** The items of a list, or this expression alone. */
  default List<ValueExpr> items() {
    return this instanceof ListOf list ? list.items() : List.of(this);
  }

  /** The expression as a person would recognise it in a message. */
  default String describe() {
    if (this instanceof Literal literal) {
      return "\"" + literal.value() + "\"";
    }
    if (this instanceof Reference reference) {
      return reference.name();
    }
    if (this instanceof Template template) {
      StringBuilder text = new StringBuilder("\"");
      for (ValueExpr part : template.parts()) {
        text.append(part instanceof Literal literal ? literal.value() : "{" + part.describe() + "}");
      }
      return text.append('"').toString();
    }
    if (this instanceof Concat concat) {
      return String.join(" + ", concat.parts().stream().map(ValueExpr::describe).toList());
    }
    if (this instanceof Call call) {
      return call.callee() + "(...)";
    }
    if (this instanceof Member member) {
      return member.target().describe() + "." + member.name();
    }
    return this instanceof Unknown unknown ? unknown.text() : "[...]";
  }
}
