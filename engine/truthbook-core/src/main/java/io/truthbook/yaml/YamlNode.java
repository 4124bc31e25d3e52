package io.truthbook.yaml;

import io.truthbook.model.Location;
import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A YAML node that remembers where it was written: the one tree both YAML readers build, the manifest
 * loader ({@code io.truthbook.load.YamlLoader}) and the product-file reader ({@code
 * io.truthbook.evidence.yaml.YamlDocuments}). Aliases and merge keys are already resolved by the reader; a
 * scalar keeps both its text as written and its typed value, so each consumer picks what it needs.
 */
public sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {

  Location at();

  /** The value under {@code key} if this is a mapping that has it. */
  default Optional<YamlNode> get(String key) {
    return Optional.empty();
  }

  /** The value at a path of mapping keys. */
  default Optional<YamlNode> path(String... keys) {
    Optional<YamlNode> current = Optional.of(this);
    for (String key : keys) {
      current = current.flatMap(value -> value.get(key));
    }
    return current;
  }

  /** The items of a sequence; nothing for any other node. */
  default List<YamlNode> items() {
    return List.of();
  }

  /** The entries of a mapping in document order; nothing for any other node. */
  default Map<String, Entry> entries() {
    return Map.of();
  }

  /** The text as written of a non-null scalar; nothing for any other node. */
  default Optional<String> text() {
    return Optional.empty();
  }

  /** The text as written of the non-null scalar under {@code key}, if this is a mapping that has one. */
  default Optional<String> text(String key) {
    return get(key).flatMap(YamlNode::text);
  }

  /** A mapping; entries keep document order and each key's own location. */
  record Mapping(Location at, Map<String, Entry> entries) implements YamlNode {
    public Mapping {
      entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    @Override
    public Optional<YamlNode> get(String key) {
      return Optional.ofNullable(entries.get(key)).map(Entry::value);
    }
  }

  /** One key of a mapping, where the key was written, and its value. */
  record Entry(String key, Location keyAt, YamlNode value) {}

  /** A sequence. */
  record Sequence(Location at, List<YamlNode> items) implements YamlNode {
    public Sequence {
      items = List.copyOf(items);
    }
  }

  /**
   * A scalar: {@code written} is its text as written (quotes and escapes undone), so {@code 22:22} stays
   * a port mapping; {@code value} is its typed value as the reader that built the tree resolves it:
   * String, Integer, Long, BigInteger, Double, Boolean, or {@link #NULL}. The manifest loader resolves
   * plain scalars by the YAML 1.2 core schema, as editors do ({@code no} and {@code 1_000} are strings,
   * {@code 0o17} is 15), and quoted and block scalars are strings; the product-file reader, for Compose
   * and Kubernetes files, keeps SnakeYAML's YAML 1.1 resolution ({@code no} is false).
   */
  record Scalar(Location at, String written, Object value) implements YamlNode {
    /** The YAML null. */
    public static final Object NULL = new Object() {
      @Override
      public String toString() {
        return "null";
      }
    };

    /** A whole number as the tree holds it: the smallest of Integer, Long and BigInteger that fits. */
    public static Number integer(BigInteger value) {
      if (value.bitLength() < Integer.SIZE) {
        return value.intValue();
      }
      return value.bitLength() < Long.SIZE ? (Number) value.longValue() : value;
    }

    /** A null scalar ({@code ~}, {@code null} or nothing) with the text it was written as. */
    public static Scalar ofNull(Location at, String written) {
      return new Scalar(at, written, NULL);
    }

    public boolean isNull() {
      return value == NULL;
    }

    /** The text as written, unless the scalar is null. */
    @Override
    public Optional<String> text() {
      return isNull() ? Optional.empty() : Optional.of(written);
    }

    /** The typed value as text: {@code "null"} for null, {@code "1"} for {@code 01}. */
    public String valueText() {
      return String.valueOf(value);
    }
  }
}
