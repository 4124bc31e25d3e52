package io.truthbook.render.site;

import io.truthbook.model.EntityKind;
import io.truthbook.render.book.Anchors;
import io.truthbook.render.book.BookAssembler;
import io.truthbook.render.book.BookSource;
import io.truthbook.render.book.ChapterText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One page per chapter, cut from the assembled book so the site's chapters are the book's chapters
 * (the same {@code truth:} links, the same anchors): each starts at its chapter anchor, and the
 * chapters end where the generated reference begins.
 */
final class ChapterPages {
  private static final String PREFIX = EntityKind.CHAPTER.word() + "-";

  private ChapterPages() {}

  /** The chapter pages in book order; a name another page takes is avoided. */
  static List<PageDraft> split(BookSource book, Anchors anchors, Set<String> taken) {
    BookSource plain = new BookSource(book.truth(), book.chapters(), book.stamp(), false, List.of(), book.rules(),
        book.matrix(), book.reviewers(), book.verification());
    // the book without its reference: rendering the reference here too made the site render it three times
    List<String> lines = Arrays.asList(BookAssembler.front(plain).split("\n", -1));
    List<ChapterText> chapters = book.chapters();
    List<String> chapterAnchors = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    int from = 0;
    for (ChapterText chapter : chapters) {
      String anchor = anchors.of(EntityKind.CHAPTER, chapter.chapter().id())
          .orElseThrow(() -> new IllegalStateException("chapter '" + chapter.chapter().id() + "' has no anchor"));
      int start = indexOf(lines, "[[" + anchor + "]]", from);
      chapterAnchors.add(anchor);
      starts.add(start);
      from = start + 1;
    }
    List<PageDraft> pages = new ArrayList<>();
    for (int i = 0; i < chapters.size(); i++) {
      int end = i + 1 < starts.size() ? starts.get(i + 1) : lines.size();
      List<String> segment = Sections.trim(lines.subList(starts.get(i) + 1, end));
      String name = name(chapterAnchors.get(i), taken);
      taken.add(name);
      pages.add(page(name, chapters.get(i).chapter().title(), chapterAnchors.get(i), segment));
    }
    return pages;
  }

  private static PageDraft page(String name, String title, String anchor, List<String> segment) {
    // the assembler puts the chapter's level-1 title first, written by hand or made from the manifest
    String heading = segment.isEmpty() ? "" : segment.get(0);
    if (!Sections.level(heading).equals(Optional.of(1))) {
      throw new IllegalStateException("chapter " + anchor + " does not start with its title");
    }
    List<String> body = Sections.raise(segment.subList(1, segment.size()), 1);
    body = Sections.trim(Sections.plainAdmonitions(body));
    return new PageDraft(name, title, SitePage.Kind.CHAPTER, Sections.title(heading), List.of(anchor), body);
  }

  /** The anchor without its {@code chapter-} prefix, unless another page has that name. */
  private static String name(String anchor, Set<String> taken) {
    String name = anchor.substring(PREFIX.length());
    if (name.isEmpty() || taken.contains(name) || name.startsWith(ReferencePages.PREFIX)) {
      name = anchor;
    }
    for (int n = 2; taken.contains(name); n++) {
      name = anchor + "-" + n;
    }
    return name;
  }

  private static int indexOf(List<String> lines, String line, int from) {
    for (int i = from; i < lines.size(); i++) {
      if (lines.get(i).equals(line)) {
        return i;
      }
    }
    throw new IllegalStateException("the assembled book has no line " + line);
  }
}
