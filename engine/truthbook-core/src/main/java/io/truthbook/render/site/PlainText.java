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
  private static final Pattern PREFIX = Pattern.compile("^(={1,6}[ \\t]+|\\.(?=\\S)|[*.\\-]+[ \\t]+|\\|)");
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
    text = withoutMarks(text);
    return collapse(decode(text));
  }

  /**
   * {@code text} without its inline marks, in one pass over its characters: runs of backticks and asterisks,
   * runs of two or more hashes, carets, tildes, and a run of underscores that begins or ends a word. The
   * regular expression {@code `+|\*+|#{2,}|(?<!\w)_+|_+(?!\w)|\^|~} says the same, but trying its
   * look-arounds at every character was half of what indexing a site for search cost; {@code PlainTextTest}
   * holds the two to the same result.
   */
  static String withoutMarks(String text) {
    StringBuilder out = null;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      int end = i + 1;
      boolean drop;
      switch (c) {
        case '`', '*', '#', '_' -> {
          while (end < n && text.charAt(end) == c) {
            end++;
          }
          drop = c == '#' ? end - i >= 2
              : c != '_' || i == 0 || !isWord(text.charAt(i - 1)) || end == n || !isWord(text.charAt(end));
        }
        case '^', '~' -> drop = true;
        default -> drop = false;
      }
      if (drop && out == null) {
        out = new StringBuilder(n).append(text, 0, i);
      } else if (!drop && out != null) {
        out.append(text, i, end);
      }
      i = end;
    }
    return out == null ? text : out.toString();
  }

  /** A character of {@code \w}: an ASCII letter, digit or underscore. */
  private static boolean isWord(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
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

  /** Each run of {@code \s} (space, tab, line ends, form feed) as one space, then stripped: in one pass, as marks. */
  static String collapse(String text) {
    StringBuilder out = null;
    int n = text.length();
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      if (!isSpace(c)) {
        if (out != null) {
          out.append(c);
        }
        i++;
        continue;
      }
      int end = i + 1;
      while (end < n && isSpace(text.charAt(end))) {
        end++;
      }
      if (out == null && (end - i > 1 || c != ' ')) {
        out = new StringBuilder(n).append(text, 0, i);
      }
      if (out != null) {
        out.append(' ');
      }
      i = end;
    }
    return (out == null ? text : out.toString()).strip();
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
