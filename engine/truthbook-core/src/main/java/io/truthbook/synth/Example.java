package io.truthbook.synth;

import io.truthbook.model.Domain;
import io.truthbook.model.ForeignKey;
import io.truthbook.model.SynthBrief;
import io.truthbook.model.SynthExample;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The first graph of seed 1, cut small enough to draw: at most {@value #PER_TABLE} rows of each table of
 * the graph, the pool rows they reference, and each row's first few generated values.
 */
public final class Example {
  static final int PER_TABLE = 1;
  private static final int VALUES = 2;
  private static final int VALUE_LENGTH = 32;

  private Example() {}

  /** The example of a brief that can be followed (a plan without problems). */
  public static SynthExample of(BriefPlan plan) {
    GraphMaker maker = new GraphMaker(plan, 1);
    Map<String, List<GraphMaker.Row>> pool = maker.pool();
    SynthBrief.Persona persona = plan.brief().personas().get(SynthWriter.assign(plan.brief(), 1, 1)[0]);
    Map<String, List<GraphMaker.Row>> graph = maker.graph(1, persona);
    // rows compare by identity; a linked map keeps the order they are drawn in
    Map<GraphMaker.Row, String> ids = new java.util.LinkedHashMap<>();
    List<SynthExample.Node> nodes = new ArrayList<>();
    List<SynthExample.Edge> edges = new ArrayList<>();
    Map<String, Domain.Table> tables = new HashMap<>();
    Map<String, BriefPlan.Step> steps = new HashMap<>();
    for (BriefPlan.Step step : plan.pool()) {
      steps.put(step.table().name(), step);
      tables.put(step.table().name(), step.table());
    }
    for (BriefPlan.Step step : plan.graph()) {
      steps.put(step.table().name(), step);
      tables.put(step.table().name(), step.table());
    }
    // every made row by its node id, to find the row a key points at
    Map<String, GraphMaker.Row> byNode = new HashMap<>();
    pool.values().forEach(rows -> rows.forEach(r -> byNode.put(SynthWriter.node(r, tables), r)));
    graph.values().forEach(rows -> rows.forEach(r -> byNode.put(SynthWriter.node(r, tables), r)));
    for (BriefPlan.Step step : plan.graph()) {
      for (GraphMaker.Row row : graph.get(step.table().name()).stream().limit(PER_TABLE).toList()) {
        node(row, steps, ids, nodes);
      }
    }
    for (GraphMaker.Row row : new ArrayList<>(ids.keySet())) {
      for (ForeignKey key : steps.get(row.table()).keys()) {
        GraphMaker.Row target = row.values().get(key.columns().get(0)) == null ? null
            : byNode.get(SynthWriter.target(row, key, tables));
        if (target != null) {
          if (!ids.containsKey(target)) {
            node(target, steps, ids, nodes);
          }
          edges.add(new SynthExample.Edge(ids.get(row), ids.get(target), String.join(", ", key.columns())));
        }
      }
    }
    edges.sort(java.util.Comparator.comparing(SynthExample.Edge::from).thenComparing(SynthExample.Edge::to)
        .thenComparing(SynthExample.Edge::label));
    return new SynthExample(persona.id(), nodes, edges);
  }

  private static void node(GraphMaker.Row row, Map<String, BriefPlan.Step> steps, Map<GraphMaker.Row, String> ids,
      List<SynthExample.Node> nodes) {
    String id = row.table() + "-" + nodes.stream().filter(n -> n.table().equals(row.table())).count();
    ids.put(row, id);
    List<String> values = new ArrayList<>();
    BriefPlan.Step step = steps.get(row.table());
    for (Domain.Column column : step.table().columns()) {
      if (values.size() < VALUES && step.fills().get(column.name()) instanceof Fill.Generated
          && row.values().get(column.name()) != null) {
        String value = row.values().get(column.name());
        values.add(column.name() + " = " + (value.length() > VALUE_LENGTH ? value.substring(0, VALUE_LENGTH) + "…" : value));
      }
    }
    nodes.add(new SynthExample.Node(id, row.table(), values));
  }
}
