package io.truthbook.render.site;

import io.truthbook.model.Chapter;
import io.truthbook.model.EntityKind;
import io.truthbook.model.Truth;
import io.truthbook.render.book.Anchors;
import io.truthbook.render.book.AsciiDocText;
import io.truthbook.render.book.BookSource;
import io.truthbook.render.book.GeneratedReference;
import io.truthbook.render.book.Stamp;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The chaptered site of the book as Maven site source, in memory: a contents page, one page per
 * chapter (cut from the assembled book, so the same {@code truth:} links and anchors), a diagrams
 * page and the generated reference, one page per area. Cross references between pages become links
 * to {@code PAGE.html#anchor}, so every entity keeps the one anchor the book gives it.
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
    Set<String> taken = new HashSet<>(Set.of(HOME, DIAGRAMS, RulesPage.NAME));
    List<PageDraft> chapters = ChapterPages.split(book, anchors, taken);
    List<PageDraft> reference = new ArrayList<>();
    if (!input.diagrams().isEmpty()) {
      reference.add(DiagramsPage.draft(DIAGRAMS, input.diagrams()));
    }
    reference.addAll(ReferencePages.split(GeneratedReference.render(book, input.matrix())));
    reference.add(RulesPage.draft(book.rules()));
    List<PageDraft> drafts = new ArrayList<>();
    drafts.add(home(truth, anchors, chapters, reference));
    drafts.addAll(chapters);
    drafts.addAll(reference);

    CrossPageLinks links = CrossPageLinks.index(drafts);
    List<PageDraft> linked = drafts.stream().map(links::rewrite).toList();
    List<SitePage> pages = linked.stream().map(p -> page(p, book.stamp(), book.draft())).toList();
    List<SearchEntry> entries = SearchIndex.entries(linked, anchors, links);
    String title = truth.bookTitle().orElse("Truth book").strip().replaceAll("\\s+", " ");
    return new SiteContent(pages, SiteDescriptor.render(title, pages, book.stamp(), book.draft()),
        SearchIndex.json(entries), entries);
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

  /** The contents page: what the site is, the chapters with their owners, the reference pages. */
  private static PageDraft home(Truth truth, Anchors anchors, List<PageDraft> chapters, List<PageDraft> reference) {
    List<String> body = new ArrayList<>();
    body.add("The chaptered form of the truth book: hand-written chapters in book order, then the reference "
        + "generated from the manifests on every build. Every entity has one anchor, and the chapters link to it. "
        + "Search, in the menu, finds every page and entity.");
    body.add("");
    body.add("== Chapters");
    body.add("");
    for (PageDraft page : chapters) {
      Chapter chapter = truth.chapters().stream()
          .filter(c -> anchors.of(EntityKind.CHAPTER, c.id()).map(a -> page.leadAnchors().contains(a)).orElse(false))
          .findFirst().orElseThrow();
      String owner = anchors.of(EntityKind.OWNER, chapter.owner().id())
          .map(a -> AsciiDocText.link(a, chapter.owner().id())).orElseGet(() -> AsciiDocText.inert(chapter.owner().id()));
      body.add(". link:" + page.name() + ".html[" + AsciiDocText.inert(chapter.title()) + "], owner " + owner);
    }
    body.add("");
    body.add("== Reference");
    body.add("");
    for (PageDraft page : reference) {
      body.add("* link:" + page.name() + ".html[" + page.titleMarkup() + "]");
    }
    String title = truth.bookTitle().orElse("Truth book");
    return new PageDraft(HOME, title, SitePage.Kind.HOME, AsciiDocText.inert(title), List.of(), body);
  }
}
