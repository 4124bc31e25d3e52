package io.truthbook.render.diagram;

import io.truthbook.model.Truth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Every diagram generated from the truth, in book order; a new diagram is one class and one line here. */
public final class DiagramSet {
  private static final List<DiagramGenerator> GENERATORS = List.of(
      new TopologyDiagram(),
      new DomainMapDiagram(),
      new LegacyTablesDiagram(),
      new EntityRelationshipDiagram(),
      new RouteFamiliesDiagram(),
      new WorkstreamDiagram(),
      new GateDiagram());

  private DiagramSet() {}

  /** True for an id a generated diagram has or may have: a hand-written diagram must not take it. */
  /** The diagrams a reader needs before any chapter, in reading order: the domains, then what runs them. */
  public static final List<String> OVERVIEW = List.of(DomainMapDiagram.ID, TopologyDiagram.ID);

  public static boolean reserves(String id) {
    return List.of(TopologyDiagram.ID, DomainMapDiagram.ID, RouteFamiliesDiagram.ID, WorkstreamDiagram.ID,
        GateDiagram.ID, SynthExampleDiagram.ID).contains(id) || id.startsWith(LegacyTablesDiagram.PREFIX)
        || id.startsWith(EntityRelationshipDiagram.PREFIX);
  }

  /** The id of the domain's entity-relationship diagram, for text that links to it. */
  public static String entityRelationshipOf(String domainId) {
    return EntityRelationshipDiagram.id(domainId);
  }

  public static List<DiagramSource> generate(Truth truth) {
    List<DiagramSource> all = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (DiagramGenerator generator : GENERATORS) {
      for (DiagramSource diagram : generator.generate(truth)) {
        // ids come from manifest ids, which may repeat in a broken truth (id.duplicate reports it)
        String id = diagram.id();
        for (int n = 2; !ids.add(id); n++) {
          id = diagram.id() + "-" + n;
        }
        all.add(id.equals(diagram.id()) ? diagram
            : new DiagramSource(id, diagram.title(), diagram.caption(), diagram.alt(), diagram.source()));
      }
    }
    return List.copyOf(all);
  }
}
