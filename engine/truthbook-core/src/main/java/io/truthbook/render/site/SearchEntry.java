package io.truthbook.render.site;

import java.util.Objects;

/**
 * One thing search can find: a page, a section of a chapter, or an entity's anchor on its page. Its
 * title is what a result is called (a chapter's title, an entity's id), {@code kind} says what it is
 * ({@code Chapter}, {@code Domain}, {@code Column}, ...), {@code page} the title of the page it is on,
 * {@code text} what it is found by, and {@code tier} how high it ranks among results that match a
 * query equally well: 0 first (see {@link SearchIndex#tier}).
 */
public record SearchEntry(String title, String kind, String page, String url, String text, int tier) {
  public SearchEntry {
    // one line: a title is a menu item and a result's heading
    title = oneLine(Objects.requireNonNull(title, "title"));
    kind = oneLine(Objects.requireNonNull(kind, "kind"));
    page = oneLine(Objects.requireNonNull(page, "page"));
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(text, "text");
    if (tier < 0) {
      throw new IllegalArgumentException("a tier is 0 or more, not " + tier);
    }
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }
}
