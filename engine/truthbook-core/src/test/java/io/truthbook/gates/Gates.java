package io.truthbook.gates;

import io.truthbook.model.GateState;
import io.truthbook.kinds.ManifestReader;
import io.truthbook.history.TruthHistory;
import io.truthbook.load.LoadLimits;
import io.truthbook.model.Finding;
import io.truthbook.model.Truth;
import io.truthbook.reconcile.claims.ClaimReconciler;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Runs the gate stage on a root as the facade does: truth, claims matrix, then gates. */
final class Gates {
  private Gates() {}

  static GateReport evaluate(Path root) {
    return evaluate(root, List.of(), Map.of());
  }

  static GateReport evaluate(Path root, List<Finding> findings, Map<String, List<String>> sources) {
    TruthHistory history = TruthHistory.open(root, LoadLimits.DEFAULTS, TruthHistory.DEFAULT_DEPTH);
    Truth truth = ManifestReader.readFolder(root, LoadLimits.DEFAULTS).truth();
    return new GateEvaluator(root, history).evaluate(truth, new ClaimReconciler(history).reconcile(truth),
        findings, sources);
  }

  static GateState gate(GateReport report, String id) {
    return report.gates().stream().filter(g -> g.id().equals(id)).findFirst().orElseThrow();
  }

  static GateState.CriterionResult criterion(GateState gate, String id) {
    return gate.criteria().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
  }

  static GateState.ReviewerResult reviewer(GateState gate, String id) {
    return gate.reviewers().stream().filter(r -> r.reviewer().equals(id)).findFirst().orElseThrow();
  }
}
