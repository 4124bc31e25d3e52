package io.truthbook.render.book;

import io.truthbook.model.EntityKind;
import io.truthbook.model.Gate;
import io.truthbook.model.Readiness;
import io.truthbook.model.Ref;
import io.truthbook.model.Risk;
import io.truthbook.model.Workstream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How the work converges: workstreams with their dependency matrix, gates with criteria, risks with rules. */
final class PlanCatalogue {
  private PlanCatalogue() {}

  /** Workstreams, each with tasks and definition of done, then the dependency matrix. */
  static final class Workstreams implements ReferenceSection {
    @Override
    public void write(ReferenceContext c, AsciiDocWriter out) {
      out.section(1, "", "Workstreams");
      out.paragraph("The backlog's workstreams: objective, owner, tasks, definition of done and dependencies.");
      for (Workstream w : c.truth().workstreams()) {
        out.section(2, c.place(EntityKind.WORKSTREAM, w.id()),
            "Workstream " + c.text(w.id().toUpperCase(Locale.ROOT)) + ": " + c.text(w.title()));
        out.fields()
            .field("Owner", c.link(EntityKind.OWNER, w.owner()))
            .field("Objective", c.text(w.objective()))
            .field("Depends on", String.join(", ", w.dependsOn().stream().map(d -> label(c, d)).toList()))
            .field("Needed by", String.join(", ", c.truth().gates().stream()
                .flatMap(g -> g.criteria().stream()
                    .filter(k -> k.workstream().map(r -> r.id().equals(w.id())).orElse(false))
                    .map(k -> c.link(EntityKind.GATE, g.id()) + " " + c.mono(k.id())))
                .toList()))
            .field("Referenced from", c.referencedFrom(EntityKind.WORKSTREAM, w.id()));
        out.paragraph("Tasks:");
        out.bullets(w.tasks().stream().map(t -> (t.done() ? "[x] " : "[ ] ") + c.text(t.title())).toList());
        out.paragraph("Definition of done:");
        out.bullets(w.definitionOfDone().stream().map(c::text).toList());
      }
      matrix(c, out);
    }

    private static String label(ReferenceContext c, Ref workstream) {
      return c.link(EntityKind.WORKSTREAM, workstream.id(), workstream.id().toUpperCase(Locale.ROOT));
    }

    private static void matrix(ReferenceContext c, AsciiDocWriter out) {
      List<Workstream> all = c.truth().workstreams();
      if (all.isEmpty()) {
        return;
      }
      out.section(2, "", "Workstream dependency matrix");
      out.paragraph("A row depends on each column marked x.");
      List<String> header = new ArrayList<>();
      header.add("");
      all.forEach(w -> header.add(label(c, new Ref(w.id(), w.at()))));
      List<List<String>> rows = new ArrayList<>();
      for (Workstream row : all) {
        List<String> cells = new ArrayList<>();
        cells.add(label(c, new Ref(row.id(), row.at())));
        for (Workstream column : all) {
          cells.add(row.dependsOn().stream().anyMatch(d -> d.id().equals(column.id())) ? "x" : "");
        }
        rows.add(cells);
      }
      out.table("", String.join(",", java.util.Collections.nCopies(all.size() + 1, "1")), header, rows);
    }
  }

  /** Gates with their criteria, reviewers' sign-offs and the readiness statements they make true. */
  static final class Gates implements ReferenceSection {
    @Override
    public void write(ReferenceContext c, AsciiDocWriter out) {
      out.section(1, "", "Gates");
      out.paragraph("A gate passes when every criterion holds and its reviewers have signed off; a sign-off is "
          + "bound to a digest of the manifests the gate governs.");
      for (Gate g : c.truth().gates()) {
        out.section(2, c.place(EntityKind.GATE, g.id()), "Gate " + c.mono(g.id()) + ": " + c.text(g.title()));
        out.fields()
            .field("Governs", String.join(", ", g.governs().stream().map(c::mono).toList()))
            .field("Sign-offs", String.join(", ", g.signoffs().stream()
                .map(s -> c.link(EntityKind.OWNER, s.reviewer()) + " on " + c.text(s.date()) + " " + c.mono(s.digest()))
                .toList()))
            .field("Makes true", String.join(", ", c.truth().readiness().stream()
                .filter(r -> r.gate().map(x -> x.id().equals(g.id())).orElse(false))
                .map(Readiness::statement).map(c::text).toList()))
            .field("Referenced from", c.referencedFrom(EntityKind.GATE, g.id()));
        List<List<String>> rows = new ArrayList<>();
        for (Gate.Criterion k : g.criteria()) {
          rows.add(List.of(c.mono(k.id()), c.text(k.description()),
              k.workstream().map(w -> c.link(EntityKind.WORKSTREAM, w.id(), w.id().toUpperCase(Locale.ROOT))).orElse(""),
              c.mono(k.artifact().map(io.truthbook.model.Gate.Artifact::path).orElse(""))));
        }
        if (!rows.isEmpty()) {
          out.table("Criteria of " + c.text(g.id()), "1,3,1,2",
              List.of("Criterion", "Description", "Workstream", "Artifact"), rows);
        }
      }
    }
  }

  /** Risks, each with the check rules that detect it. */
  static final class Risks implements ReferenceSection {
    @Override
    public void write(ReferenceContext c, AsciiDocWriter out) {
      out.section(1, "", "Risks");
      out.paragraph("Each risk is tied to the check rules that detect it: a risk becoming real is a red build.");
      for (Risk r : c.truth().risks()) {
        out.section(2, c.place(EntityKind.RISK, r.id()), "Risk: " + c.text(r.title()));
        out.fields()
            .field("Id", c.mono(r.id()))
            .field("Severity", c.text(r.severity()))
            .field("Owner", c.link(EntityKind.OWNER, r.owner()))
            .field("Description", c.text(r.description()))
            .field("Mitigation", c.text(r.mitigation()))
            .field("Referenced from", c.referencedFrom(EntityKind.RISK, r.id()));
        out.paragraph("Detected by:");
        out.bullets(r.detectedBy().stream().map(d -> c.rule(d.id())).toList());
      }
    }
  }
}
