package io.truthbook.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One entity of the truth without its location: its kind ({@code route family}), its id
 * ({@code sales}), the name people know it by ({@code /api/sales}, the id unless told otherwise), and its
 * fields, each a list of strings (one item for a scalar). Absent optional fields are left out.
 */
public record Entity(String kind, String id, String label, SortedMap<String, List<String>> fields) {
  public Entity {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
    TreeMap<String, List<String>> copy = new TreeMap<>();
    fields.forEach((name, value) -> copy.put(name, List.copyOf(value)));
    fields = Collections.unmodifiableSortedMap(copy);
  }

  /**
   * The key people read and sign-off digests are taken over: {@code route family sales},
   * {@code endpoint GET /api/sales/customers}, {@code book}.
   */
  public String key() {
    return id.isEmpty() ? kind : kind + " " + id;
  }

  /** The owner this entity names in an {@code owner} field, if it has one. */
  public java.util.Optional<String> owner() {
    return java.util.Optional.ofNullable(fields.get("owner")).filter(o -> o.size() == 1).map(o -> o.get(0));
  }

  /** This entity under another id (a second entity with the same id is numbered, not hidden). */
  public Entity withId(String other) {
    return new Entity(kind, other, label.equals(id) ? other : label, fields);
  }

  /** The value of a field as people read it: the item itself, a bracketed list, or {@code (none)}. */
  public static String show(List<String> value) {
    if (value == null) {
      return "(none)";
    }
    return value.size() == 1 ? value.get(0) : "[" + String.join(", ", value) + "]";
  }

  /** Builds an entity field by field, skipping empty optionals. */
  public static final class Builder {
    private final String kind;
    private final String id;
    private String label;
    private final Map<String, List<String>> fields = new TreeMap<>();

    public Builder(String kind, String id) {
      this.kind = kind;
      this.id = id;
      this.label = id;
    }

    /** The name people know the entity by, when it is not its id (a route family's prefix). */
    public Builder label(String shown) {
      this.label = shown;
      return this;
    }

    public Builder put(String name, String value) {
      fields.put(name, List.of(value));
      return this;
    }

    public Builder put(String name, boolean value) {
      return put(name, Boolean.toString(value));
    }

    public Builder put(String name, long value) {
      return put(name, Long.toString(value));
    }

    public Builder put(String name, java.util.Optional<String> value) {
      value.ifPresent(v -> put(name, v));
      return this;
    }

    public Builder list(String name, List<String> value) {
      fields.put(name, value);
      return this;
    }

    /** A list the manifest may leave out: absent is not the same as empty ({@code []}). */
    public Builder list(String name, java.util.Optional<List<String>> value) {
      value.ifPresent(v -> list(name, v));
      return this;
    }

    public Entity build() {
      return new Entity(kind, id, label, new TreeMap<>(fields));
    }
  }
}
