package io.truthbook.render.book;

import io.truthbook.model.AsciiDocBlocks;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The anchors an AsciiDoc text defines and its cross references turned into links to another document:
 * {@code <<anchor,label>>} becomes {@code link:DOCUMENT#anchor[label]}, for the site's pages (each anchor on
 * its page) and for a PDF that leaves the reference to the HTML book. Verbatim blocks and comments are left
 * alone.
 */
public final class CrossReferences {
  private static final Pattern INLINE_ANCHOR = Pattern.compile("\\[\\[([A-Za-z_:][\\w:.-]*)(?:,[^\\]]*)?\\]\\]");
  private static final Pattern ID_ATTRIBUTE = Pattern.compile("^\\[#([A-Za-z_:][\\w:-]*)");
  private static final Pattern XREF = Pattern.compile("<<([A-Za-z_:][\\w:.-]*)(?:,([^>]*))?>>");

  private CrossReferences() {}

  /** Every anchor the lines define ({@code [[id]]}, {@code [#id]}), in order, repeats included. */
  public static List<String> anchors(List<String> lines) {
    List<String> anchors = new ArrayList<>();
    AsciiDocBlocks blocks = new AsciiDocBlocks();
    for (String line : lines) {
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

  /**
   * The lines with each cross reference whose anchor {@code documentOf} places in another document
   * rewritten as a link to that document; a reference it places nowhere stays as written.
   */
  public static List<String> linked(List<String> lines, Function<String, Optional<String>> documentOf) {
    List<String> out = new ArrayList<>(lines.size());
    AsciiDocBlocks blocks = new AsciiDocBlocks();
    for (String line : lines) {
      out.add(blocks.skip(line) || !line.contains("<<") ? line : linked(line, documentOf));
    }
    return out;
  }

  private static String linked(String line, Function<String, Optional<String>> documentOf) {
    return XREF.matcher(line).replaceAll(xref -> {
      Optional<String> document = documentOf.apply(xref.group(1));
      if (document.isEmpty()) {
        return Matcher.quoteReplacement(xref.group());
      }
      String label = xref.group(2) == null || xref.group(2).isBlank() ? xref.group(1) : xref.group(2);
      // in a link macro, '=' in the text would start attributes and ']' would end it
      label = label.replace("=", "&#61;").replace("]", "&#93;");
      return Matcher.quoteReplacement("link:" + document.get() + "#" + xref.group(1) + "[" + label + "]");
    });
  }
}
