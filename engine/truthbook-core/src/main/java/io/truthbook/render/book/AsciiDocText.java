package io.truthbook.render.book;

/**
 * The one escaper: any text from a manifest or a chapter macro goes through {@link #inert} before it
 * enters AsciiDoc, so it renders literally and can start no markup, macro, passthrough, attribute
 * reference, include, table cell, comment or block.
 */
public final class AsciiDocText {
  /**
   * Characters that always become numeric character references: they open markup ({@code *_`#^~'"}),
   * passthroughs ({@code +$}), attribute references ({@code {}}), macros and autolinks ({@code :[]@}),
   * cells ({@code |}), escapes ({@code \}), index terms and replacements ({@code (}), dlists ({@code ;}),
   * and the characters HTML and xrefs care about ({@code &<>}).
   */
  private static final String ALWAYS = "&<>{}[]|+`*_#^~:;\\$@'\"(";

  /**
   * The characters a web address keeps as they are, besides ASCII letters, digits and its first
   * {@code #}: its structure ({@code :/?=&%}) and the harmless {@code .-}. Markup characters ({@code _*`+#} pairs, {@code []}
   * and {@code {}}) are percent-encoded, which names the same resource.
   */
  private static final String URL_KEPT = ":/?=&%.-";

  private AsciiDocText() {}

  /**
   * The value as inert inline AsciiDoc: whitespace (newlines included) collapsed to single spaces,
   * control characters dropped, special characters as {@code &#NN;}. Safe anywhere inside a line,
   * and at the start of one: a leading character that could start block syntax is escaped too.
   */
  public static String inert(String value) {
    String flat = collapse(value);
    StringBuilder out = new StringBuilder(flat.length() + 16);
    int i = 0;
    while (i < flat.length()) {
      int c = flat.codePointAt(i);
      int width = Character.charCount(c);
      int next = i + width < flat.length() ? flat.codePointAt(i + width) : -1;
      if (mustEscape(c, next, i == 0)) {
        out.append("&#").append(c).append(';');
      } else {
        out.appendCodePoint(c);
      }
      i += width;
    }
    return out.toString();
  }

  /** Inert text in monospace; empty text stays empty (an empty pair of backticks would be literal). */
  public static String mono(String value) {
    String text = inert(value);
    return text.isEmpty() ? "" : "``" + text + "``";
  }

  /** A cross reference to an anchor of this book, labelled with inert text. */
  public static String link(String anchor, String label) {
    if (!Anchors.isSafe(anchor)) {
      throw new IllegalArgumentException("unsafe anchor '" + anchor + "'");
    }
    String text = inert(label);
    return "<<" + anchor + "," + (text.isEmpty() ? anchor : text) + ">>";
  }

  /**
   * A link to a web address, labelled with inert text; empty label text shows the address. Every
   * character of the address that AsciiDoc or HTML could read as markup, and every non-ASCII or
   * control character, is percent-encoded, so the address cannot end the macro or start markup. An
   * address that is not http(s) is shown as inert text, unlinked.
   */
  public static String webLink(String url, String label) {
    if (!url.startsWith("https://") && !url.startsWith("http://")) {
      return inert(label.isEmpty() ? url : label);
    }
    StringBuilder target = new StringBuilder(url.length() + 16);
    boolean fragment = false;
    for (byte b : url.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      // one '#' starts the fragment; a second could pair with it as highlight markup
      boolean kept = c == '#' ? !fragment : c < 127 && (URL_KEPT.indexOf(c) >= 0 || Character.isLetterOrDigit(c));
      fragment |= c == '#';
      if (kept) {
        target.append((char) c);
      } else {
        target.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
      }
    }
    return "link:" + target + "[" + inert(label.isEmpty() ? url : label) + "]";
  }

  private static boolean mustEscape(int c, int next, boolean first) {
    if (c < 128 && ALWAYS.indexOf(c) >= 0) {
      return true;
    }
    if (c == '-' && next == '-' || c == '.' && next == '.') {
      return true; // em dash and ellipsis replacements, and the start of delimiters
    }
    if (first && !Character.isLetterOrDigit(c)) {
      // a value placed at the start of a line must not open a block (=, ., *, -, //, <, >, !, ...)
      return !(c == '/' && next != '/');
    }
    return Character.getType(c) == Character.FORMAT; // bidi overrides and the like show in the source as refs
  }

  private static String collapse(String value) {
    StringBuilder out = new StringBuilder(value.length());
    boolean space = false;
    int i = 0;
    while (i < value.length()) {
      int c = value.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isWhitespace(c) || Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0xA0) {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.appendCodePoint(c);
    }
    return out.toString();
  }
}
