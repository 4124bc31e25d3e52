package io.truthbook.render.book;

import io.truthbook.model.Claim;
import io.truthbook.model.ClaimDocument;
import io.truthbook.model.EntityKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The older documents and what each claimed, with a link to the entity a claim speaks of. */
final class ClaimCatalogue implements ReferenceSection {
  @Override
  public void write(ReferenceContext c, AsciiDocWriter out) {
    out.section(1, "", "Claims of older documents");
    out.paragraph("Statements older documents made about the platform, each with the entity it speaks of. "
        + "The reconciliation matrix says which still hold.");
    for (ClaimDocument document : c.truth().documents()) {
      out.section(2, c.place(EntityKind.DOCUMENT, document.id()), "Document: " + c.text(document.title()));
      out.fields()
          .field("Id", c.mono(document.id()))
          .field("Date", c.text(document.date()))
          .field("Path", c.mono(document.path().orElse("")))
          .field("Referenced from", c.referencedFrom(EntityKind.DOCUMENT, document.id()));
      List<List<String>> rows = new ArrayList<>();
      for (Claim claim : c.truth().claims()) {
        if (claim.document().id().equals(document.id())) {
          rows.add(row(c, claim));
        }
      }
      if (!rows.isEmpty()) {
        out.table("Claims of " + c.text(document.title()), "2,5,2,2,2",
            List.of("Claim", "Statement", "Subject", "Expects", "Referenced from"), rows);
      }
    }
    List<List<String>> orphans = new ArrayList<>();
    for (Claim claim : c.truth().claims()) {
      if (c.truth().documents().stream().noneMatch(d -> d.id().equals(claim.document().id()))) {
        orphans.add(row(c, claim));
      }
    }
    if (!orphans.isEmpty()) {
      out.table("Claims of unknown documents", "2,5,2,2,2",
          List.of("Claim", "Statement", "Subject", "Expects", "Referenced from"), orphans);
    }
  }

  private static List<String> row(ReferenceContext c, Claim claim) {
    List<String> marks = new ArrayList<>();
    if (claim.mustHold()) {
      marks.add("must hold");
    }
    if (claim.legacyFeeder()) {
      marks.add("legacy feeder");
    }
    return List.of(
        c.inlineAnchor(EntityKind.CLAIM, claim.id()) + c.mono(claim.id())
            + (marks.isEmpty() ? "" : " +\n_" + String.join(", ", marks) + "_"),
        c.text(claim.section()) + ": " + c.text(claim.statement()),
        c.text(claim.subjectKind()) + " " + subject(c, claim),
        claim.expects().map(e -> c.mono(e.field()) + " = " + c.mono(e.value())).orElse(""),
        c.referencedFrom(EntityKind.CLAIM, claim.id()));
  }

  /** A link to the subject when its kind is one the book anchors and the truth still has it. */
  private static String subject(ReferenceContext c, Claim claim) {
    String word = claim.subjectKind().equals("endpoint") ? "route" : claim.subjectKind();
    Optional<EntityKind> kind = EntityKind.byWord(word);
    return kind.map(k -> c.link(k, claim.subjectId())).orElseGet(() -> c.text(claim.subjectId()));
  }
}
