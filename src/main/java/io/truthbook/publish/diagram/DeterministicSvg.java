package io.truthbook.publish.diagram;

import java.util.regex.Pattern;

/**
 * SVG that depends on its source only. PlantUML 1.2026 numbers elements per diagram and writes no
 * time into SVG once the embedded source ({@code <?plantuml-src …?>}) is off and error images lose
 * their time-based decorations; this removes the embedded source should it appear and fixes line
 * ends, and the determinism test guards the rest.
 */
final class DeterministicSvg {
  private static final Pattern EMBEDDED_SOURCE = Pattern.compile("<\\?plantuml-src [^?]*\\?>");

  private DeterministicSvg() {}

  static String normalise(String svg) {
    String out = EMBEDDED_SOURCE.matcher(svg).replaceAll("").replace("\r\n", "\n");
    return out.endsWith("\n") ? out : out + "\n";
  }
}
