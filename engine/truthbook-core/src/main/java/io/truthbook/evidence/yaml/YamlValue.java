package io.truthbook.evidence.yaml;

import io.truthbook.model.Location;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A YAML value that remembers where it was written, with merge keys already applied. Scalars keep
 * their text as written, so {@code 22:22} stays a port mapping instead of YAML 1.1's sexagesimal 1342.
 */
public sealed interface YamlValue permits YamlValue.Mapping, YamlValue.Sequence, YamlValue.Scalar {

  Location at();

  /** The value under {@code key} if this is a mapping that has it. */
  default Optional<YamlValue> get(String key) {
    return Optional.empty();
  }

  /** The value at a path of mapping keys. */
  default Optional<YamlValue> path(String... keys) {
    Optional<YamlValue> current = Optional.of(this);
    for (String key : keys) {
      current = current.flatMap(value -> value.get(key));
    }
    return current;
  }

  /** The items of a sequence; nothing for any other value. */
  default List<YamlValue> items() {
    return List.of();
  }

  /** The entries of a mapping in document order; nothing for any other value. */
  default Map<String, Entry> entries() {
    return Map.of();
  }

  /** The text of a non-null scalar. */
  default Optional<String> text() {
    return Optional.empty();
  }

  /** The text of the non-null scalar under {@code key}, if this is a mapping that has one. */
  default Optional<String> text(String key) {
    return get(key).flatMap(YamlValue::text);
  }

  /** A mapping; explicit keys first, then keys merged in with {@code <<}. */
  record Mapping(Location at, Map<String, Entry> entries) implements YamlValue {
    public Mapping {
      entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    @Override
    public Optional<YamlValue> get(String key) {
      return Optional.ofNullable(entries.get(key)).map(Entry::value);
    }
  }

  /** One key of a mapping, where the key was written, and its value. */
  record Entry(String key, Location keyAt, YamlValue value) {}

  /** A sequence. */
  record Sequence(Location at, List<YamlValue> items) implements YamlValue {
    public Sequence {
      items = List.copyOf(items);
    }
  }

  /** A scalar as written; {@code isNull} for {@code ~}, {@code null} and an empty value. */
  record Scalar(Location at, String value, boolean isNull) implements YamlValue {
    @Override
    public Optional<String> text() {
      return isNull ? Optional.empty() : Optional.of(value);
    }
  }
}
