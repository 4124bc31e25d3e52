package io.truthbook.render.diagram;

import io.truthbook.model.Owner;
import io.truthbook.model.Ref;
import io.truthbook.model.Truth;
import io.truthbook.model.Workstream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The workstream dependency graph: arrows from a workstream to the ones that depend on it. */
final class WorkstreamDiagram implements DiagramGenerator {
  static final String ID = "workstreams";
  private static final int WIDTH = 32;

  @Override
  public List<DiagramSource> generate(Truth truth) {
    List<Workstream> workstreams = Distinct.by(truth.workstreams(), Workstream::id);
    Aliases aliases = new Aliases();
    PlantUmlSource puml = new PlantUmlSource("Workstream dependencies");
    for (Workstream workstream : workstreams) {
      List<String> label = new ArrayList<>();
      label.add(name(workstream));
      label.addAll(PlantUmlText.wrap(workstream.title(), WIDTH));
      label.add(ownerName(truth, workstream.owner()) + " · " + progress(workstream));
      puml.element("rectangle", label, aliases.of("workstream", workstream.id()), done(workstream) ? "#E8F5E9" : "");
    }
    for (Workstream workstream : workstreams) {
      for (Ref before : Distinct.by(workstream.dependsOn(), Ref::id)) {
        Optional<String> prerequisite = aliases.find("workstream", before.id());
        if (prerequisite.isPresent() && !before.id().equals(workstream.id())) {
          puml.edge(prerequisite.get(), "-->", aliases.of("workstream", workstream.id()));
        }
      }
    }
    String source = puml.end("no workstreams declared");
    String alt = "Workstream dependencies. " + workstreams.stream()
        .map(w -> name(w) + " (" + w.title() + ", " + progress(w) + ")"
            + (w.dependsOn().isEmpty() ? " depends on nothing"
                : " depends on " + w.dependsOn().stream().map(r -> r.id().toUpperCase(Locale.ROOT))
                    .collect(Collectors.joining(", "))))
        .collect(Collectors.joining("; ")) + ".";
    return List.of(new DiagramSource(ID, "Workstream dependencies",
        "The backlog's workstreams in the order they can finish: an arrow leads from a workstream to the "
            + "ones that depend on it; green ones have every task done. Generated from the workstreams manifest.",
        alt, source));
  }

  static String name(Workstream workstream) {
    return "Workstream " + workstream.id().toUpperCase(Locale.ROOT);
  }

  static String progress(Workstream workstream) {
    long done = workstream.tasks().stream().filter(Workstream.Task::done).count();
    return done + "/" + workstream.tasks().size() + " tasks done";
  }

  static boolean done(Workstream workstream) {
    return !workstream.tasks().isEmpty() && workstream.tasks().stream().allMatch(Workstream.Task::done);
  }

  private static String ownerName(Truth truth, Ref owner) {
    return truth.owners().stream().filter(o -> o.id().equals(owner.id())).map(Owner::name).findFirst()
        .orElse(owner.id());
  }
}
