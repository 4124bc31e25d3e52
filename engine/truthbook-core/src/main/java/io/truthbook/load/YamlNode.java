package io.truthbook.load;

import io.truthbook.model.Location;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A YAML node that remembers where it was written. */
public sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {

  Location at();

  /** A mapping; entries keep document order and each key's own location. */
  record Mapping(Location at, Map<String, Entry> entries) implements YamlNode {
    public Mapping {
      entries = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

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
   * A scalar, typed as YAML 1.1 plain scalars resolve: String, Long, Double, Boolean, or {@link
   * #NULL}.
   */
  record Scalar(Location at, Object value) implements YamlNode {
    /** The YAML null. */
    public static final Object NULL = new Object() {
      @Override
      public String toString() {
        return "null";
      }
    };

    public String text() {
      return String.valueOf(value);
    }
  }
}
