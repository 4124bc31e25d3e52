package io.truthbook.render.site;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One page of the site source: its file name without extension (lower-case kebab, so it is safe in
 * every file system and URL), its title as plain text (for the menu), its kind and its AsciiDoc text.
 */
public record SitePage(String name, String title, Kind kind, String asciidoc) {
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,119}");

  /** Where a page sits in the menu; the search page has no place there. */
  public enum Kind { HOME, CHAPTER, REFERENCE, SEARCH }

  public SitePage {
    // one line: a title is a menu item and a result's heading
    title = Objects.requireNonNull(title, "title").strip().replaceAll("\\s+", " ");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(asciidoc, "asciidoc");
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("invalid page name '" + name + "'");
    }
  }

  /** The AsciiDoc source file, under the site's {@code asciidoc/} folder. */
  public String file() {
    return name + ".adoc";
  }

  /** The page the Maven site makes of it, relative to the site root. */
  public String url() {
    return name + ".html";
  }
}
