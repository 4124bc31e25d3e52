package io.truthbook.render.site;

import io.truthbook.model.Truth;
import io.truthbook.render.book.Anchors;
import io.truthbook.render.book.AsciiDocText;
import io.truthbook.render.book.BookSource;
import io.truthbook.render.book.GeneratedReference;
import io.truthbook.render.MatrixCsv;
import io.truthbook.render.book.Stamp;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The chaptered site of the book as Maven site source, in memory: a contents page, one page per
 * chapter (cut from the assembled book, so the same {@code truth:} links and anchors), a diagrams
 * page, the generated reference, one page per area, and the page of all search results, under a landing
 * page ({@link HomePage}); the reconciliation matrix as CSV and the files of the book built with it are
 * served beside the pages. Cross references between pages become links to {@code PAGE.html#anchor}, so
 * every entity keeps the one anchor the book gives it.
 */
public final class SiteSource {
  static final String HOME = "index";
  static final String DIAGRAMS = "diagrams";
  static final String DRAFT = "*DRAFT.* This site was built from a truth whose check has errors; do not rely on it.";

  private SiteSource() {}

  public static SiteContent render(SiteInput input) {
    BookSource book = input.book();
    Truth truth = book.truth();
    Anchors anchors = Anchors.of(truth);
    Set<String> taken = new HashSet<>(Set.of(HOME, DIAGRAMS, RulesPage.NAME, SearchPage.NAME));
    List<PageDraft> chapters = ChapterPages.split(book, anchors, taken);
    List<PageDraft> reference = new ArrayList<>();
    if (!input.diagrams().isEmpty()) {
      reference.add(DiagramsPage.draft(DIAGRAMS, input.diagrams()));
    }
    reference.addAll(ReferencePages.split(GeneratedReference.render(book, input.matrix(),
        input.diagrams().stream().map(SiteDiagram::id).collect(Collectors.toSet()))));
    reference.add(RulesPage.draft(book.rules()));
    List<SiteFile> files = new ArrayList<>(input.files());
    input.matrix().or(book::matrix).ifPresent(matrix -> files.add(
        new SiteFile(SiteFile.MATRIX_CSV, MatrixCsv.render(matrix).getBytes(StandardCharsets.UTF_8))));
    Set<String> served = new HashSet<>();
    files.forEach(f -> served.add(f.path()));
    List<PageDraft> drafts = new ArrayList<>();
    drafts.add(HomePage.draft(HOME, truth, anchors, chapters, reference, input.diagrams(), served));
    drafts.addAll(chapters);
    drafts.addAll(reference);
    drafts.add(SearchPage.draft());

    CrossPageLinks links = CrossPageLinks.index(drafts);
    List<PageDraft> linked = drafts.stream().map(links::rewrite).toList();
    List<SitePage> pages = linked.stream().map(p -> page(p, book.stamp(), book.draft())).toList();
    List<SearchEntry> entries = SearchIndex.entries(truth, linked, anchors, links);
    String title = truth.bookTitle().orElse("Truth book").strip().replaceAll("\\s+", " ");
    return new SiteContent(title, pages, SiteDescriptor.render(title, pages, book.stamp(), book.draft()),
        SearchIndex.json(entries), entries, files);
  }

  /** The page's AsciiDoc: title, header attributes, the stamp (carrying the page's own anchors), DRAFT, body. */
  private static SitePage page(PageDraft draft, Stamp stamp, boolean isDraft) {
    StringBuilder out = new StringBuilder();
    out.append("= ").append(isDraft ? "DRAFT: " : "").append(draft.titleMarkup()).append('\n')
        .append(":table-caption!:\n")
        .append(":figure-caption!:\n")
        .append(":idprefix: _\n")
        .append(":idseparator: -\n")
        .append(":reproducible:\n")
        .append('\n');
    draft.leadAnchors().forEach(a -> out.append("[[").append(a).append("]]"));
    out.append("*Last verified* at commit ").append(AsciiDocText.mono(stamp.shortCommit()))
        .append(" on ").append(stamp.date()).append(".\n");
    if (isDraft) {
      out.append('\n').append(DRAFT).append('\n');
    }
    if (!draft.body().isEmpty()) {
      out.append('\n');
      draft.body().forEach(line -> out.append(line).append('\n'));
    }
    return new SitePage(draft.name(), draft.title(), draft.kind(), out.toString());
  }
}
