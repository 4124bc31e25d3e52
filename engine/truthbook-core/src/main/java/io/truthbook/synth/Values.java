package io.truthbook.synth;

import io.truthbook.model.ColumnType;
import io.truthbook.model.Domain;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import net.datafaker.Faker;

/** Values as PostgreSQL's CSV reads them, by column type; and what a generator may produce. */
final class Values {
  static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

  private Values() {}

  /** Why a Datafaker expression does not evaluate, or empty when it does. */
  static Optional<String> fakeError(String expression, String locale) {
    try {
      String value = new Faker(locale(locale), new Random(0)).expression(expression);
      return value == null || value.contains("#{") ? Optional.of("it resolves to '" + value + "'") : Optional.empty();
    } catch (RuntimeException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      // the library names its context with identity hashes: cut them, so the finding is the same every run
      return Optional.of(message.lines().findFirst().orElse(message).replaceAll("\\s+for FakerContext.*$", "")
          .replaceAll("@[0-9a-f]{6,}", ""));
    }
  }

  static Locale locale(String tag) {
    return Locale.forLanguageTag(tag);
  }

  /** True when Datafaker has data for the locale (its own file, or its language's). */
  static boolean knownLocale(String tag) {
    ClassLoader loader = Faker.class.getClassLoader();
    Locale locale = locale(tag);
    return !locale.getLanguage().isEmpty() && (loader.getResource(locale.toLanguageTag() + ".yml") != null
        || loader.getResource(locale.getLanguage() + ".yml") != null);
  }

  /** True when {@code value} can be written into the column. */
  static boolean fits(String value, Domain.Column column) {
    try {
      switch (column.type()) {
        case INTEGER -> Integer.parseInt(value);
        case BIGINT -> Long.parseLong(value);
        case DECIMAL -> new BigDecimal(value);
        case FLOAT -> Double.parseDouble(value);
        case BOOLEAN -> {
          if (!value.equals("true") && !value.equals("false")) {
            return false;
          }
        }
        case UUID -> UUID.fromString(value);
        case DATE -> LocalDate.parse(value);
        case TIMESTAMP, TIMESTAMPTZ -> parseTime(value);
        case JSON -> {
          // one JSON value, as PostgreSQL's json takes: Jackson's streaming parser reads it whole, without the cold
          // start of an object mapper
          try (com.fasterxml.jackson.core.JsonParser parser = Json.FACTORY.createParser(value)) {
            if (parser.nextToken() == null) {
              return false;
            }
            parser.skipChildren();
            if (parser.nextToken() != null) {
              return false;
            }
          }
        }
        default -> {
          return true;
        }
      }
      return true;
    } catch (RuntimeException | java.io.IOException e) {
      return false;
    }
  }

  /** Jackson's parser factory, made once. */
  private static final class Json {
    static final com.fasterxml.jackson.core.JsonFactory FACTORY = new com.fasterxml.jackson.core.JsonFactory();
  }

  /** A number as the column's type writes it: whole, two decimals, or a float. */
  static String number(double value, ColumnType type) {
    return switch (type) {
      case INTEGER, BIGINT -> Long.toString(Math.round(value));
      case DECIMAL -> BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
      default -> BigDecimal.valueOf(value).setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    };
  }

  /** A moment as the column's type writes it. */
  static String time(LocalDateTime moment, ColumnType type) {
    return switch (type) {
      case DATE -> moment.toLocalDate().toString();
      case TIMESTAMPTZ -> moment.format(TIMESTAMP) + "+00";
      default -> moment.format(TIMESTAMP);
    };
  }

  /** A date or time written by {@link #time}, read back. */
  static LocalDateTime parseTime(String value) {
    if (value.length() == 10) {
      return LocalDate.parse(value).atStartOfDay();
    }
    return LocalDateTime.parse(value.substring(0, 19), TIMESTAMP);
  }

  /** A version 4 UUID from the run's random. */
  static String uuid(Random random) {
    long most = random.nextLong() & ~0xF000L | 0x4000L;
    long least = random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L;
    return new UUID(most, least).toString();
  }
}
