package io.truthbook.security;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Reads outputs the way a consumer would: HTML as a sequence of tags (quoted attribute values may
 * hold {@code >}), XML with a real parser, character references decoded.
 */
final class Markup {
  private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
  private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][\\w:.-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>");
  private static final Pattern ATTRIBUTE =
      Pattern.compile("([^\\s=/>\"']+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+))?");
  private static final Pattern REFERENCE = Pattern.compile("&(#\\d+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);");
  private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
      "apos", "'", "nbsp", "\u00a0");

  /** One start tag: its lower-case name and attributes (names lower-cased, values decoded). */
  record Tag(String name, Map<String, String> attributes) {}

  private Markup() {}

  /** The start tags of an HTML page, comments skipped. */
  static List<Tag> tags(String html) {
    List<Tag> tags = new ArrayList<>();
    Matcher tag = TAG.matcher(COMMENT.matcher(html).replaceAll(" "));
    while (tag.find()) {
      if (!tag.group(1).isEmpty()) {
        continue;
      }
      Map<String, String> attributes = new LinkedHashMap<>();
      Matcher attribute = ATTRIBUTE.matcher(tag.group(3));
      while (attribute.find()) {
        String value = attribute.group(2) == null ? "" : attribute.group(2).replaceAll("^[\"']|[\"']$", "");
        attributes.put(attribute.group(1).toLowerCase(java.util.Locale.ROOT), decode(value));
      }
      tags.add(new Tag(tag.group(2).toLowerCase(java.util.Locale.ROOT), attributes));
    }
    return tags;
  }

  /** The text of an HTML page outside tags, style and script, references decoded, whitespace collapsed. */
  static String htmlText(String html) {
    String body = COMMENT.matcher(html).replaceAll(" ").replaceAll("(?s)<style.*?</style>", " ");
    return collapse(decode(TAG.matcher(body).replaceAll(m -> m.group(1).isEmpty() ? "" : " ")
        .replaceAll("</[a-zA-Z][^>]*>", " ")));
  }

  /** A document parsed by the JDK's XML parser, which fails on anything not well-formed; no DTD is fetched. */
  static Document xml(String text) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setExpandEntityReferences(false);
    factory.setNamespaceAware(false);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** Every element of a document as a tag, for the same checks as HTML. */
  static List<Tag> elements(Document document) {
    List<Tag> tags = new ArrayList<>();
    collect(document.getDocumentElement(), tags);
    return tags;
  }

  private static void collect(Element element, List<Tag> tags) {
    Map<String, String> attributes = new LinkedHashMap<>();
    NamedNodeMap all = element.getAttributes();
    for (int i = 0; i < all.getLength(); i++) {
      attributes.put(all.item(i).getNodeName().toLowerCase(java.util.Locale.ROOT), all.item(i).getNodeValue());
    }
    tags.add(new Tag(element.getTagName().toLowerCase(java.util.Locale.ROOT), attributes));
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element next) {
        collect(next, tags);
      }
    }
  }

  /** Numeric and the common named character references decoded. */
  static String decode(String text) {
    Matcher reference = REFERENCE.matcher(text);
    StringBuilder out = new StringBuilder();
    while (reference.find()) {
      String name = reference.group(1);
      String decoded = name.startsWith("#x") || name.startsWith("#X")
          ? Character.toString(Integer.parseInt(name.substring(2), 16))
          : name.startsWith("#") ? Character.toString(Integer.parseInt(name.substring(1)))
          : NAMED.getOrDefault(name, reference.group());
      reference.appendReplacement(out, Matcher.quoteReplacement(decoded));
    }
    return reference.appendTail(out).toString();
  }

  static String collapse(String text) {
    return text.replaceAll("[\\s\u00a0]+", " ");
  }
}
