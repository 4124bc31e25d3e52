package io.truthbook.load;

import io.truthbook.yaml.YamlNode;
import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The YAML 1.2 core schema (YAML 1.2.2, section 10.3), which editors use: a plain scalar is null, a
 * boolean, an integer or a float only when its whole text is written as one, anything else is a string.
 * So {@code no}, {@code on}, {@code 1_000}, {@code 1:20} and {@code 2026-01-01} stay strings, as they do
 * in the editor, where YAML 1.1 would read a boolean, a number or a date.
 */
final class CoreSchema {
  private static final String TAG = "tag:yaml.org,2002:";

  private static final Pattern NULL = Pattern.compile("null|Null|NULL|~|");
  private static final Pattern BOOL = Pattern.compile("true|True|TRUE|false|False|FALSE");
  private static final Pattern INT = Pattern.compile("[-+]?[0-9]+");
  private static final Pattern OCTAL = Pattern.compile("0o[0-7]+");
  private static final Pattern HEX = Pattern.compile("0x[0-9a-fA-F]+");
  private static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
  private static final Pattern INFINITY = Pattern.compile("[-+]?\\.(inf|Inf|INF)");
  private static final Pattern NAN = Pattern.compile("\\.(nan|NaN|NAN)");

  /**
   * Digits beyond which an integer is read as a double, as JavaScript reads every number: exact big
   * integers cost time quadratic in their length, and a manifest may hold a megabyte of digits.
   */
  private static final int MAX_EXACT_DIGITS = 1000;

  private CoreSchema() {}

  /** The value of an untagged plain scalar. */
  static Object plain(String text) {
    if (!text.isEmpty() && !mayBeTyped(text.charAt(0))) {
      // most scalars of a manifest are ids and prose: eight pattern matches each would be most of the loading
      return text;
    }
    return nullOrBool(text).or(() -> integer(text)).or(() -> floating(text)).orElse(text);
  }

  /** Whether a scalar starting with {@code first} can be other than a string: the patterns' first characters. */
  private static boolean mayBeTyped(char first) {
    return first >= '0' && first <= '9' || "+-.~nNtTfF".indexOf(first) >= 0;
  }

  /**
   * The value of a scalar with an explicit tag ({@code !!str 123}, {@code !!int "8"}): the text read as
   * that tag's type, empty when it is not written as one; any other tag keeps the text.
   */
  static Optional<Object> tagged(String tag, String text) {
    return switch (tag) {
      case TAG + "null" -> NULL.matcher(text).matches() ? Optional.of(YamlNode.Scalar.NULL) : Optional.empty();
      case TAG + "bool" -> BOOL.matcher(text).matches() ? nullOrBool(text) : Optional.empty();
      case TAG + "int" -> integer(text);
      // the spec's float pattern also matches decimal integers: !!float 1 is 1.0
      case TAG + "float" -> floating(text);
      default -> Optional.of(text);
    };
  }

  /** What a tag's type is called where a message names it: {@code !!int}, or the tag as written. */
  static String shortName(String tag) {
    return tag.startsWith(TAG) ? "!!" + tag.substring(TAG.length()) : tag;
  }

  private static Optional<Object> nullOrBool(String text) {
    if (NULL.matcher(text).matches()) {
      return Optional.of(YamlNode.Scalar.NULL);
    }
    if (BOOL.matcher(text).matches()) {
      return Optional.of(text.charAt(0) == 't' || text.charAt(0) == 'T');
    }
    return Optional.empty();
  }

  private static Optional<Object> integer(String text) {
    if (INT.matcher(text).matches()) {
      return Optional.of(text.length() > MAX_EXACT_DIGITS ? Double.parseDouble(text)
          : YamlNode.Scalar.integer(new BigInteger(text)));
    }
    if (OCTAL.matcher(text).matches()) {
      return Optional.of(radix(text.substring(2), 8));
    }
    if (HEX.matcher(text).matches()) {
      return Optional.of(radix(text.substring(2), 16));
    }
    return Optional.empty();
  }

  private static Number radix(String digits, int radix) {
    String significant = digits.replaceFirst("^0+(?=.)", "");
    // thousands of octal or hex digits are far beyond the largest double
    return significant.length() > MAX_EXACT_DIGITS ? Double.POSITIVE_INFINITY
        : YamlNode.Scalar.integer(new BigInteger(significant, radix));
  }

  private static Optional<Object> floating(String text) {
    if (FLOAT.matcher(text).matches()) {
      return Optional.of(Double.parseDouble(text));
    }
    if (INFINITY.matcher(text).matches()) {
      return Optional.of(text.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
    }
    if (NAN.matcher(text).matches()) {
      return Optional.of(Double.NaN);
    }
    return Optional.empty();
  }
}
