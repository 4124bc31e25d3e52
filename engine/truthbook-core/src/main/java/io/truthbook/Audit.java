package io.truthbook;

import io.truthbook.gates.GateReport;
import io.truthbook.model.CheckResult;
import io.truthbook.reconcile.claims.ReconciliationMatrix;

/** A check with the reconciliation matrix and the gates' states it computed on the way. */
public record Audit(CheckResult result, ReconciliationMatrix matrix, GateReport gates) {}
