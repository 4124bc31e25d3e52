package io.truthbook;

import io.truthbook.gates.GateReport;
import io.truthbook.model.CheckResult;
import io.truthbook.model.EntityEvidence;
import io.truthbook.reconcile.claims.ReconciliationMatrix;
import java.util.List;

/**
 * A check with what it computed on the way: the reconciliation matrix, the gates' states, and each
 * entity's evidence in the product (empty when the product was not read).
 */
public record Audit(CheckResult result, ReconciliationMatrix matrix, GateReport gates, List<EntityEvidence> evidence) {
  public Audit {
    evidence = List.copyOf(evidence);
  }
}
