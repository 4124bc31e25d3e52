package io.truthbook.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The portable column types a truth declares, each with the PostgreSQL type it is written as in a
 * blueprint and the SQL spellings that implement it. A migration's type matches a declared type when
 * it is one of those spellings, whatever its length or precision ({@code varchar(80)} is text).
 */
public enum ColumnType {
  UUID("uuid", "uuid"),
  TEXT("text", "text", "varchar", "character varying", "char", "character", "bpchar", "citext", "string",
      "unicode", "unicodetext", "enum"),
  INTEGER("integer", "integer", "int", "int4", "int2", "smallint", "serial", "serial4", "smallserial", "serial2",
      "mediumint", "tinyint", "smallinteger"),
  BIGINT("bigint", "bigint", "int8", "bigserial", "serial8", "biginteger"),
  DECIMAL("numeric", "numeric", "decimal", "money"),
  FLOAT("double precision", "double precision", "real", "float", "float4", "float8", "double"),
  BOOLEAN("boolean", "boolean", "bool"),
  DATE("date", "date"),
  TIME("time", "time", "time without time zone", "timetz", "time with time zone"),
  TIMESTAMP("timestamp", "timestamp", "timestamp without time zone", "datetime"),
  TIMESTAMPTZ("timestamptz", "timestamptz", "timestamp with time zone"),
  INTERVAL("interval", "interval"),
  JSON("jsonb", "json", "jsonb"),
  BYTES("bytea", "bytea", "blob", "binary", "varbinary", "largebinary");

  private final String postgres;
  private final List<String> spellings;

  ColumnType(String postgres, String... spellings) {
    this.postgres = postgres;
    this.spellings = List.of(spellings);
  }

  /** The name written in a manifest's {@code type:} field. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The PostgreSQL type a blueprint writes for it. */
  public String postgres() {
    return postgres;
  }

  /** Every id a manifest may write, in declaration order (the schema's enum). */
  public static List<String> ids() {
    return Arrays.stream(values()).map(ColumnType::id).toList();
  }

  public static Optional<ColumnType> byId(String id) {
    return Arrays.stream(values()).filter(t -> t.id().equals(id)).findFirst();
  }

  /**
   * The portable type of a SQL (or SQLAlchemy) type as written, ignoring case, length, precision,
   * array brackets aside: {@code VARCHAR(80)} is text, {@code timestamp(3) with time zone} is
   * timestamptz, SQLAlchemy's {@code DateTime(timezone=True)} too; empty for a type outside the
   * vocabulary ({@code inet}, {@code geometry}, arrays).
   */
  public static Optional<ColumnType> ofSql(String written) {
    return ofSqlNormalised(written);
  }

  /**
   * The element type of a one-dimensional SQL array type as written ({@code uuid[]},
   * {@code real ARRAY}, PostgreSQL's internal {@code _uuid}); empty when it is no array or its element
   * is outside the vocabulary.
   */
  public static Optional<ColumnType> ofSqlArray(String written) {
    String type = written.toLowerCase(Locale.ROOT).trim();
    if (type.endsWith("[]")) {
      return ofSqlNormalised(type.substring(0, type.length() - 2));
    }
    if (type.endsWith(" array")) {
      return ofSqlNormalised(type.substring(0, type.length() - " array".length()));
    }
    return type.startsWith("_") ? ofSqlNormalised(type.substring(1)) : Optional.empty();
  }

  private static Optional<ColumnType> ofSqlNormalised(String written) {
    String lower = written.toLowerCase(Locale.ROOT);
    if (lower.matches("(datetime|timestamp)\\s*\\(.*timezone\\s*=\\s*true.*\\)")) {
      return Optional.of(TIMESTAMPTZ);
    }
    String type = lower.replaceAll("\\([^)]*\\)", " ").replaceAll("\\s+", " ").trim();
    if (type.endsWith("[]") || type.startsWith("_")) {
      return Optional.empty();
    }
    for (ColumnType candidate : values()) {
      if (candidate.spellings.contains(type)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
