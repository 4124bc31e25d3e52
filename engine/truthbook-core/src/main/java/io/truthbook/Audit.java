package io.truthbook;

import io.truthbook.gates.GateReport;
import io.truthbook.model.CheckResult;
import io.truthbook.model.EntityEvidence;
import io.truthbook.model.Truth;
import io.truthbook.reconcile.claims.ReconciliationMatrix;
import java.util.List;

/**
 * A check with what it computed on the way: the reconciliation matrix, the gates' states, each
 * entity's evidence in the product (empty when the product was not read), and the truth it judged (as
 * the manifests stated it; invalid manifests left out), so that what is published after the check
 * needs no second read of the manifests.
 */
public record Audit(CheckResult result, ReconciliationMatrix matrix, GateReport gates, List<EntityEvidence> evidence,
    Truth truth) {
  public Audit {
    evidence = List.copyOf(evidence);
    java.util.Objects.requireNonNull(truth, "truth");
  }

  /** The same check with its findings judged again (a configuration's severities and baseline applied). */
  public Audit judged(CheckResult judged) {
    return new Audit(judged, matrix, gates, evidence, truth);
  }
}
