package io.truthbook.render.site;

import java.util.List;

/**
 * The page of all results of a search, {@code search.html?q=WORDS}: the sidebar shows the best few,
 * and its "See all" link opens this page, where the search script lists every result under the
 * paragraph that holds {@value #ANCHOR}. The page is in no menu and not itself searched.
 */
final class SearchPage {
  static final String NAME = "search";
  static final String ANCHOR = "truthbook-search-page";

  private SearchPage() {}

  static PageDraft draft() {
    List<String> body = List.of("[[" + ANCHOR + "]]Every page, section and entity of the book that matches the words"
        + " in the search box, best first, with its kind and the page it is on. Search runs in the browser:"
        + " without JavaScript, use the menu.");
    return new PageDraft(NAME, "Search results", SitePage.Kind.SEARCH, "Search results", List.of(), body);
  }
}
