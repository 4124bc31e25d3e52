package io.truthbook.imports;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Optional;

/**
 * Date patterns as a mapping writes them (java.time, {@code yyyy-MM-dd HH:mm}). Parsing is strict: a
 * day that does not exist (31 February) or text left over is refused, never rolled over. Fields a
 * pattern leaves out (the time of a date) default to zero.
 */
public final class DatePatterns {
  private DatePatterns() {}

  /** Why the pattern is not a java.time pattern, or empty when it is one. */
  public static Optional<String> problem(String pattern) {
    try {
      DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
      return Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.of(e.getMessage());
    }
  }

  /** The formatter of a valid pattern: strict, English month names, missing time fields zero. */
  public static DateTimeFormatter formatter(String pattern) {
    // 'yyyy' is year-of-era: strict resolving needs the era, which a pattern never writes
    String strict = pattern.replace("yyyy", "uuuu");
    return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(strict)
        .parseDefaulting(ChronoField.HOUR_OF_DAY, 0).parseDefaulting(ChronoField.MINUTE_OF_HOUR, 0)
        .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
  }

  /** Whether the value is a date of the pattern. */
  public static boolean parses(DateTimeFormatter formatter, String value) {
    try {
      TemporalAccessor parsed = formatter.parse(value);
      return parsed.isSupported(ChronoField.EPOCH_DAY);
    } catch (java.time.format.DateTimeParseException e) {
      return false;
    }
  }
}
