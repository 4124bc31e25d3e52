package io.truthbook.evidence.topology;

/**
 * Compose's {@code ${VAR}} interpolation as the repository states it: the scan has no environment,
 * so every variable is unset and a value reads as its written default. {@code ${VAR:-d}} and
 * {@code ${VAR-d}} give {@code d} (defaults may nest), {@code ${VAR}}, {@code $VAR},
 * {@code ${VAR:?err}} and {@code ${VAR:+alt}} give "", {@code $$} is a literal {@code $}; an
 * unterminated {@code ${} is kept as written.
 */
final class ComposeVariables {
  // defaults nest (${A:-${B:-x}}); real files nest two or three deep, hostile ones could overflow the stack
  private static final int MAX_NESTING = 16;

  private ComposeVariables() {}

  /** {@code text} with every variable replaced by its default. */
  static String withDefaults(String text) {
    return withDefaults(text, 0);
  }

  private static String withDefaults(String text, int depth) {
    if (text.indexOf('$') < 0 || depth > MAX_NESTING) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c != '$' || i + 1 >= text.length()) {
        out.append(c);
        i++;
      } else if (text.charAt(i + 1) == '$') {
        out.append('$');
        i += 2;
      } else if (text.charAt(i + 1) == '{') {
        int close = closingBrace(text, i + 2);
        if (close < 0) {
          out.append(text, i, text.length());
          break;
        }
        out.append(braced(text.substring(i + 2, close), depth));
        i = close + 1;
      } else {
        int end = nameEnd(text, i + 1);
        if (end == i + 1) {
          out.append(c);
          i++;
        } else {
          i = end;
        }
      }
    }
    return out.toString();
  }

  private static String braced(String body, int depth) {
    int name = nameEnd(body, 0);
    String rest = body.substring(name);
    if (rest.startsWith(":-")) {
      return withDefaults(rest.substring(2), depth + 1);
    }
    if (rest.startsWith("-")) {
      return withDefaults(rest.substring(1), depth + 1);
    }
    // ${VAR}, ${VAR:?err}, ${VAR?err}, ${VAR:+alt}, ${VAR+alt}: all empty for an unset variable
    return "";
  }

  private static int nameEnd(String text, int start) {
    int i = start;
    while (i < text.length()) {
      char c = text.charAt(i);
      boolean part = c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
          || (i > start && c >= '0' && c <= '9');
      if (!part) {
        break;
      }
      i++;
    }
    return i;
  }

  private static int closingBrace(String text, int start) {
    int depth = 1;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{' && text.charAt(i - 1) == '$') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }
}
