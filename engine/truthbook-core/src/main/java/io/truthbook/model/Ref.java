package io.truthbook.model;

import java.util.Objects;

/** A reference by id from one entity to another, with the place it was written. */
public record Ref(String id, Location at) {
  public Ref {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(at, "at");
  }
}
