package io.truthbook.evidence.ingress;

import java.util.ArrayList;
import java.util.List;

/**
 * Docker Compose interpolation without an environment: {@code ${VAR:-default}} and {@code
 * ${VAR-default}} become their default (nested defaults too), {@code $$} a dollar. A variable with no
 * default cannot be known from the repository, so it is kept as written and reported.
 */
final class ComposeVariables {
  /** Nested defaults deeper than this are kept literally; no real file comes near. */
  private static final int MAX_NESTING = 16;

  /** The interpolated text and the variables that had no default. */
  record Interpolated(String text, List<String> unresolved) {
    Interpolated {
      unresolved = List.copyOf(unresolved);
    }
  }

  private final List<String> unresolved = new ArrayList<>();

  private ComposeVariables() {}

  static Interpolated interpolate(String text) {
    ComposeVariables variables = new ComposeVariables();
    return new Interpolated(variables.run(text, 0), variables.unresolved);
  }

  private String run(String text, int depth) {
    if (text.indexOf('$') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      char next = i + 1 < text.length() ? text.charAt(i + 1) : '\0';
      if (c != '$') {
        out.append(c);
        i++;
      } else if (next == '$') {
        out.append('$');
        i += 2;
      } else if (next == '{') {
        int close = closingBrace(text, i + 2);
        if (close < 0) {
          unresolved.add(text.substring(i));
          out.append(text, i, text.length());
          return out.toString();
        }
        out.append(braced(text.substring(i, close + 1), depth));
        i = close + 1;
      } else if (isNameStart(next)) {
        int end = i + 1;
        while (end < text.length() && isNamePart(text.charAt(end))) {
          end++;
        }
        unresolved.add(text.substring(i + 1, end));
        out.append(text, i, end);
        i = end;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** "${NAME...}" → its default, or itself if it has none. */
  private String braced(String whole, int depth) {
    String inner = whole.substring(2, whole.length() - 1);
    int name = 0;
    while (name < inner.length() && isNamePart(inner.charAt(name))) {
      name++;
    }
    String rest = inner.substring(name);
    if (name > 0 && depth < MAX_NESTING) {
      if (rest.startsWith(":-")) {
        return run(rest.substring(2), depth + 1);
      }
      if (rest.startsWith("-")) {
        return run(rest.substring(1), depth + 1);
      }
    }
    unresolved.add(name > 0 ? inner.substring(0, name) : inner);
    return whole;
  }

  /** The index of the '}' closing a "${" whose body starts at {@code from}, counting nested "${". */
  private static int closingBrace(String text, int from) {
    int depth = 1;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
        depth++;
        i++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isNameStart(char c) {
    return c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static boolean isNamePart(char c) {
    return isNameStart(c) || (c >= '0' && c <= '9');
  }
}
