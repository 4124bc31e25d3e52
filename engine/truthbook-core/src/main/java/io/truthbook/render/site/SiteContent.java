package io.truthbook.render.site;

import java.util.List;
import java.util.Objects;

/**
 * The generated text of a Maven site source: the site's title (one line), the pages in menu order, the
 * site descriptor, and the search index as JSON ({@code [{title, url, text}]}) with the entries it was
 * written from, and the files served as they are ({@link SiteFile}).
 */
public record SiteContent(String title, List<SitePage> pages, String siteXml, String searchIndexJson,
    List<SearchEntry> entries, List<SiteFile> files) {
  public SiteContent {
    Objects.requireNonNull(title, "title");
    pages = List.copyOf(pages);
    files = List.copyOf(files);
    entries = List.copyOf(entries);
    Objects.requireNonNull(siteXml, "siteXml");
    Objects.requireNonNull(searchIndexJson, "searchIndexJson");
  }
}
