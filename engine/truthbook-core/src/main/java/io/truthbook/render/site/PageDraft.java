package io.truthbook.render.site;

import java.util.List;

/**
 * A page before its header, stamp and cross-page links: its name and plain title, the title as
 * AsciiDoc markup, the anchors that belong to the page as a whole (placed in its first paragraph,
 * since the site drops ids on document titles) and its body, whose section levels start at 1.
 */
record PageDraft(String name, String title, SitePage.Kind kind, String titleMarkup, List<String> leadAnchors,
    List<String> body) {
  PageDraft {
    leadAnchors = List.copyOf(leadAnchors);
    body = List.copyOf(body);
  }

  PageDraft withBody(List<String> lines) {
    return new PageDraft(name, title, kind, titleMarkup, leadAnchors, lines);
  }
}
