package io.truthbook.publish.book;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what the tests need from Asciidoctor's HTML: element ids, internal links, visible text. */
final class HtmlPage {
  private static final Pattern ID = Pattern.compile("<[a-zA-Z][^>]*?\\sid=\"([^\"]*)\"");
  private static final Pattern HREF = Pattern.compile("\\shref=\"#([^\"]*)\"");
  private static final Pattern ENTITY = Pattern.compile("&(#\\d+|#x[0-9a-fA-F]+|[a-z]+);");
  private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
      "apos", "'", "nbsp", "\u00a0");

  private final String html;

  HtmlPage(String html) {
    this.html = html;
  }

  String html() {
    return html;
  }

  /** The page without its embedded stylesheet, whose selectors would match element names. */
  String markup() {
    return html.replaceAll("(?s)<style>.*?</style>", "");
  }

  List<String> ids() {
    return all(ID);
  }

  List<String> internalLinks() {
    return all(HREF);
  }

  /** The text of the body without tags (style and script content dropped), entities decoded. */
  String text() {
    String body = html.replaceAll("(?s)<style.*?</style>", " ").replaceAll("(?s)<script.*?</script>", " ")
        .replaceAll("(?s)<[^>]*>", "");
    Matcher entity = ENTITY.matcher(body);
    StringBuilder out = new StringBuilder();
    while (entity.find()) {
      String name = entity.group(1);
      String decoded = name.startsWith("#x") ? Character.toString(Integer.parseInt(name.substring(2), 16))
          : name.startsWith("#") ? Character.toString(Integer.parseInt(name.substring(1)))
          : NAMED.getOrDefault(name, entity.group());
      entity.appendReplacement(out, Matcher.quoteReplacement(decoded));
    }
    return entity.appendTail(out).toString().replaceAll("\\s+", " ");
  }

  private List<String> all(Pattern pattern) {
    List<String> found = new ArrayList<>();
    Matcher matcher = pattern.matcher(html);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }
}
