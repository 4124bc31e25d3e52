package io.truthbook.render.site;

import java.util.Objects;

/** One thing search can find: a page, or an entity's anchor on its page, with the text it is found by. */
public record SearchEntry(String title, String url, String text) {
  public SearchEntry {
    // one line: a title is a menu item and a result's heading
    title = Objects.requireNonNull(title, "title").strip().replaceAll("\\s+", " ");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(text, "text");
  }
}
