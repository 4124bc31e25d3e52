package io.truthbook.imports;

import io.truthbook.model.ColumnType;
import io.truthbook.model.ImportTransform;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Runs a mapping row's transforms on a cell, and judges the result against the column's type. A
 * refused value gives the reason, in words a steward understands; an empty cell stays empty (whether
 * that is allowed is the column's business).
 */
final class CellValues {
  private static final Pattern NEGATIVE_NUMBER = Pattern.compile("-\\d+([.,]\\d+)?");
  private static final Pattern INTERNATIONAL_PHONE = Pattern.compile("\\+\\d[\\d ()./-]*");
  private static final Set<String> BOOLEANS = Set.of("true", "false", "t", "f", "yes", "no", "y", "n", "1", "0");

  private final char decimalSeparator;
  private final Map<String, DateTimeFormatter> formatters = new HashMap<>();

  CellValues(char decimalSeparator) {
    this.decimalSeparator = decimalSeparator;
  }

  /** A transformed value, or why there is none. */
  record Outcome(String value, Optional<String> refused) {
    static Outcome of(String value) {
      return new Outcome(value, Optional.empty());
    }

    static Outcome refuse(String why) {
      return new Outcome("", Optional.of(why));
    }
  }

  /**
   * Whether a cell starts like a spreadsheet formula: '=', '+', '-', '@', tab or CR first. A plain
   * negative number is a value, and so is '+' then digits in a column a phone-e164 transform reads.
   */
  static boolean formula(String cell, boolean phoneColumn) {
    if (cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0) {
      return false;
    }
    if (NEGATIVE_NUMBER.matcher(cell).matches()) {
      return false;
    }
    return !(phoneColumn && INTERNATIONAL_PHONE.matcher(cell).matches());
  }

  /** Applies the transforms in order; {@code cells} reads a source header's cell for concat. */
  Outcome apply(String cell, List<ImportTransform> transforms, java.util.function.Function<String, String> cells) {
    String value = cell;
    for (ImportTransform t : transforms) {
      if (t instanceof ImportTransform.Constant c) {
        value = c.value();
      } else if (t instanceof ImportTransform.Concat c) {
        value = String.join(c.separator(), c.columns().stream().map(cells).map(String::strip)
            .filter(s -> !s.isEmpty()).toList());
      } else if (value.isEmpty()) {
        continue;
      } else if (t instanceof ImportTransform.Trim) {
        value = value.strip();
      } else if (t instanceof ImportTransform.Lower) {
        value = value.toLowerCase(Locale.ROOT);
      } else if (t instanceof ImportTransform.SplitName s) {
        value = splitName(value, s.given());
      } else if (t instanceof ImportTransform.ParseDate d) {
        DateTimeFormatter formatter = formatters.computeIfAbsent(d.pattern(), DatePatterns::formatter);
        if (!DatePatterns.parses(formatter, value)) {
          return Outcome.refuse("'" + shown(value) + "' is not a date of pattern " + d.pattern());
        }
      } else if (t instanceof ImportTransform.PhoneE164 p) {
        Optional<String> e164 = PhoneNumbers.e164(value, p.region());
        if (e164.isEmpty()) {
          return Outcome.refuse("'" + shown(value) + "' is not a phone number that normalises to E.164 (region "
              + p.region() + ")");
        }
        value = e164.get();
      } else if (t instanceof ImportTransform.MapValues m) {
        Optional<String> mapped = lookup(m.table(), value);
        if (mapped.isEmpty()) {
          return Outcome.refuse("'" + shown(value) + "' is not in the value map (" + String.join(", ",
              new java.util.TreeSet<>(m.table().keySet())) + ")");
        }
        value = mapped.get();
      }
    }
    return Outcome.of(value);
  }

  private static Optional<String> lookup(Map<String, String> table, String value) {
    String key = value.strip();
    return table.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(key)).map(Map.Entry::getValue)
        .findFirst();
  }

  /** Given: every word but the last (or the only one); family: the last word of several. */
  static String splitName(String name, boolean given) {
    String[] words = name.strip().split("\\s+");
    if (words.length == 1) {
      return given ? words[0] : "";
    }
    return given ? String.join(" ", List.of(words).subList(0, words.length - 1)) : words[words.length - 1];
  }

  /** Why a non-empty value cannot be stored in a column of the type, or empty when it can. */
  Optional<String> typeProblem(String value, ColumnType type) {
    boolean fits = switch (type) {
      case INTEGER, BIGINT -> value.strip().matches("[+-]?\\d{1,18}");
      case DECIMAL, FLOAT -> number(value);
      case BOOLEAN -> BOOLEANS.contains(value.strip().toLowerCase(Locale.ROOT));
      case UUID -> value.strip().matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
      default -> true;
    };
    return fits ? Optional.empty() : Optional.of("'" + shown(value) + "' is not a " + type.id());
  }

  private boolean number(String value) {
    String plain = value.strip().replace(" ", "");
    plain = decimalSeparator == ',' ? plain.replace(".", "").replace(',', '.') : plain.replace(",", "");
    try {
      new BigDecimal(plain);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  /** A value as a message quotes it: one line, at most 60 characters. */
  static String shown(String value) {
    String line = io.truthbook.model.TerminalText.line(value);
    return line.length() > 60 ? line.substring(0, 57) + "..." : line;
  }
}
