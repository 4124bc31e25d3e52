package io.truthbook.render.diagram;

import io.truthbook.model.SynthExample;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** One small client graph made from the synthetic-data brief: a box per row, an arrow per reference. */
public final class SynthExampleDiagram {
  public static final String ID = "synth-example";
  private static final int WIDTH = 40;

  private SynthExampleDiagram() {}

  public static DiagramSource of(SynthExample example) {
    Aliases aliases = new Aliases();
    PlantUmlSource puml = new PlantUmlSource("An example client graph (" + example.persona() + ")");
    for (SynthExample.Node node : example.nodes()) {
      List<String> label = new ArrayList<>();
      label.add(node.table());
      node.values().forEach(v -> label.addAll(PlantUmlText.wrap(v, WIDTH)));
      puml.element("rectangle", label, aliases.of("row", node.id()));
    }
    for (SynthExample.Edge edge : example.edges()) {
      puml.edge(aliases.of("row", edge.from()), "-->", aliases.of("row", edge.to()), List.of(edge.label()));
    }
    String source = puml.end("the brief makes no rows");
    String alt = "An example client graph of persona " + example.persona() + ": " + example.nodes().stream()
        .map(SynthExample.Node::table).distinct().collect(Collectors.joining(", ")) + ", with "
        + example.edges().size() + " references between them.";
    return new DiagramSource(ID, "An example client graph",
        "The first graph truthbook synth makes with seed 1, one row of each table and the pool rows they "
            + "reference; each box shows a row's first generated values, each arrow a foreign key. Generated from "
            + "the synthetic-data brief.", alt, source);
  }
}
