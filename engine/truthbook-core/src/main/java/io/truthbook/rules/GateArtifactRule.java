package io.truthbook.rules;

import io.truthbook.model.Finding;
import io.truthbook.model.Gate;
import io.truthbook.model.RuleInfo;
import io.truthbook.model.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * A gate criterion never needs a build output: the book shows a gate's state at a commit, and a file
 * under the build folder exists or not depending on what someone built there.
 */
final class GateArtifactRule implements Rule {
  static final RuleInfo BUILD_OUTPUT = new RuleInfo("gate.artifact-build-output", Severity.ERROR,
      "a gate criterion needs a build output as its artifact",
      "Whether a gate passes must depend on the commit alone. A file under the build folder ("
          + Gate.Artifact.BUILD_FOLDER + "/) is made by a build and never committed, so the same commit would"
          + " pass or block depending on what someone built; such a criterion never holds.",
      "state the criterion over the truth instead (reconciled: true for the reconciliation matrix, clean: [kinds]"
          + " for manifests without errors), or commit the artifact outside " + Gate.Artifact.BUILD_FOLDER + "/");

  @Override
  public List<RuleInfo> reports() {
    return List.of(BUILD_OUTPUT);
  }

  @Override
  public List<Finding> check(TruthIndex index) {
    List<Finding> findings = new ArrayList<>();
    for (Gate gate : index.truth().gates()) {
      for (Gate.Criterion criterion : gate.criteria()) {
        criterion.artifact().filter(Gate.Artifact::isBuildOutput).ifPresent(a -> findings.add(
            Finding.error(BUILD_OUTPUT.id(), a.at(), "criterion '" + criterion.id() + "' of " + gate.id()
                + " needs '" + a.path() + "', a build output: the same commit would pass or block depending on"
                + " what someone built", BUILD_OUTPUT.fix())));
      }
    }
    return findings;
  }
}
