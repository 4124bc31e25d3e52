package io.truthbook.render.book;

import io.truthbook.model.EntityEvidence;
import io.truthbook.model.GateState;
import java.util.List;

/**
 * What the check found that the reference shows: each gate's state (criteria, reviewers, sign-offs)
 * and each entity's evidence in the product. {@link #NONE} for a book built without a check.
 */
public record Verification(List<GateState> gates, List<EntityEvidence> evidence) {
  public static final Verification NONE = new Verification(List.of(), List.of());

  public Verification {
    gates = List.copyOf(gates);
    evidence = List.copyOf(evidence);
  }
}
