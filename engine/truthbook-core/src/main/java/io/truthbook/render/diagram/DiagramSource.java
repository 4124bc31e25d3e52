package io.truthbook.render.diagram;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One diagram ready to render: a stable id (its file name), a title, a caption and alt text for
 * the book, and its complete PlantUML source ({@code @startuml} … {@code @enduml}).
 */
public record DiagramSource(String id, String title, String caption, String alt, String source) {
  /** Ids are file names: lower-case kebab, so they are safe on every file system and in URLs. */
  public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");

  public DiagramSource {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(caption, "caption");
    Objects.requireNonNull(alt, "alt");
    Objects.requireNonNull(source, "source");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("diagram id '" + id + "' is not lower-case kebab");
    }
  }

  /** A diagram id made from free text: lower-case, every other character a dash, never empty. */
  public static String idOf(String text) {
    String id = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
    if (id.isEmpty()) {
      id = "x";
    }
    return id.length() > 100 ? id.substring(0, 100).replaceAll("-+$", "") : id;
  }
}
