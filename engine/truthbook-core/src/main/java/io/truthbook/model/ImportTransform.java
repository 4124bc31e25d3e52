package io.truthbook.model;

import java.util.List;
import java.util.Map;

/**
 * One step of a mapping row, from a closed, documented set. A transform takes the value so far and
 * gives a text or a date; {@link #output()} says which, so a rule can judge the target column's type.
 */
public sealed interface ImportTransform {

  /** What the transform gives. */
  enum Output { TEXT, DATE }

  /** The name written in a manifest. */
  String name();

  /** The transform with its parameters, as the book and diffs show it: {@code parse-date yyyy-MM-dd}. */
  default String summary() {
    if (this instanceof SplitName s) {
      return "split-name " + (s.given() ? "given" : "family");
    } else if (this instanceof ParseDate d) {
      return "parse-date " + d.pattern();
    } else if (this instanceof PhoneE164 p) {
      return "phone-e164 " + p.region();
    } else if (this instanceof Constant c) {
      return "constant '" + c.value() + "'";
    } else if (this instanceof Concat c) {
      return "concat " + String.join(" + ", c.columns()) + " with '" + c.separator() + "'";
    } else if (this instanceof MapValues m) {
      return "map-values " + new java.util.TreeMap<>(m.table());
    }
    return name();
  }

  /** The kind of value the transform gives. */
  default Output output() {
    return Output.TEXT;
  }

  /** Strips leading and trailing white space. */
  record Trim() implements ImportTransform {
    @Override
    public String name() {
      return "trim";
    }
  }

  /** Lower-cases, locale-neutral. */
  record Lower() implements ImportTransform {
    @Override
    public String name() {
      return "lower";
    }
  }

  /** Keeps the given (all but the last word) or family (the last word) part of a full name. */
  record SplitName(boolean given) implements ImportTransform {
    @Override
    public String name() {
      return "split-name";
    }
  }

  /** Parses a date or timestamp with a java.time pattern. */
  record ParseDate(String pattern, Location at) implements ImportTransform {
    @Override
    public String name() {
      return "parse-date";
    }

    @Override
    public Output output() {
      return Output.DATE;
    }
  }

  /** Normalises a phone number to E.164; {@code region} is the ISO 3166 region of national numbers. */
  record PhoneE164(String region, Location at) implements ImportTransform {
    @Override
    public String name() {
      return "phone-e164";
    }
  }

  /**
   * Replaces a value (compared ignoring case) by the table's; a value outside the table is refused. The
   * table keeps the manifest's order, so whatever reads it in order (a summary, an inverse) is the same
   * every run.
   */
  record MapValues(Map<String, String> table) implements ImportTransform {
    public MapValues {
      table = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(table));
    }

    @Override
    public String name() {
      return "map-values";
    }
  }

  /** A constant, whatever the file says. */
  record Constant(String value) implements ImportTransform {
    @Override
    public String name() {
      return "constant";
    }
  }

  /** Joins several source columns with a separator, skipping empty ones. */
  record Concat(List<String> columns, String separator, Location at) implements ImportTransform {
    public Concat {
      columns = List.copyOf(columns);
    }

    @Override
    public String name() {
      return "concat";
    }
  }
}
