package io.truthbook.publish.preview;

import io.truthbook.render.site.SitePage;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * A page Asciidoctor converted, dressed as a preview page: the site's style sheet and scripts (search,
 * the matrix's filter), a menu in book order (the contents page, the chapters, the reference pages; the
 * page shown marked active, as the published site's skin does, with the ids its search script looks
 * for), and the preview's own script, which reloads the page when its source changes and shows the
 * check's findings over it. Every title goes in as text, never as markup.
 */
final class PreviewShell {
  static final String LIVE_SCRIPT = "_truthbook/live.js";
  static final String LIVE_STYLE = "_truthbook/preview.css";

  private PreviewShell() {}

  static String wrap(String converted, SitePage shown, List<SitePage> pages, String title, String pageDigest) {
    Document page = Jsoup.parse(converted);
    Element head = page.head();
    head.appendElement("meta").attr("name", "truthbook-page").attr("content", pageDigest);
    head.appendElement("link").attr("rel", "icon").attr("href", "data:,");
    head.appendElement("link").attr("rel", "stylesheet").attr("href", "css/site.css");
    head.appendElement("link").attr("rel", "stylesheet").attr("href", LIVE_STYLE);
    for (String script : List.of("js/search.js", "js/matrix-filter.js", LIVE_SCRIPT)) {
      head.appendElement("script").attr("src", script).attr("defer", "defer");
    }
    Element body = page.body();
    Element column = new Element("div").id("bodyColumn");
    // the converted page moves into the body column, the menu goes before it
    for (Node node : List.copyOf(body.childNodes())) {
      column.appendChild(node);
    }
    Element left = body.appendElement("div").id("leftColumn");
    left.appendElement("div").addClass("truthbook-preview-title").appendElement("a").attr("href", "index.html")
        .text(title);
    Element nav = left.appendElement("nav");
    menu(nav, "Book", pages, SitePage.Kind.HOME, shown);
    menu(nav, "Chapters", pages, SitePage.Kind.CHAPTER, shown);
    menu(nav, "Reference", pages, SitePage.Kind.REFERENCE, shown);
    body.appendChild(column);
    body.addClass("truthbook-preview");
    return page.outerHtml();
  }

  private static void menu(Element nav, String name, List<SitePage> pages, SitePage.Kind kind, SitePage shown) {
    List<SitePage> items = pages.stream().filter(p -> p.kind() == kind).toList();
    if (items.isEmpty()) {
      return;
    }
    Element list = nav.appendElement("ul").addClass("nav-list");
    list.appendElement("li").addClass("nav-header").text(name);
    for (SitePage item : items) {
      Element li = list.appendElement("li");
      if (item.name().equals(shown.name())) {
        li.addClass("active");
      }
      li.appendElement("a").attr("href", item.url()).text(kind == SitePage.Kind.HOME ? "Home" : item.title());
    }
  }
}
