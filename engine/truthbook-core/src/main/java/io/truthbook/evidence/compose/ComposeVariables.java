package io.truthbook.evidence.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Docker Compose's interpolation grammar: {@code $VAR}, {@code ${VAR}}, {@code ${VAR:-d}} and
 * {@code ${VAR-d}} (a default, which may nest), {@code ${VAR:?msg}} and {@code ${VAR?msg}} (required),
 * {@code ${VAR:+x}} and {@code ${VAR+x}} (an alternative when set), and {@code $$} for a literal
 * {@code $}. The forms with ':' treat an empty value as unset. The scan knows only the variables a
 * source declares, so a variable it does not know has no value: {@link #withDefaults} reads what
 * then depends on it as "" (compose's own answer for an empty environment), {@link #interpolate}
 * keeps it as written and names it, so that a caller can say that the value is unknown. An
 * unterminated {@code ${} is kept as written.
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
  private final Map<String, String> environment;
  private final List<String> unresolved = new ArrayList<>();

  private ComposeVariables(boolean keepUnset, Map<String, String> environment) {
    this.keepUnset = keepUnset;
    this.environment = environment;
  }

  /** {@code text} with every variable replaced by its default, or by "" if it has none. */
  public static String withDefaults(String text) {
    return new ComposeVariables(false, Map.of()).run(text, 0);
  }

  /** {@code text} with every variable that has a default replaced by it; the others stay as written. */
  public static Interpolated interpolate(String text) {
    return interpolate(text, Map.of());
  }

  /**
   * {@code text} interpolated with the variables of {@code environment} set to their values; what
   * depends on a variable it does not hold stays as written and is named.
   */
  public static Interpolated interpolate(String text, Map<String, String> environment) {
    ComposeVariables variables = new ComposeVariables(true, environment);
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
        String name = text.substring(i + 1, end);
        out.append(environment.containsKey(name) ? environment.get(name) : unset(name, text.substring(i, end)));
        i = end;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** "${NAME...}" → its value, its default or alternative, or what an unknown variable reads as. */
  private String braced(String whole, int depth) {
    String inner = whole.substring(2, whole.length() - 1);
    int end = nameEnd(inner, 0);
    if (end == 0) {
      return unset(inner, whole);   // no name: compose refuses it; the value is unknown
    }
    String name = inner.substring(0, end);
    String rest = inner.substring(end);
    boolean colon = rest.startsWith(":");
    String operator = rest.isEmpty() ? "" : rest.substring(colon ? 1 : 0, Math.min(rest.length(), colon ? 2 : 1));
    String argument = rest.substring(Math.min(rest.length(), (colon ? 1 : 0) + operator.length()));
    boolean known = environment.containsKey(name);
    // the ':' forms treat a variable set to "" as unset
    boolean set = known && (!colon || !environment.get(name).isEmpty());
    return switch (operator) {
      case "" -> rest.isEmpty() && known ? environment.get(name) : unset(name, whole);
      case "-" -> set ? environment.get(name) : run(argument, depth + 1);
      case "?" -> set ? environment.get(name) : unset(name, whole);
      case "+" -> set ? run(argument, depth + 1) : known ? "" : unset(name, whole);
      default -> unset(name, whole);   // not compose grammar: the value is unknown
    };
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
