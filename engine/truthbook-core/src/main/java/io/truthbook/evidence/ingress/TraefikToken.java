package io.truthbook.evidence.ingress;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A token of a Traefik rule: a matcher name, a quoted argument (`...`, "..." or '...'), or a symbol. */
record TraefikToken(Kind kind, String text) {

  enum Kind { NAME, STRING, SYMBOL }

  boolean isName() {
    return kind == Kind.NAME;
  }

  boolean isString() {
    return kind == Kind.STRING;
  }

  boolean isSymbol(String symbol) {
    return kind == Kind.SYMBOL && text.equals(symbol);
  }

  /** The tokens of a rule, or empty if a string is never closed. */
  static Optional<List<TraefikToken>> tokenize(String rule) {
    List<TraefikToken> tokens = new ArrayList<>();
    int i = 0;
    while (i < rule.length()) {
      char c = rule.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '`' || c == '"' || c == '\'') {
        int close = closing(rule, i + 1, c);
        if (close < 0) {
          return Optional.empty();
        }
        tokens.add(new TraefikToken(Kind.STRING, unescape(rule.substring(i + 1, close), c)));
        i = close + 1;
      } else if ((c == '&' || c == '|') && i + 1 < rule.length() && rule.charAt(i + 1) == c) {
        tokens.add(new TraefikToken(Kind.SYMBOL, rule.substring(i, i + 2)));
        i += 2;
      } else if (Character.isLetterOrDigit(c) || c == '_') {
        int end = i;
        while (end < rule.length() && (Character.isLetterOrDigit(rule.charAt(end)) || rule.charAt(end) == '_')) {
          end++;
        }
        tokens.add(new TraefikToken(Kind.NAME, rule.substring(i, end)));
        i = end;
      } else {
        tokens.add(new TraefikToken(Kind.SYMBOL, String.valueOf(c)));
        i++;
      }
    }
    return Optional.of(tokens);
  }

  /** Backticks are raw strings; in quotes a backslash escapes the next character, as in Go. */
  private static int closing(String rule, int from, char quote) {
    for (int i = from; i < rule.length(); i++) {
      char c = rule.charAt(i);
      if (c == '\\' && quote != '`') {
        i++;
      } else if (c == quote) {
        return i;
      }
    }
    return -1;
  }

  private static String unescape(String body, char quote) {
    if (quote == '`' || body.indexOf('\\') < 0) {
      return body;
    }
    StringBuilder out = new StringBuilder(body.length());
    for (int i = 0; i < body.length(); i++) {
      char c = body.charAt(i);
      if (c == '\\' && i + 1 < body.length()) {
        c = body.charAt(++i);
      }
      out.append(c);
    }
    return out.toString();
  }
}
