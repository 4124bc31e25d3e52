package io.truthbook.render.site;

import io.truthbook.render.book.CrossReferences;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where every anchor of the site lives, and the book's cross references rewritten for it: an
 * {@code <<anchor,label>>} to another page becomes {@code link:PAGE.html#anchor[label]}; one to
 * the same page, or to an anchor no page has, stays as written.
 */
final class CrossPageLinks {
  private final Map<String, String> pageOf;

  private CrossPageLinks(Map<String, String> pageOf) {
    this.pageOf = Collections.unmodifiableMap(pageOf);
  }

  /** Indexes the anchors of the pages; an anchor on two pages belongs to the first. */
  static CrossPageLinks index(List<PageDraft> pages) {
    Map<String, String> pageOf = new LinkedHashMap<>();
    for (PageDraft page : pages) {
      for (String anchor : anchors(page)) {
        pageOf.putIfAbsent(anchor, page.name());
      }
    }
    return new CrossPageLinks(pageOf);
  }

  /** Every anchor the page defines, in order, repeats included. */
  static List<String> anchors(PageDraft page) {
    List<String> anchors = new ArrayList<>(page.leadAnchors());
    anchors.addAll(CrossReferences.anchors(page.body()));
    return anchors;
  }

  /** The page that holds the anchor. */
  Optional<String> page(String anchor) {
    return Optional.ofNullable(pageOf.get(anchor));
  }

  /** The page with its cross references to other pages rewritten as links. */
  PageDraft rewrite(PageDraft page) {
    return page.withBody(CrossReferences.linked(page.body(),
        anchor -> page(anchor).filter(target -> !target.equals(page.name())).map(target -> target + ".html")));
  }
}
