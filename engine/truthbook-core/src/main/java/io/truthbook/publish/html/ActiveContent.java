package io.truthbook.publish.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds what in a page would run or load script in a browser: script-like elements, event handler
 * attributes, and URLs with a script scheme, read the way a browser reads them (jsoup's HTML5 parser,
 * entities decoded, whitespace and control characters ignored). The book and the site never produce
 * any of it themselves, so anything found came from the input: publishing is refused rather than
 * trusting every escaper upstream.
 */
public final class ActiveContent {
  private static final Set<String> ELEMENTS = Set.of("script", "iframe", "frame", "frameset", "object", "embed",
      "applet", "base", "form", "portal");
  private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href",
      "data", "poster", "background", "srcdoc", "ping", "codebase", "cite", "lowsrc", "dynsrc");
  private static final List<String> SCRIPT_SCHEMES = List.of("javascript:", "vbscript:", "data:text/html",
      "data:application", "data:image/svg");

  private ActiveContent() {}

  /** One piece of active content: what it is and where, as a short excerpt of the element. */
  public record Found(String what, String excerpt) {
    @Override
    public String toString() {
      return what + ": " + excerpt;
    }
  }

  /** Every piece of active content in {@code html}, in document order. */
  public static List<Found> find(String html) {
    Document page = Jsoup.parse(html);
    List<Found> found = new ArrayList<>();
    for (Element element : page.getAllElements()) {
      String name = element.normalName();
      if (ELEMENTS.contains(name)) {
        found.add(new Found("a <" + name + "> element", excerpt(element)));
      }
      if (name.equals("meta") && element.attr("http-equiv").equalsIgnoreCase("refresh")) {
        found.add(new Found("a <meta http-equiv=refresh>", excerpt(element)));
      }
      for (Attribute attribute : element.attributes()) {
        String key = attribute.getKey().toLowerCase(Locale.ROOT);
        if (key.startsWith("on")) {
          found.add(new Found("an event handler attribute '" + key + "'", excerpt(element)));
        } else if (URL_ATTRIBUTES.contains(key) && scripted(attribute.getValue())) {
          found.add(new Found("a script URL in '" + key + "'", excerpt(element)));
        } else if (key.equals("style") && attribute.getValue().toLowerCase(Locale.ROOT).matches(
            "(?s).*(expression\\s*\\(|javascript:|-moz-binding|behavior\\s*:).*")) {
          found.add(new Found("script in a style attribute", excerpt(element)));
        }
      }
    }
    return found;
  }

  /** True when a URL, as a browser reads it (whitespace and controls dropped, any case), runs script. */
  static boolean scripted(String url) {
    StringBuilder clean = new StringBuilder(url.length());
    for (char c : url.toCharArray()) {
      if (c > ' ' && c != '\u007f') {
        clean.append(c);
      }
    }
    String lower = clean.toString().toLowerCase(Locale.ROOT);
    return SCRIPT_SCHEMES.stream().anyMatch(lower::startsWith);
  }

  private static String excerpt(Element element) {
    String outer = element.outerHtml().replaceAll("\\s+", " ");
    return outer.length() > 120 ? outer.substring(0, 117) + "..." : outer;
  }
}
