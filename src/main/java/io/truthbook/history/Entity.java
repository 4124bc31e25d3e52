package io.truthbook.history;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One entity of the truth without its location: a key people read ({@code route family crm},
 * {@code endpoint GET /api/crm/contacts}) and its fields, each a list of strings (one item for a
 * scalar). Absent optional fields are left out.
 */
public record Entity(String key, SortedMap<String, List<String>> fields) {
  public Entity {
    Objects.requireNonNull(key, "key");
    TreeMap<String, List<String>> copy = new TreeMap<>();
    fields.forEach((name, value) -> copy.put(name, List.copyOf(value)));
    fields = Collections.unmodifiableSortedMap(copy);
  }

  /** The value of a field as people read it: the item itself, a bracketed list, or {@code (none)}. */
  public static String show(List<String> value) {
    if (value == null) {
      return "(none)";
    }
    return value.size() == 1 ? value.get(0) : "[" + String.join(", ", value) + "]";
  }

  /** Builds an entity field by field, skipping empty optionals. */
  static final class Builder {
    private final String key;
    private final Map<String, List<String>> fields = new TreeMap<>();

    Builder(String key) {
      this.key = key;
    }

    Builder put(String name, String value) {
      fields.put(name, List.of(value));
      return this;
    }

    Builder put(String name, boolean value) {
      return put(name, Boolean.toString(value));
    }

    Builder put(String name, long value) {
      return put(name, Long.toString(value));
    }

    Builder put(String name, java.util.Optional<String> value) {
      value.ifPresent(v -> put(name, v));
      return this;
    }

    Builder list(String name, List<String> value) {
      fields.put(name, value);
      return this;
    }

    Entity build() {
      return new Entity(key, new TreeMap<>(fields));
    }
  }
}
