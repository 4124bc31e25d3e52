package io.truthbook.adopt;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A YAML document written line by line. Keys are the writer's own; every value that comes from the
 * product (a path, a host, a handle) goes through {@link #scalar}, which writes it plain only when plain
 * style reads back as the same string, and double-quoted with escapes otherwise.
 */
final class YamlWriter {
  /** Plain scalars that stay strings under YAML 1.1 and 1.2 alike: no indicator, number, date or keyword. */
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z/_.][A-Za-z0-9_/.()-]*(?: [A-Za-z0-9_/.()-]+)*");
  /** Plain scalars starting with a dot that YAML reads as numbers (.inf, .5). */
  private static final Pattern SPECIAL_FLOAT = Pattern.compile("(?i)\\.(inf|nan)|\\.[0-9].*");
  private static final Set<String> KEYWORDS = Set.of("y", "n", "yes", "no", "true", "false", "on", "off", "null");
  private static final String INDENT = "  ";

  private final StringBuilder out = new StringBuilder();

  /** {@code # text} at the indentation level; a multi-line text gives one comment line each. */
  YamlWriter comment(int level, String text) {
    for (String line : text.split("\n", -1)) {
      indent(level).append(line.isEmpty() ? "#" : "# " + oneLine(line)).append('\n');
    }
    return this;
  }

  /** {@code key: value}. */
  YamlWriter field(int level, String key, String value) {
    indent(level).append(key).append(": ").append(scalar(value)).append('\n');
    return this;
  }

  /** {@code key: 8000}. */
  YamlWriter field(int level, String key, long value) {
    indent(level).append(key).append(": ").append(value).append('\n');
    return this;
  }

  /** {@code key: true}. */
  YamlWriter field(int level, String key, boolean value) {
    indent(level).append(key).append(": ").append(value).append('\n');
    return this;
  }

  /** {@code key: value  # comment}. */
  YamlWriter field(int level, String key, String value, String comment) {
    indent(level).append(key).append(": ").append(scalar(value)).append("  # ").append(oneLine(comment)).append('\n');
    return this;
  }

  /** {@code key: true  # comment}. */
  YamlWriter field(int level, String key, boolean value, String comment) {
    indent(level).append(key).append(": ").append(value).append("  # ").append(oneLine(comment)).append('\n');
    return this;
  }

  /** {@code key: [a, b]} (flow style), or {@code key: []}. */
  YamlWriter list(int level, String key, List<String> values) {
    indent(level).append(key).append(": [")
        .append(String.join(", ", values.stream().map(YamlWriter::scalar).toList())).append("]\n");
    return this;
  }

  /** {@code key: [8000, 8443]}. */
  YamlWriter numbers(int level, String key, List<Integer> values) {
    indent(level).append(key).append(": ").append(values.toString()).append('\n');
    return this;
  }

  /** {@code key:}, opening a mapping or a block sequence below it. */
  YamlWriter key(int level, String key) {
    indent(level).append(key).append(":\n");
    return this;
  }

  /** {@code - key: value}: the first entry of a mapping in a sequence; its other entries follow at level + 1. */
  YamlWriter item(int level, String key, String value) {
    indent(level).append("- ").append(key).append(": ").append(scalar(value)).append('\n');
    return this;
  }

  /** {@code - value}: one scalar of a block sequence. */
  YamlWriter item(int level, String value) {
    indent(level).append("- ").append(scalar(value)).append('\n');
    return this;
  }

  /** A line as given (the writer's own text, such as a template's). */
  YamlWriter raw(String text) {
    out.append(text);
    return this;
  }

  YamlWriter blank() {
    out.append('\n');
    return this;
  }

  String text() {
    return out.toString();
  }

  private StringBuilder indent(int level) {
    return out.append(INDENT.repeat(level));
  }

  /** A comment holds one line: line breaks and control characters become spaces. */
  private static String oneLine(String text) {
    StringBuilder line = new StringBuilder(text.length());
    text.codePoints().forEach(c -> line.appendCodePoint(printable(c) ? c : ' '));
    return line.toString();
  }

  /** The YAML spelling of a string: plain when that reads back as the same string, else double-quoted. */
  static String scalar(String value) {
    if (PLAIN.matcher(value).matches() && !KEYWORDS.contains(value.toLowerCase(Locale.ROOT))
        && !SPECIAL_FLOAT.matcher(value).matches()) {
      return value;
    }
    StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c == '\\') {
        quoted.append('\\').append(c);
      } else if (Character.isSurrogate(c)) {
        boolean pair = Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1));
        if (pair) {
          quoted.append(c).append(value.charAt(++i));
        } else {
          quoted.append("\\uFFFD");
        }
      } else if (printable(c)) {
        quoted.append(c);
      } else {
        quoted.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      }
    }
    return quoted.append('"').toString();
  }

  /**
   * Whether a character may stand as itself: not a control character, line or paragraph separator,
   * byte order mark, or a bidi control (which can make text read as other text).
   */
  private static boolean printable(int c) {
    return c >= 0x20 && c != 0x7F && !(c >= 0x80 && c <= 0x9F) && c != 0x2028 && c != 0x2029 && c != 0xFEFF
        && c != 0x200E && c != 0x200F && !(c >= 0x202A && c <= 0x202E) && !(c >= 0x2066 && c <= 0x2069);
  }
}
