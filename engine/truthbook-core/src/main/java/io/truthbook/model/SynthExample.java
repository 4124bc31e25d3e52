package io.truthbook.model;

import java.util.List;

/**
 * A small client graph made from the synthetic-data brief, to draw: a node per row (its table and a few
 * of its values) and an edge per reference between drawn rows.
 */
public record SynthExample(String persona, List<Node> nodes, List<Edge> edges) {
  public SynthExample {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /** One row: an id unique in the example, its table, and the values shown. */
  public record Node(String id, String table, List<String> values) {
    public Node {
      values = List.copyOf(values);
    }
  }

  /** A reference from one drawn row to another, labelled with the referencing columns. */
  public record Edge(String from, String to, String label) {}
}
