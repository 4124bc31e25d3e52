package io.truthbook.evidence.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where a SQL file stands in the apply order, read from its name the way Flyway reads it:
 * {@code V<version>__<description>.sql} is versioned, {@code R__<description>.sql} repeatable (applied
 * after every versioned one), {@code U<version>__...} an undo; anything else (Liquibase formatted SQL,
 * schema dumps, init scripts) is plain and ordered by path.
 *
 * <p>The order key sorts as a plain string: {@code 0:<path>#<position>} for plain files,
 * {@code 1:<version>#<path>#<position>} for versioned and {@code 2:<description>#<path>#<position>}
 * for repeatable ones. Each version part is zero-padded to eight digits ({@code V1.1} is
 * {@code 00000001.00000001}); a longer part is written {@code :<digit count><digits>} so that it still
 * sorts after every shorter one. The version ends with '#', which sorts before the '.' of a further
 * part, so V1 comes before V1.1. The path keeps two files claiming one version (which Flyway
 * rejects) from interleaving.
 */
record MigrationFile(Kind kind, String key) {

  enum Kind { PLAIN, VERSIONED, REPEATABLE, UNDO }

  private static final int PART_WIDTH = 8;
  private static final int MAX_PART_DIGITS = 99;

  static MigrationFile of(String path) {
    String fileName = path.substring(path.lastIndexOf('/') + 1);
    if (!fileName.toLowerCase(Locale.ROOT).endsWith(".sql")) {
      return plain(path);
    }
    String stem = fileName.substring(0, fileName.length() - ".sql".length());
    if (stem.startsWith("R__")) {
      return new MigrationFile(Kind.REPEATABLE, "2:" + stem.substring(3) + "#" + path);
    }
    if (stem.startsWith("V") || stem.startsWith("U")) {
      int separator = stem.indexOf("__");
      String version = separator < 0 ? stem.substring(1) : stem.substring(1, separator);
      List<String> parts = versionParts(version);
      if (!parts.isEmpty()) {
        Kind kind = stem.startsWith("V") ? Kind.VERSIONED : Kind.UNDO;
        return new MigrationFile(kind, "1:" + String.join(".", parts) + "#" + path);
      }
    }
    return plain(path);
  }

  private static MigrationFile plain(String path) {
    return new MigrationFile(Kind.PLAIN, "0:" + path);
  }

  /** The order of the statement at {@code position} (0-based, counted in table operations) in this file. */
  String order(int position) {
    return key + "#" + String.format(Locale.ROOT, "%08d", position);
  }

  /**
   * The version's parts as sortable keys, or empty if it is not a Flyway version. Flyway separates
   * parts with '.' or '_', compares them as numbers and treats 1.0 as 1.
   */
  private static List<String> versionParts(String version) {
    List<String> parts = new ArrayList<>();
    for (String part : version.split("[._]", -1)) {
      if (part.isEmpty() || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
        return List.of();
      }
      int zeros = 0;
      while (zeros < part.length() - 1 && part.charAt(zeros) == '0') {
        zeros++;
      }
      String digits = part.substring(zeros);
      if (digits.length() > MAX_PART_DIGITS) {
        return List.of();
      }
      parts.add(digits.length() <= PART_WIDTH
          ? "0".repeat(PART_WIDTH - digits.length()) + digits
          : String.format(Locale.ROOT, ":%02d", digits.length()) + digits);
    }
    while (parts.size() > 1 && parts.get(parts.size() - 1).equals("0".repeat(PART_WIDTH))) {
      parts.remove(parts.size() - 1);
    }
    return parts;
  }
}
