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
  SYNTHETIC;

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
