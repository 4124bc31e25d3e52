package io.truthbook.rules;

import io.truthbook.model.RuleInfo;
import io.truthbook.model.Finding;
import java.util.List;

/** A semantic check of the linked truth. */
public interface Rule {

  /** The rule ids this rule can report, for {@code truthbook explain}. */
  List<RuleInfo> reports();

  List<Finding> check(TruthIndex index);
}
