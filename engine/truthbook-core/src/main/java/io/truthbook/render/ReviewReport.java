package io.truthbook.render;

import io.truthbook.diff.Review;
import io.truthbook.diff.TruthDiff;
import io.truthbook.model.Finding;

/** The reviewer's view: one Markdown page for a pull request. Every manifest value is made inert. */
public final class ReviewReport {
  private ReviewReport() {}

  public static String markdown(Review review) {
    StringBuilder out = new StringBuilder();
    out.append("## Truth review: `").append(MarkdownReport.code(review.base())).append("` → `")
        .append(MarkdownReport.code(review.head())).append("`\n\n");
    TruthDiff diff = review.diff();
    if (diff.isEmpty()) {
      out.append("The change does not touch the truth.\n");
    } else {
      out.append(diff.changes().size()).append(" entit").append(diff.changes().size() == 1 ? "y" : "ies")
          .append(" changed.\n\n### What changed\n\n");
      for (TruthDiff.Change change : diff.changes()) {
        out.append("- **").append(change.kind().name().toLowerCase(java.util.Locale.ROOT)).append("** ")
            .append(MarkdownReport.text(change.entityKind())).append(" `").append(MarkdownReport.code(change.id()))
            .append("`");
        if (change.fields().size() == 1 && change.fields().get(0).field().equals("owner")) {
          TruthDiff.FieldChange owner = change.fields().get(0);
          out.append(" moved from ").append(MarkdownReport.text(owner.from())).append(" to ")
              .append(MarkdownReport.text(owner.to())).append('\n');
          continue;
        }
        out.append('\n');
        for (TruthDiff.FieldChange field : change.fields()) {
          out.append("  - ").append(MarkdownReport.text(field.field())).append(": ")
              .append(MarkdownReport.text(field.from().isEmpty() ? "(none)" : field.from())).append(" → ")
              .append(MarkdownReport.text(field.to().isEmpty() ? "(none)" : field.to())).append('\n');
        }
      }
    }
    out.append("\n### Gates this change touches\n\n");
    if (review.gates().isEmpty()) {
      out.append("None.\n");
    }
    for (Review.TouchedGate gate : review.gates()) {
      out.append("- `").append(MarkdownReport.code(gate.id())).append("` ").append(MarkdownReport.text(gate.title()))
          .append(" (governs ").append(MarkdownReport.text(String.join(", ", gate.kinds()))).append(")");
      if (!gate.invalidatedSignoffs().isEmpty()) {
        out.append(": invalidates the sign-off of ")
            .append(MarkdownReport.text(String.join(", ", gate.invalidatedSignoffs())));
      }
      if (!gate.required().isEmpty()) {
        out.append("; to be signed by ")
            .append(String.join(", ", gate.required().stream().map(ReviewReport::owner).toList()));
      }
      out.append('\n');
    }
    out.append("\n### Sign-offs this change records\n\n");
    if (review.recordedSignoffs().isEmpty()) {
      out.append("None.\n");
    }
    for (Review.RecordedSignoff signoff : review.recordedSignoffs()) {
      out.append("- `").append(MarkdownReport.code(signoff.gate())).append("` signed by ")
          .append(MarkdownReport.text(signoff.reviewer())).append(" (").append(MarkdownReport.text(signoff.date()))
          .append(")\n");
    }
    out.append("\n### Who must review\n\n");
    out.append(review.reviewers().isEmpty() ? "Nobody in particular.\n"
        : String.join(", ", review.reviewers().stream().map(ReviewReport::owner).toList()) + "\n");
    out.append("\n### New findings\n\n");
    if (review.newFindings().isEmpty()) {
      out.append("None.\n");
    }
    for (Finding f : review.newFindings()) {
      out.append("- ").append(f.severity().label()).append(" `").append(MarkdownReport.code(f.location().toString()))
          .append("` `").append(MarkdownReport.code(f.ruleId())).append("` ").append(MarkdownReport.text(f.message()))
          .append('\n');
    }
    return out.toString();
  }

  /**
   * An owner id as code ({@code `ana`}), never as {@code @ana}: an owner id is not a GitHub login, and a
   * comment posting it would mention whoever holds that login. The Action maps ids to logins itself.
   */
  private static String owner(String id) {
    return "`" + MarkdownReport.code(id) + "`";
  }
}
