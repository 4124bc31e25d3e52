package io.truthbook.render.site;

import io.truthbook.model.AsciiDocBlocks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where every anchor of the site lives, and the book's cross references rewritten for it: an
 * {@code <<anchor,label>>} to another page becomes {@code link:PAGE.html#anchor[label]}; one to
 * the same page, or to an anchor no page has, stays as written.
 */
final class CrossPageLinks {
  private static final Pattern INLINE_ANCHOR = Pattern.compile("\\[\\[([A-Za-z_:][\\w:.-]*)(?:,[^\\]]*)?\\]\\]");
  private static final Pattern ID_ATTRIBUTE = Pattern.compile("^\\[#([A-Za-z_:][\\w:-]*)");
  private static final Pattern XREF = Pattern.compile("<<([A-Za-z_:][\\w:.-]*)(?:,([^>]*))?>>");

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
    AsciiDocBlocks blocks = new AsciiDocBlocks();
    for (String line : page.body()) {
      if (blocks.skip(line)) {
        continue;
      }
      Matcher inline = INLINE_ANCHOR.matcher(line);
      while (inline.find()) {
        anchors.add(inline.group(1));
      }
      Matcher id = ID_ATTRIBUTE.matcher(line);
      if (id.find()) {
        anchors.add(id.group(1));
      }
    }
    return anchors;
  }

  /** The page that holds the anchor. */
  Optional<String> page(String anchor) {
    return Optional.ofNullable(pageOf.get(anchor));
  }

  /** The page with its cross references to other pages rewritten as links. */
  PageDraft rewrite(PageDraft page) {
    List<String> out = new ArrayList<>(page.body().size());
    AsciiDocBlocks blocks = new AsciiDocBlocks();
    for (String line : page.body()) {
      out.add(blocks.skip(line) ? line : rewrite(line, page.name()));
    }
    return page.withBody(out);
  }

  private String rewrite(String line, String from) {
    return XREF.matcher(line).replaceAll(xref -> {
      String target = pageOf.get(xref.group(1));
      if (target == null || target.equals(from)) {
        return Matcher.quoteReplacement(xref.group());
      }
      String label = xref.group(2) == null || xref.group(2).isBlank() ? xref.group(1) : xref.group(2);
      // in a link macro, '=' in the text would start attributes and ']' would end it
      label = label.replace("=", "&#61;").replace("]", "&#93;");
      return Matcher.quoteReplacement("link:" + target + ".html#" + xref.group(1) + "[" + label + "]");
    });
  }
}
