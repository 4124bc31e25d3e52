package io.truthbook.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of manifest; each has one JSON Schema, {@code schemas/<kind>.schema.json}. */
public enum ManifestKind {
  OWNERS,
  DOMAINS,
  ROUTES,
  INGRESS,
  TOPOLOGY,
  CLAIMS,
  GATES,
  WORKSTREAMS,
  RISKS,
  BOOK,
  SOURCES,
  IMPORTS,
  /** Opt in: a brief needs tables with columns first, so {@code init} writes none. */
  SYNTHETIC(false);

  private final boolean starter;

  ManifestKind() {
    this(true);
  }

  ManifestKind(boolean starter) {
    this.starter = starter;
  }

  /**
   * True when {@code truthbook init} writes a starter manifest of the kind; the schema of every kind is
   * written either way, so an editor checks an opt-in manifest from its first line.
   */
  public boolean starter() {
    return starter;
  }

  /** The name written in a manifest's {@code kind:} field. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String schemaFile() {
    return id() + ".schema.json";
  }

  /** The schema of {@code truthbook.yaml}, packaged beside the kinds' schemas. */
  public static final String CONFIG_SCHEMA = "truthbook-config.schema.json";

  public static Optional<ManifestKind> byId(String id) {
    return Arrays.stream(values()).filter(k -> k.id().equals(id)).findFirst();
  }
}
