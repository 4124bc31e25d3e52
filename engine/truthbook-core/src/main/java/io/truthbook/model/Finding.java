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

  /** A note: information that never fails a check. */
  public static Finding note(String ruleId, Location location, String message, String hint) {
    return new Finding(ruleId, Severity.NOTE, location, message, hint);
  }

  /**
   * The finding's identity across edits that only move lines: rule, file and message, hashed (128 bits of
   * SHA-256, hex). Baselines and SARIF's partial fingerprints use it.
   */
  public String fingerprint() {
    try {
      java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
      byte[] digest = sha.digest((ruleId + "\n" + location.file() + "\n" + message)
          .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return java.util.HexFormat.of().formatHex(digest, 0, 16);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  @Override
  public int compareTo(Finding other) {
    return ORDER.compare(this, other);
  }
}
