package io.truthbook.model;

/**
 * Manifest text made safe to print on a terminal or into a plain-text file: control characters
 * (ESC sequences could recolour, move the cursor or retitle the terminal) and the Unicode bidi
 * controls (which can make a printed location or id read as something else, "Trojan Source") show
 * as {@code ?}. Tabs become spaces.
 */
public final class TerminalText {
  private TerminalText() {}

  /** One line: line breaks too show as {@code ?}, so one value can never forge a line of its own. */
  public static String line(String text) {
    return clean(text, false);
  }

  /** Several lines: line feeds are kept, every other control shows as {@code ?}. */
  public static String lines(String text) {
    return clean(text, true);
  }

  /** True for the characters that reorder text on screen: U+200E/F, U+202A–U+202E, U+2066–U+2069, U+061C. */
  public static boolean isBidiControl(int cp) {
    return cp == 0x200E || cp == 0x200F || cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069
        || cp == 0x061C;
  }

  private static String clean(String text, boolean keepLineFeeds) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      String replacement = null;
      if (cp == '\t') {
        replacement = " ";
      } else if ((Character.isISOControl(cp) && !(keepLineFeeds && cp == '\n')) || isBidiControl(cp)) {
        replacement = "?";
      }
      if (replacement != null && out == null) {
        out = new StringBuilder(text.length()).append(text, 0, i);
      }
      if (out != null) {
        if (replacement != null) {
          out.append(replacement);
        } else {
          out.appendCodePoint(cp);
        }
      }
      i += Character.charCount(cp);
    }
    return out == null ? text : out.toString();
  }
}
