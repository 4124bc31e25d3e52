package io.truthbook.render.diagram;

import java.util.List;

/**
 * PlantUML source under construction. Syntax comes from the generators; every label goes through
 * {@link PlantUmlText}, every identifier is an alias from {@link Aliases}.
 */
final class PlantUmlSource {
  private final StringBuilder text = new StringBuilder();
  private int depth;
  private int elements;

  PlantUmlSource(String title) {
    text.append("@startuml\n");
    line("title " + PlantUmlText.escape(title));
  }

  /** A line of PlantUML syntax written by a generator (never manifest text). */
  PlantUmlSource line(String syntax) {
    text.append("  ".repeat(depth)).append(syntax).append('\n');
    return this;
  }

  /** {@code shape "label" as alias}, optionally with a colour ({@code #E8F5E9}). */
  PlantUmlSource element(String shape, List<String> label, String alias, String colour) {
    elements++;
    return line(shape + " " + PlantUmlText.quoted(label) + " as " + alias + (colour.isEmpty() ? "" : " " + colour));
  }

  PlantUmlSource element(String shape, List<String> label, String alias) {
    return element(shape, label, alias, "");
  }

  /** A container: {@code shape "label" as alias {}; close it with {@link #close()}. */
  PlantUmlSource open(String shape, List<String> label, String alias) {
    elements++;
    line(shape + " " + PlantUmlText.quoted(label) + " as " + alias + " {");
    depth++;
    return this;
  }

  PlantUmlSource close() {
    depth--;
    return line("}");
  }

  /** {@code from arrow to : "label"}; an empty label draws none. */
  PlantUmlSource edge(String from, String arrow, String to, List<String> label) {
    return line(from + " " + arrow + " " + to + (label.isEmpty() ? "" : " : " + PlantUmlText.quoted(label)));
  }

  PlantUmlSource edge(String from, String arrow, String to) {
    return edge(from, arrow, to, List.of());
  }

  /** The finished source; a diagram with nothing in it still renders, saying so. */
  String end(String emptyMessage) {
    if (elements == 0) {
      element("rectangle", List.of(emptyMessage), "nothing_declared");
    }
    text.append("@enduml\n");
    return text.toString();
  }
}
