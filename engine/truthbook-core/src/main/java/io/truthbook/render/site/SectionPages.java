package io.truthbook.render.site;

import io.truthbook.model.AsciiDocBlocks;
import io.truthbook.render.book.AsciiDocText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cuts a long page into parts at its top-level sections, each part as many whole sections as fit in
 * a budget of AsciiDoc bytes, so that a reference page of a large truth stays small enough to load
 * (issue 9: no page over 5 MB; the HTML of a page is about two to three times its AsciiDoc). Parts
 * after the first are named {@code NAME-2}, {@code NAME-3}, ...; a section larger than the budget
 * is a part of its own, never cut.
 */
final class SectionPages {
  /** AsciiDoc bytes per page: its HTML then stays well under 5 MB. */
  static final int MAX_BYTES = 1_000_000;
  /**
   * Bytes a cross reference may grow by when it becomes a link to another page ({@code <<a,label>>}
   * to {@code link:PAGE.html#a[label]}), counted ahead, since pages are cut before links are rewritten.
   */
  private static final int LINK_GROWTH = 64;

  private SectionPages() {}

  static List<PageDraft> split(PageDraft page, int maxBytes) {
    List<List<String>> units = units(page.body());
    if (bytes(page.body()) <= maxBytes || units.size() < 2) {
      return List.of(page);
    }
    List<List<String>> parts = new ArrayList<>();
    List<String> part = new ArrayList<>();
    long size = 0;
    for (List<String> unit : units) {
      long unitBytes = bytes(unit);
      if (!part.isEmpty() && size + unitBytes > maxBytes) {
        parts.add(part);
        part = new ArrayList<>();
        size = 0;
      }
      part.addAll(unit);
      size += unitBytes;
    }
    parts.add(part);
    if (parts.size() == 1) {
      return List.of(page);
    }
    List<PageDraft> pages = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      String title = page.title() + " (" + (i + 1) + " of " + parts.size() + ")";
      pages.add(new PageDraft(i == 0 ? page.name() : page.name() + "-" + (i + 1), title, page.kind(),
          AsciiDocText.inert(title), i == 0 ? page.leadAnchors() : List.of(), Sections.trim(parts.get(i))));
    }
    return pages;
  }

  /**
   * The body in pieces that must stay together: the text before the first top-level section, then
   * each top-level section with the block anchors and attribute lines just above its title.
   */
  private static List<List<String>> units(List<String> body) {
    List<List<String>> units = new ArrayList<>();
    List<String> current = new ArrayList<>();
    AsciiDocBlocks blocks = new AsciiDocBlocks();
    for (String line : body) {
      boolean verbatim = blocks.skip(line);
      if (!verbatim && Sections.level(line).equals(Optional.of(1)) && !current.isEmpty()) {
        List<String> lead = new ArrayList<>();
        while (!current.isEmpty() && isTitlePrefix(current.get(current.size() - 1))) {
          lead.add(0, current.remove(current.size() - 1));
        }
        if (!current.isEmpty()) {
          units.add(current);
        }
        current = lead;
      }
      current.add(line);
    }
    if (!current.isEmpty()) {
      units.add(current);
    }
    return units;
  }

  /** A line that belongs to the section title below it: a block anchor or a block attribute list. */
  private static boolean isTitlePrefix(String line) {
    return Sections.BLOCK_ANCHOR.matcher(line).matches() || line.startsWith("[") && line.endsWith("]");
  }

  /** The AsciiDoc bytes of the lines once their cross references are links to other pages, at most. */
  static long bytes(List<String> lines) {
    long total = 0;
    for (String line : lines) {
      total += line.getBytes(StandardCharsets.UTF_8).length + 1;
      for (int at = line.indexOf("<<"); at >= 0; at = line.indexOf("<<", at + 2)) {
        total += LINK_GROWTH;
      }
    }
    return total;
  }
}
