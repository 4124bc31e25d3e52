package io.truthbook.render.book;

import io.truthbook.model.EntityKind;
import io.truthbook.model.Ref;
import io.truthbook.model.Risk;
import io.truthbook.model.Workstream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How the work converges: workstreams with their dependency matrix, and risks with rules (gates: {@link GateCatalogue}). */
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
        out.bullets(w.tasks().stream().map(t -> mark(t.done()) + c.text(t.title())).toList());
        out.paragraph("Definition of done:");
        out.bullets(w.definitionOfDone().stream().map(c::text).toList());
      }
      matrix(c, out);
    }

    /**
     * A task's done or open mark, written as text ({@code [x]}, {@code [ ]}) rather than as AsciiDoc's
     * checklist syntax: the site's renderer (the Asciidoctor Doxia parser) drops a checklist item's
     * checkbox, so the marks would show in the book and the PDF but not on the site.
     */
    static String mark(boolean done) {
      return done ? "&#91;x&#93; " : "&#91; &#93; ";
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
