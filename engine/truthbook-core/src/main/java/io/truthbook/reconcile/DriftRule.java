package io.truthbook.reconcile;

import io.truthbook.model.Finding;
import io.truthbook.model.ManifestKind;
import io.truthbook.model.RuleInfo;
import io.truthbook.model.Truth;
import java.util.List;
import java.util.Set;

/** Compares one part of the truth with the evidence found in the product repositories. */
interface DriftRule {

  List<RuleInfo> reports();

  /**
   * The manifest kinds whose truth this rule compares with the evidence. When one of them did not load
   * (a syntax or schema error, already reported), the rule is not run: against a partial truth every
   * piece of evidence would look undocumented.
   */
  Set<ManifestKind> compares();

  List<Finding> check(Truth truth, EvidenceSet evidence);
}
