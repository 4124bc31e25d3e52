package io.truthbook.reconcile;

import io.truthbook.model.Finding;
import io.truthbook.model.RuleInfo;
import io.truthbook.model.Truth;
import java.util.List;

/** Compares one part of the truth with the evidence found in the product repositories. */
interface DriftRule {

  List<RuleInfo> reports();

  List<Finding> check(Truth truth, EvidenceSet evidence);
}
