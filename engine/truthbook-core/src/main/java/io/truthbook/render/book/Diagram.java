package io.truthbook.render.book;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A rendered diagram to embed: its id (the anchor is {@code diagram-ID}), title, caption, alternative
 * text, the SVG file next to the book and the PlantUML source it was rendered from, relative to the book.
 */
public record Diagram(String id, String title, String caption, String alt, String svgFile, String pumlLink) {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final Pattern SVG = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*\\.svg");
  private static final Pattern PUML = Pattern.compile("([A-Za-z0-9._-]+/)*[A-Za-z0-9][A-Za-z0-9._-]*\\.puml");

  public Diagram {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(caption, "caption");
    Objects.requireNonNull(alt, "alt");
    require(ID, id, "id");
    require(SVG, svgFile, "SVG file name");
    require(PUML, pumlLink, "PlantUML link");
  }

  /** The anchor of the diagram's section. */
  public String anchor() {
    return anchorOf(id);
  }

  /** The anchor the book and the site give the diagram with this id. */
  public static String anchorOf(String id) {
    return "diagram-" + id;
  }

  private static void require(Pattern pattern, String value, String what) {
    Objects.requireNonNull(value, what);
    if (!pattern.matcher(value).matches()) {
      throw new IllegalArgumentException("invalid diagram " + what + ": '" + value + "'");
    }
  }
}
