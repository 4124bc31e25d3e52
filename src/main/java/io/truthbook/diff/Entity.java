package io.truthbook.diff;

import io.truthbook.model.ManifestKind;
import java.util.Map;

/** One entity of the truth as the diff sees it: its kind, id, the manifest kind, and its fields as text. */
public record Entity(String kind, String id, ManifestKind manifest, Map<String, String> fields) {
  public Entity {
    fields = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(fields));
  }

  /** The owner this entity names, if it has an owner field. */
  public java.util.Optional<String> owner() {
    return java.util.Optional.ofNullable(fields.get("owner")).filter(o -> !o.isEmpty());
  }
}
