package io.truthbook.evidence.http;

import io.truthbook.evidence.lexer.Syntax;
import io.truthbook.evidence.lexer.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@link ValueExpr}s from a token range: literals joined by {@code +}, dotted names, calls,
 * lists and templates. Nesting deeper than a small bound reads as {@link ValueExpr.Unknown}, so
 * garbage cannot overflow the stack.
 */
final class ExpressionReader {
  private static final int MAX_DEPTH = 24;

  private final TokenStream tokens;

  ExpressionReader(TokenStream tokens) {
    this.tokens = tokens;
  }

  /** An expression with its end: the index after its last token. */
  record Parsed(ValueExpr expr, int end) {}

  /** The arguments of the call whose {@code (} is at {@code open}. */
  Arguments arguments(int open) {
    int close = tokens.close(open);
    List<Arguments.Argument> all = new ArrayList<>();
    int start = open + 1;
    for (int i = start; i <= close; i++) {
      if (i == close || tokens.op(i, ",")) {
        if (i > start) {
          all.add(argument(start, i));
        }
        start = i + 1;
      } else if (isOpener(i)) {
        // jump the nested brackets: splitting stays linear in the top-level tokens
        i = Math.min(tokens.close(i), close - 1);
      }
    }
    return new Arguments(this, all);
  }

  private Arguments.Argument argument(int from, int to) {
    if (tokens.syntax().namedArguments() && to - from > 2 && tokens.name(from) && tokens.op(from + 1, "=")) {
      return new Arguments.Argument(Optional.of(tokens.get(from).text()), from + 2, to);
    }
    return new Arguments.Argument(Optional.empty(), from, to);
  }

  /** The expression filling exactly {@code from..to}, or {@link ValueExpr.Unknown}. */
  ValueExpr read(int from, int to) {
    return read(from, to, 0);
  }

  /** The longest expression starting at {@code from}, not reading past {@code limit}. */
  Parsed prefix(int from, int limit) {
    return prefix(from, limit, 0);
  }

  private ValueExpr read(int from, int to, int depth) {
    Parsed parsed = prefix(from, to, depth);
    return parsed.end() == to ? parsed.expr() : new ValueExpr.Unknown(tokens.text(from, to));
  }

  private Parsed prefix(int from, int limit, int depth) {
    List<ValueExpr> parts = new ArrayList<>();
    int i = from;
    while (true) {
      Optional<Parsed> operand = operand(i, limit, depth);
      if (operand.isEmpty()) {
        break;
      }
      parts.add(operand.get().expr());
      i = operand.get().end();
      if (i + 1 < limit && tokens.op(i, "+")) {
        i++;
      } else {
        break;
      }
    }
    if (parts.isEmpty()) {
      return new Parsed(new ValueExpr.Unknown(tokens.text(from, limit)), from);
    }
    return new Parsed(parts.size() == 1 ? parts.get(0) : new ValueExpr.Concat(parts), i);
  }

  private Optional<Parsed> operand(int i, int limit, int depth) {
    if (i >= limit) {
      return Optional.empty();
    }
    Token token = tokens.get(i);
    if (token.isText()) {
      return Optional.of(strings(i, limit));
    }
    if (token.isName()) {
      return Optional.of(nameOrCall(i, limit));
    }
    if (depth < MAX_DEPTH && (token.isOp("[") || token.isOp("{") || token.isOp("("))) {
      int close = tokens.close(i);
      if (close >= limit) {
        return Optional.empty();
      }
      List<ValueExpr> items = items(i, close, depth + 1);
      // (x) groups, (x, y) is a tuple
      boolean group = token.isOp("(") && items.size() == 1 && !hasTopLevelComma(i, close);
      return Optional.of(new Parsed(group ? items.get(0) : new ValueExpr.ListOf(items), close + 1));
    }
    return Optional.empty();
  }

  // adjacent literals concatenate in Python ("/api" "/sales"); elsewhere only one is read
  private Parsed strings(int i, int limit) {
    List<ValueExpr> parts = new ArrayList<>();
    int end = i;
    do {
      Token token = tokens.get(end);
      parts.add(token.kind() == Token.Kind.TEMPLATE ? TemplateReader.read(token.text(), tokens.syntax())
          : new ValueExpr.Literal(token.text()));
      end++;
    } while (tokens.syntax() == Syntax.PYTHON && end < limit && tokens.get(end).isText());
    return new Parsed(parts.size() == 1 ? parts.get(0) : new ValueExpr.Concat(parts), end);
  }

  private Parsed nameOrCall(int i, int limit) {
    int start = i;
    if (tokens.name(i, "new") && tokens.name(i + 1)) {
      start = i + 1;
    }
    int end = Math.min(tokens.dottedEnd(start), limit);
    String name = dotted(start, end);
    ValueExpr expr = new ValueExpr.Reference(name);
    if (end < limit && tokens.op(end, "(") && tokens.close(end) < limit) {
      expr = new ValueExpr.Call(name, arguments(end));
      end = tokens.close(end) + 1;
      while (end + 1 < limit && tokens.op(end, ".") && tokens.name(end + 1)) {
        expr = new ValueExpr.Member(expr, tokens.get(end + 1).text());
        end += 2;
        if (end < limit && tokens.op(end, "(") && tokens.close(end) < limit) {
          // require('express').Router(): a call on a member, named as written
          expr = new ValueExpr.Call(expr.describe(), arguments(end));
          end = tokens.close(end) + 1;
        }
      }
    }
    return new Parsed(expr, end);
  }

  private List<ValueExpr> items(int open, int close, int depth) {
    List<ValueExpr> items = new ArrayList<>();
    int start = open + 1;
    for (int i = start; i <= close; i++) {
      if (i == close || tokens.op(i, ",")) {
        if (i > start) {
          items.add(read(start, i, depth));
        }
        start = i + 1;
      } else if (isOpener(i)) {
        i = Math.min(tokens.close(i), close - 1);
      }
    }
    return items;
  }

  private boolean hasTopLevelComma(int open, int close) {
    for (int i = open + 1; i < close; i++) {
      if (tokens.op(i, ",")) {
        return true;
      }
      if (isOpener(i)) {
        i = Math.min(tokens.close(i), close - 1);
      }
    }
    return false;
  }

  private boolean isOpener(int i) {
    return tokens.op(i, "(") || tokens.op(i, "[") || tokens.op(i, "{");
  }

  /** The dotted name spelled by tokens {@code from..to}. */
  String dotted(int from, int to) {
    StringBuilder name = new StringBuilder();
    for (int i = from; i < to; i += 2) {
      if (name.length() > 0) {
        name.append('.');
      }
      name.append(tokens.get(i).text());
    }
    return name.toString();
  }
}
