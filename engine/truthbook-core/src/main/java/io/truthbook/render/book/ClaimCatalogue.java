package io.truthbook.render.book;

import io.truthbook.model.Claim;
import io.truthbook.model.ClaimDocument;
import io.truthbook.model.EntityKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The older documents and what each claimed, with a link to the entity a claim speaks of. */
final class ClaimCatalogue implements ReferenceSection {
  @Override
  public void write(ReferenceContext c, AsciiDocWriter out) {
    out.section(1, "", "Claims of older documents");
    out.paragraph("Statements older documents made about the platform, each with the entity it speaks of. "
        + "The reconciliation matrix says which still hold"
        + (c.matrix().isPresent() ? ": each claim links to its row in "
            + AsciiDocText.link(ReconciliationChapter.ANCHOR, ReconciliationChapter.TITLE) + "." : "."));
    // grouped once: a scan of every claim per document made the section quadratic in a large truth
    Map<String, List<Claim>> claimsOf = new HashMap<>();
    c.truth().claims().forEach(claim -> claimsOf.computeIfAbsent(claim.document().id(), k -> new ArrayList<>())
        .add(claim));
    for (ClaimDocument document : c.truth().documents()) {
      out.section(2, c.place(EntityKind.DOCUMENT, document.id()), "Document: " + c.text(document.title()));
      out.fields()
          .field("Id", c.mono(document.id()))
          .field("Date", c.text(document.date()))
          .field("Path", c.mono(document.path().orElse("")))
          .field("Referenced from", c.referencedFrom(EntityKind.DOCUMENT, document.id()));
      List<List<String>> rows = new ArrayList<>();
      for (Claim claim : claimsOf.getOrDefault(document.id(), List.of())) {
        rows.add(row(c, claim));
      }
      if (!rows.isEmpty()) {
        out.table("Claims of " + c.text(document.title()), "2,5,2,2,2",
            List.of("Claim", "Statement", "Subject", "Expects", "Referenced from"), rows);
      }
    }
    Set<String> documents = new HashSet<>();
    c.truth().documents().forEach(d -> documents.add(d.id()));
    List<List<String>> orphans = new ArrayList<>();
    for (Claim claim : c.truth().claims()) {
      if (!documents.contains(claim.document().id())) {
        orphans.add(row(c, claim));
      }
    }
    if (!orphans.isEmpty()) {
      out.table("Claims of unknown documents", "2,5,2,2,2",
          List.of("Claim", "Statement", "Subject", "Expects", "Referenced from"), orphans);
    }
  }

  private static List<String> row(ReferenceContext c, Claim claim) {
    String status = c.matrixRow(claim.id()).flatMap(r -> c.matrixAnchor(claim.id())
        .map(a -> " +\nstatus: " + AsciiDocText.link(a, r.status().label()))).orElse("");
    return List.of(
        c.inlineAnchor(EntityKind.CLAIM, claim.id()) + c.mono(claim.id())
            + marks(claim.mustHold(), claim.legacyFeeder()) + status,
        c.text(claim.section()) + ": " + c.text(claim.statement()),
        subject(c, claim.subjectKind(), claim.subjectId()),
        claim.expects().map(e -> c.mono(e.field()) + " = " + c.mono(e.value())).orElse(""),
        c.referencedFrom(EntityKind.CLAIM, claim.id()));
  }

  /** The claim's marks on a line of their own ({@code must hold, legacy feeder}), or nothing. */
  static String marks(boolean mustHold, boolean legacyFeeder) {
    List<String> marks = new ArrayList<>();
    if (mustHold) {
      marks.add("must hold");
    }
    if (legacyFeeder) {
      marks.add("legacy feeder");
    }
    return marks.isEmpty() ? "" : " +\n_" + String.join(", ", marks) + "_";
  }

  /** The subject's kind, then a link to it when its kind is one the book anchors and the truth still has it. */
  static String subject(ReferenceContext c, String subjectKind, String subjectId) {
    String word = subjectKind.equals("endpoint") ? "route" : subjectKind;
    Optional<EntityKind> kind = EntityKind.byWord(word);
    return c.text(subjectKind) + " " + kind.map(k -> c.link(k, subjectId)).orElseGet(() -> c.text(subjectId));
  }
}
