package io.truthbook.diagrams;

import java.util.regex.Pattern;

/**
 * SVG that depends on its source only, and is always well-formed XML. PlantUML 1.2026 numbers
 * elements per diagram and writes no time into SVG once the embedded source ({@code <?plantuml-src
 * …?>}) is off and error images lose their time-based decorations; this removes the embedded source
 * should it appear and fixes line ends, and the determinism test guards the rest. PlantUML writes
 * {@code >} into text unescaped, so a hand-written label holding {@code ]]>} would break the XML;
 * outside a CDATA section that {@code >} becomes {@code &gt;}.
 */
final class DeterministicSvg {
  private static final Pattern EMBEDDED_SOURCE = Pattern.compile("<\\?plantuml-src [^?]*\\?>");
  private static final String CDATA_START = "<![CDATA[";
  private static final String CDATA_END = "]]>";

  private DeterministicSvg() {}

  static String normalise(String svg) {
    String out = wellFormed(EMBEDDED_SOURCE.matcher(svg).replaceAll("").replace("\r\n", "\n"));
    return out.endsWith("\n") ? out : out + "\n";
  }

  /** Every {@code ]]>} outside a CDATA section, which XML forbids in character data, as {@code ]]&gt;}. */
  static String wellFormed(String svg) {
    if (!svg.contains(CDATA_END)) {
      return svg;
    }
    StringBuilder out = new StringBuilder(svg.length() + 16);
    int at = 0;
    while (at < svg.length()) {
      int cdata = svg.indexOf(CDATA_START, at);
      int plainEnd = cdata < 0 ? svg.length() : cdata;
      out.append(svg.substring(at, plainEnd).replace(CDATA_END, "]]&gt;"));
      if (cdata < 0) {
        break;
      }
      int close = svg.indexOf(CDATA_END, cdata + CDATA_START.length());
      int cdataEnd = close < 0 ? svg.length() : close + CDATA_END.length();
      out.append(svg, cdata, cdataEnd);
      at = cdataEnd;
    }
    return out.toString();
  }
}
