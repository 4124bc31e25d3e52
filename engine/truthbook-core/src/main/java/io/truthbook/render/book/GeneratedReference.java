package io.truthbook.render.book;

import io.truthbook.model.RuleInfo;
import io.truthbook.model.Truth;
import io.truthbook.reconcile.claims.ReconciliationMatrix;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The reference part of the book, generated from the truth: a chapter per kind, a section with one
 * stable anchor per entity, links to what it relates to, and the chapters that mention it.
 */
public final class GeneratedReference {
  private static final List<ReferenceSection> SECTIONS = List.of(
      new DomainCatalogue(),
      new SchemaBlueprint(),
      new RouteCatalogue(),
      new IngressCatalogue(),
      new TopologyCatalogue(),
      new OwnerCatalogue(),
      new PlanCatalogue.Workstreams(),
      new GateCatalogue(),
      new PlanCatalogue.Risks(),
      new ImportCatalogue(),
      new SynthCatalogue(),
      new ClaimCatalogue(),
      new ReconciliationChapter(),
      new BookCatalogue.Chapters(),
      new BookCatalogue.Glossary());

  private GeneratedReference() {}

  /** The reference without a reconciliation matrix. */
  public static String render(Truth truth, List<ChapterText> chapters, List<RuleInfo> rules) {
    return render(truth, chapters, rules, Optional.empty());
  }

  /**
   * The reference as AsciiDoc, a book part of level-1 chapters.
   *
   * @param chapters the book's chapters with their text, for the "Referenced from" lists
   * @param rules the rules a risk may name, for their titles
   * @param matrix the reconciled claims, for the reconciliation chapter (left out when empty)
   */
  public static String render(Truth truth, List<ChapterText> chapters, List<RuleInfo> rules,
      Optional<ReconciliationMatrix> matrix) {
    return render(truth, chapters, rules, matrix, Verification.NONE);
  }

  /**
   * The reference of the book {@code source}, with {@code matrix} (the source's own when empty), linking
   * to the source's diagrams.
   */
  public static String render(BookSource source, Optional<ReconciliationMatrix> matrix) {
    return render(source, matrix, source.diagrams().stream().map(Diagram::id).collect(Collectors.toSet()));
  }

  /**
   * The same, linking to the diagrams with these ids instead of the source's (the site shows its
   * diagrams on a page of their own).
   */
  public static String render(BookSource source, Optional<ReconciliationMatrix> matrix, Set<String> diagrams) {
    return render(source.truth(), source.chapters(), source.rules(), matrix.or(source::matrix), source.verification(),
        diagrams);
  }

  /** The same, showing what the check verified: gates' states and entities' evidence; no diagram linked. */
  public static String render(Truth truth, List<ChapterText> chapters, List<RuleInfo> rules,
      Optional<ReconciliationMatrix> matrix, Verification verified) {
    return render(truth, chapters, rules, matrix, verified, Set.of());
  }

  /** The same, linking to the diagrams with these ids, which the book shows among its diagrams. */
  public static String render(Truth truth, List<ChapterText> chapters, List<RuleInfo> rules,
      Optional<ReconciliationMatrix> matrix, Verification verified, Set<String> diagrams) {
    ReferenceContext context = new ReferenceContext(truth, chapters, rules, matrix, verified, diagrams);
    AsciiDocWriter out = new AsciiDocWriter();
    out.section(0, "", "Reference");
    out.paragraph("Generated from the manifests on every build: do not edit it by hand, edit the manifests.");
    for (ReferenceSection section : SECTIONS) {
      section.write(context, out);
    }
    return out.text();
  }
}
