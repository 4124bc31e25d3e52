package io.truthbook.render.book;

import io.truthbook.model.EntityKind;
import java.util.Objects;

/** One entity of the truth by kind and id, as the {@code truth:KIND[id]} macro names it. */
public record EntityRef(EntityKind kind, String id) {
  public EntityRef {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
  }
}
