package io.truthbook.render.diagram;

import io.truthbook.model.Gate;
import io.truthbook.model.Truth;
import io.truthbook.model.Workstream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Acceptance gates → their criteria and state: who signed (or that nobody has), and for a criterion
 * tied to a workstream, how far that workstream is. Whether a sign-off still matches the content's
 * digest is the gates stage's call, so it is not drawn here.
 */
final class GateDiagram implements DiagramGenerator {
  static final String ID = "gates";
  private static final int WIDTH = 36;

  @Override
  public List<DiagramSource> generate(Truth truth) {
    List<Gate> gates = Distinct.by(truth.gates(), Gate::id);
    Aliases aliases = new Aliases();
    PlantUmlSource puml = new PlantUmlSource("Acceptance gates and their criteria");
    puml.line("left to right direction");
    for (Gate gate : gates) {
      String alias = aliases.of("gate", gate.id());
      puml.element("rectangle", List.of(gate.id(), gate.title(), signed(gate)), alias,
          gate.signoffs().isEmpty() ? "" : "#E8F5E9");
      for (Gate.Criterion criterion : Distinct.by(gate.criteria(), Gate.Criterion::id)) {
        List<String> label = new ArrayList<>();
        label.add(criterion.id());
        label.addAll(PlantUmlText.wrap(criterion.description(), WIDTH));
        Optional<Workstream> workstream = workstream(truth, criterion);
        workstream.ifPresent(w -> label.add(WorkstreamDiagram.name(w) + ": " + WorkstreamDiagram.progress(w)));
        criterion.workstream().filter(r -> workstream.isEmpty()).ifPresent(r -> label.add("workstream " + r.id()));
        criterion.artifact().ifPresent(a -> label.add("artifact " + a.path()));
        if (criterion.reconciled()) {
          label.add("every claim reconciled");
        }
        String criterionAlias = aliases.of("criterion", gate.id() + " " + criterion.id());
        puml.element("rectangle", label, criterionAlias,
            workstream.map(WorkstreamDiagram::done).orElse(false) ? "#E8F5E9" : "");
        puml.edge(alias, "-->", criterionAlias);
      }
    }
    String source = puml.end("no gates declared");
    String alt = "Acceptance gates. " + gates.stream()
        .map(g -> g.id() + " (" + g.title() + ", " + signed(g) + ") needs " + g.criteria().stream()
            .map(Gate.Criterion::id).collect(Collectors.joining(", ")))
        .collect(Collectors.joining("; ")) + ".";
    return List.of(new DiagramSource(ID, "Acceptance gates and their criteria",
        "Each acceptance gate, who has signed it, and the criteria it needs; a criterion tied to a workstream "
            + "shows how many of its tasks are done (green: all). Generated from the gates and workstreams manifests.",
        alt, source));
  }

  private static String signed(Gate gate) {
    return gate.signoffs().isEmpty() ? "not signed" : "signed by " + gate.signoffs().stream()
        .map(s -> s.reviewer().id() + " " + s.date()).collect(Collectors.joining(", "));
  }

  private static Optional<Workstream> workstream(Truth truth, Gate.Criterion criterion) {
    return criterion.workstream().flatMap(ref -> truth.workstreams().stream()
        .filter(w -> w.id().equals(ref.id())).findFirst());
  }
}
