package io.truthbook.evidence.compose;

import java.util.ArrayList;
import java.util.List;

/**
 * Docker Compose's {@code ${VAR}} interpolation as the repository states it: the scan has no
 * environment, so {@code ${VAR:-d}} and {@code ${VAR-d}} read as {@code d} (defaults may nest) and
 * {@code $$} as a literal {@code $}. What an unset variable without a default reads as depends on
 * the question: {@link #withDefaults} reads it as "" (compose's own answer for an empty
 * environment), {@link #interpolate} keeps it as written and names it, so that a caller can say
 * that the value is unknown. An unterminated {@code ${} is kept as written.
 */
public final class ComposeVariables {
  // defaults nest (${A:-${B:-x}}); real files nest two or three deep, hostile ones could overflow the stack
  private static final int MAX_NESTING = 16;

  /** The interpolated text and the variables that had no default, in the order met. */
  public record Interpolated(String text, List<String> unresolved) {
    public Interpolated {
      unresolved = List.copyOf(unresolved);
    }
  }

  private final boolean keepUnset;
  private final List<String> unresolved = new ArrayList<>();

  private ComposeVariables(boolean keepUnset) {
    this.keepUnset = keepUnset;
  }

  /** {@code text} with every variable replaced by its default, or by "" if it has none. */
  public static String withDefaults(String text) {
    return new ComposeVariables(false).run(text, 0);
  }

  /** {@code text} with every variable that has a default replaced by it; the others stay as written. */
  public static Interpolated interpolate(String text) {
    ComposeVariables variables = new ComposeVariables(true);
    return new Interpolated(variables.run(text, 0), variables.unresolved);
  }

  private String run(String text, int depth) {
    if (text.indexOf('$') < 0 || depth > MAX_NESTING) {
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
          break;
        }
        out.append(braced(text.substring(i, close + 1), depth));
        i = close + 1;
      } else if (nameEnd(text, i + 1) > i + 1) {
        int end = nameEnd(text, i + 1);
        out.append(unset(text.substring(i + 1, end), text.substring(i, end)));
        i = end;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** "${NAME...}" → its default, or what an unset variable reads as. */
  private String braced(String whole, int depth) {
    String inner = whole.substring(2, whole.length() - 1);
    int name = nameEnd(inner, 0);
    String rest = inner.substring(name);
    if (name > 0 && rest.startsWith(":-")) {
      return run(rest.substring(2), depth + 1);
    }
    if (name > 0 && rest.startsWith("-")) {
      return run(rest.substring(1), depth + 1);
    }
    // ${VAR}, ${VAR:?err}, ${VAR?err}, ${VAR:+alt}, ${VAR+alt}: an unset variable without a default
    return unset(name > 0 ? inner.substring(0, name) : inner, whole);
  }

  private String unset(String name, String written) {
    if (!keepUnset) {
      return "";
    }
    unresolved.add(name);
    return written;
  }

  /** The end of the variable name starting at {@code start}: a letter or '_', then letters, digits and '_'. */
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
}
