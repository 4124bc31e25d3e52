package io.truthbook.render.site;

import io.truthbook.model.AsciiDocBlocks;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a reader sees of some AsciiDoc, roughly, for the search index: markup, anchors and block
 * syntax dropped, links reduced to their text, character references decoded, spaces collapsed.
 */
final class PlainText {
  private static final Pattern SKIP = Pattern.compile(
      "\\[[^\\]]*\\]|\\|===|(-{4,}|\\.{4,}|\\+{4,}|/{4,}|={4,}|\\*{4,}|_{4,})|:[\\w-]+!?:.*|//.*|ifn?def::.*|endif::.*");
  private static final Pattern ANCHOR = Pattern.compile("\\[\\[[^\\]]*\\]\\]");
  private static final Pattern XREF = Pattern.compile("<<([^,>]*)(?:,([^>]*))?>>");
  private static final Pattern MACRO = Pattern.compile("(?:link|xref|image|truth:[a-z]+):{0,2}([^\\[\\s]*)\\[([^\\]]*)\\]");
  private static final Pattern REF = Pattern.compile("&#(x[0-9A-Fa-f]+|[0-9]+);|&(amp|lt|gt|quot|apos|nbsp);");
  private static final Map<String, String> NAMED =
      Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", " ");
  private static final Pattern MARKS = Pattern.compile("`+|\\*+|#{2,}|(?<!\\w)_+|_+(?!\\w)|\\^|~");
  private static final Pattern PREFIX = Pattern.compile("^(={1,6}[ \\t]+|\\.(?=\\S)|[*.\\-]+[ \\t]+|\\|)");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern HARD_BREAK = Pattern.compile(" \\+$");

  private PlainText() {}

  /** The readable text of the lines, on one line. */
  static String of(List<String> lines) {
    StringBuilder out = new StringBuilder();
    AsciiDocBlocks blocks = new AsciiDocBlocks();
    for (String line : lines) {
      boolean verbatim = blocks.skip(line);
      if (line.startsWith("//") || SKIP.matcher(line.strip()).matches()) {
        continue;
      }
      out.append(verbatim ? decode(line) : line(line)).append(' ');
    }
    return collapse(out.toString());
  }

  /** The readable text of one line of markup. */
  static String line(String markup) {
    String text = PREFIX.matcher(markup.strip()).replaceFirst("");
    text = text.replace("::", ":").replace(" |", " ");
    if (text.endsWith("+")) {
      text = HARD_BREAK.matcher(text).replaceAll("");
    }
    // each pattern only where its first character is: most lines of a chapter are plain prose
    if (text.contains("[[")) {
      text = ANCHOR.matcher(text).replaceAll("");
    }
    if (text.contains("<<")) {
      text = XREF.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(2) == null ? m.group(1) : m.group(2)));
    }
    if (text.indexOf('[') >= 0) {
      text = MACRO.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(2).isEmpty() ? m.group(1) : m.group(2)));
    }
    text = MARKS.matcher(text).replaceAll("");
    return collapse(decode(text));
  }

  private static String decode(String text) {
    if (text.indexOf('&') < 0) {
      return text;
    }
    return REF.matcher(text).replaceAll(m -> {
      if (m.group(2) != null) {
        return Matcher.quoteReplacement(NAMED.get(m.group(2)));
      }
      String number = m.group(1);
      try {
        int code = number.startsWith("x") ? Integer.parseInt(number.substring(1), 16) : Integer.parseInt(number);
        return Character.isValidCodePoint(code) ? Matcher.quoteReplacement(Character.toString(code)) : "";
      } catch (NumberFormatException e) {
        return "";
      }
    });
  }

  private static String collapse(String text) {
    return SPACES.matcher(text).replaceAll(" ").strip();
  }
}
