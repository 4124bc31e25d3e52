package io.truthbook.model;

import java.util.Locale;

/** How bad a finding is; errors fail the check. */
public enum Severity {
  ERROR,
  WARNING,
  NOTE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
