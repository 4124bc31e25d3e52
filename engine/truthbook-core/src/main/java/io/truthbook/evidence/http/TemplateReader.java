package io.truthbook.evidence.http;

import io.truthbook.evidence.lexer.Syntax;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits the text of an f-string ({@code {x}}), JS template ({@code ${x}}) or Kotlin string
 * ({@code $x}, {@code ${x}}) into literal parts and placeholders. A placeholder that is a dotted
 * name becomes a {@link ValueExpr.Reference}; any other expression is {@link ValueExpr.Unknown}.
 */
final class TemplateReader {

  private TemplateReader() {}

  static ValueExpr.Template read(String raw, Syntax syntax) {
    List<ValueExpr> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    while (i < raw.length()) {
      char c = raw.charAt(i);
      boolean python = syntax == Syntax.PYTHON;
      if (python && (c == '{' || c == '}') && i + 1 < raw.length() && raw.charAt(i + 1) == c) {
        // {{ and }} are escaped braces in f-strings
        literal.append(c);
        i += 2;
      } else if ((python && c == '{') || (!python && c == '$' && i + 1 < raw.length() && raw.charAt(i + 1) == '{')) {
        int open = python ? i : i + 1;
        int close = matchingBrace(raw, open);
        flush(literal, parts);
        String inner = raw.substring(open + 1, Math.max(open + 1, close));
        parts.add(placeholder(python ? stripFormat(inner) : inner));
        i = close + 1;
      } else if (syntax == Syntax.KOTLIN && c == '$' && i + 1 < raw.length()
          && Character.isJavaIdentifierStart(raw.charAt(i + 1))) {
        int end = i + 1;
        while (end < raw.length() && Character.isJavaIdentifierPart(raw.charAt(end)) && raw.charAt(end) != '$') {
          end++;
        }
        flush(literal, parts);
        parts.add(new ValueExpr.Reference(raw.substring(i + 1, end)));
        i = end;
      } else {
        literal.append(c);
        i++;
      }
    }
    flush(literal, parts);
    return new ValueExpr.Template(parts);
  }

  private static int matchingBrace(String raw, int open) {
    int depth = 0;
    for (int i = open; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    return raw.length();
  }

  // f"{settings.API_PREFIX!s:>10}": the conversion and format spec are not part of the name
  private static String stripFormat(String inner) {
    int cut = inner.length();
    for (int i = 0; i < inner.length(); i++) {
      char c = inner.charAt(i);
      if ((c == '!' && (i + 1 >= inner.length() || inner.charAt(i + 1) != '=')) || c == ':') {
        cut = i;
        break;
      }
    }
    String name = inner.substring(0, cut).trim();
    // f"{x=}" prints "x=value": the '=' is debugging syntax, not part of the name
    return name.endsWith("=") && !name.endsWith("==") ? name.substring(0, name.length() - 1).trim() : name;
  }

  private static ValueExpr placeholder(String expression) {
    String name = expression.trim();
    return isDottedName(name) ? new ValueExpr.Reference(name) : new ValueExpr.Unknown(name);
  }

  static boolean isDottedName(String text) {
    if (text.isEmpty()) {
      return false;
    }
    boolean segmentStart = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.') {
        if (segmentStart) {
          return false;
        }
        segmentStart = true;
      } else if (segmentStart ? Character.isJavaIdentifierStart(c) : Character.isJavaIdentifierPart(c)) {
        segmentStart = false;
      } else {
        return false;
      }
    }
    return !segmentStart;
  }

  private static void flush(StringBuilder literal, List<ValueExpr> parts) {
    if (literal.length() > 0) {
      parts.add(new ValueExpr.Literal(literal.toString()));
      literal.setLength(0);
    }
  }
}
