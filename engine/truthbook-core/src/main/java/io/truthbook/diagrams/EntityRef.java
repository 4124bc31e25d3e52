package io.truthbook.diagrams;

import io.truthbook.model.EntityKind;
import io.truthbook.model.Location;
import java.util.Objects;

/** A truth entity a hand-written diagram names with {@code truth:KIND[id]}, and where. */
public record EntityRef(EntityKind kind, String id, Location at) {
  public EntityRef {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(at, "at");
  }
}
