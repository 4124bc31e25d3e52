package io.truthbook.model;

import java.util.Comparator;
import java.util.Objects;

/** One problem in the user's content: stable rule id, severity, where, what, and how to fix it. */
public record Finding(String ruleId, Severity severity, Location location, String message, String hint)
    implements Comparable<Finding> {

  private static final Comparator<Finding> ORDER =
      Comparator.comparing((Finding f) -> f.location())
          .thenComparing(Finding::severity)
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::message);

  public Finding {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(hint, "hint");
  }

  public static Finding error(String ruleId, Location location, String message, String hint) {
    return new Finding(ruleId, Severity.ERROR, location, message, hint);
  }

  public static Finding warning(String ruleId, Location location, String message, String hint) {
    return new Finding(ruleId, Severity.WARNING, location, message, hint);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  @Override
  public int compareTo(Finding other) {
    return ORDER.compare(this, other);
  }
}
