package io.truthbook.gates;

import io.truthbook.model.GateState;
import io.truthbook.model.Finding;
import io.truthbook.model.TerminalText;
import java.util.List;
import java.util.Locale;

/** Every gate's state, and the findings sign-offs produced, with the text {@code truthbook gates} prints. */
public record GateReport(List<GateState> gates, List<Finding> findings) {
  public GateReport {
    gates = List.copyOf(gates);
    findings = findings.stream().sorted().toList();
  }

  /** Each gate: passed or blocked, every criterion with why it is unmet, every reviewer's standing. */
  public String text() {
    StringBuilder out = new StringBuilder();
    for (GateState gate : gates) {
      out.append(gate.id()).append("  ").append(TerminalText.line(gate.title())).append(": ")
          .append(gate.passed() ? "passed" : "blocked").append('\n');
      out.append("  governs  ").append(String.join(", ", gate.governs())).append('\n');
      out.append("  digest   ").append(gate.digest()).append('\n');
      int width = gate.criteria().stream().mapToInt(c -> c.id().length()).max().orElse(0);
      out.append("  criteria\n");
      for (GateState.CriterionResult criterion : gate.criteria()) {
        out.append("    ").append(criterion.met() ? "[x] " : "[ ] ").append(pad(criterion.id(), width))
            .append("  ").append(TerminalText.line(criterion.description())).append('\n');
        for (String note : criterion.notes()) {
          out.append("    ").append(" ".repeat(width + 6)).append(TerminalText.line(note)).append('\n');
        }
      }
      out.append("  reviewers (required: ").append(String.join(", ", gate.requiredReviewers())).append(")\n");
      int names = gate.reviewers().stream().mapToInt(r -> r.reviewer().length()).max().orElse(0);
      for (GateState.ReviewerResult reviewer : gate.reviewers()) {
        String mark = reviewer.standing() == GateState.Standing.SIGNED ? "[x] "
            : reviewer.standing() == GateState.Standing.NOT_REQUIRED ? "[-] " : "[ ] ";
        out.append("    ").append(mark).append(pad(reviewer.reviewer(), names)).append("  ")
            .append(TerminalText.line(standing(reviewer))).append('\n');
      }
      out.append('\n');
    }
    long passed = gates.stream().filter(GateState::passed).count();
    out.append(gates.size()).append(gates.size() == 1 ? " gate: " : " gates: ").append(passed)
        .append(" passed, ").append(gates.size() - passed).append(" blocked\n");
    return out.toString();
  }

  /** {@code signed 2026-04-20}, {@code missing}, {@code stale (signed 2026-04-20): changed since ...}. */
  private static String standing(GateState.ReviewerResult reviewer) {
    String label = reviewer.standing().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    if (reviewer.standing() == GateState.Standing.SIGNED) {
      return label + reviewer.date().map(d -> " " + d).orElse("");
    }
    return label + reviewer.date().map(d -> " (signed " + d + ")").orElse("")
        + (reviewer.detail().isEmpty() ? "" : ": " + reviewer.detail());
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - text.length()));
  }
}
