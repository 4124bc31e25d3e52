package io.truthbook.render.site;

import io.truthbook.render.book.Diagram;
import io.truthbook.render.diagram.DiagramSource;
import java.util.Objects;

/**
 * A rendered diagram the site shows: {@code diagrams/ID.svg} with its PlantUML source beside it, and
 * the anchor the book gives it ({@code diagram-ID}).
 */
public record SiteDiagram(String id, String title, String caption, String alt) {
  public static final String FOLDER = "diagrams";

  public SiteDiagram {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(caption, "caption");
    Objects.requireNonNull(alt, "alt");
    if (id == null || !DiagramSource.ID.matcher(id).matches()) {
      throw new IllegalArgumentException("invalid diagram id '" + id + "'");
    }
  }

  public static SiteDiagram of(DiagramSource source) {
    return new SiteDiagram(source.id(), source.title(), source.caption(), source.alt());
  }

  public String anchor() {
    return Diagram.anchorOf(id);
  }

  public String svg() {
    return FOLDER + "/" + id + ".svg";
  }

  public String puml() {
    return FOLDER + "/" + id + ".puml";
  }
}
