package io.truthbook.render.diagram;

import java.util.ArrayList;
import java.util.List;

/**
 * Manifest text made safe for a PlantUML label: it shows literally and can never end the diagram,
 * start a preprocessor directive, call a builtin ({@code %getenv}), read a file ({@code <img:…>})
 * or turn into creole markup.
 *
 * <p>Every character PlantUML gives a meaning to becomes a numeric entity ({@code &#34;}), which
 * PlantUML shows as the character itself; a line break becomes PlantUML's {@code \n}, so one label
 * is always one source line. PlantUML writes {@code >} into SVG text unescaped, so a {@code ]]>} in
 * the text gets a zero-width space before its {@code >}: the SVG stays well-formed XML.
 */
public final class PlantUmlText {
  /** Characters with a meaning anywhere in a label. */
  private static final String ALWAYS = "\"\\<>&%@!$[]~";
  /** Creole markup when doubled ({@code **bold**}, {@code //italic//}, {@code --strike--} …). */
  private static final String DOUBLED = "*/-_=^'#";
  /** Creole markup at the start of a label line (bullets, headings, tables). */
  private static final String LINE_START = "*#=|-";
  /** Keeps {@code ]]>}, which must not appear in XML character data, out of the SVG. */
  private static final String ZERO_WIDTH_SPACE = "&#8203;";

  private PlantUmlText() {}

  /** {@code "…"}: the lines escaped, joined with PlantUML line breaks, in double quotes. */
  public static String quoted(List<String> lines) {
    return '"' + String.join("\\n", lines.stream().map(PlantUmlText::escape).toList()) + '"';
  }

  public static String quoted(String text) {
    return quoted(List.of(text));
  }

  /** One piece of manifest text, escaped; its own line breaks become PlantUML's {@code \n}. */
  public static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    boolean lineStart = true;
    char previous = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        continue;
      }
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        out.append("\\n");
        lineStart = true;
        previous = 0;
        continue;
      }
      if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT) {
        c = ' ';
      }
      boolean entity = ALWAYS.indexOf(c) >= 0
          || DOUBLED.indexOf(c) >= 0 && c == previous
          || lineStart && LINE_START.indexOf(c) >= 0;
      if (c == '>' && i >= 2 && text.charAt(i - 1) == ']' && text.charAt(i - 2) == ']') {
        out.append(ZERO_WIDTH_SPACE);
      }
      if (entity) {
        out.append("&#").append((int) c).append(';');
      } else {
        out.append(c);
      }
      lineStart = lineStart && c == ' ';
      previous = c;
    }
    return out.toString();
  }

  /**
   * Text wrapped at spaces into lines of at most {@code width} characters (a longer word stays
   * whole), so boxes stay legible at site width.
   */
  public static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.strip().split("\\R", -1)) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.strip().split("\\s+")) {
        if (line.length() > 0 && line.length() + 1 + word.length() > width) {
          lines.add(line.toString());
          line.setLength(0);
        }
        if (line.length() > 0) {
          line.append(' ');
        }
        line.append(word);
      }
      lines.add(line.toString());
    }
    return lines;
  }
}
