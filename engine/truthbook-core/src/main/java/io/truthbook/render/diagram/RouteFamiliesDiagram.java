package io.truthbook.render.diagram;

import io.truthbook.model.Endpoint;
import io.truthbook.model.Owner;
import io.truthbook.model.RouteFamily;
import io.truthbook.model.Truth;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Route families → their owners and the services that answer them, with endpoint counts. */
final class RouteFamiliesDiagram implements DiagramGenerator {
  static final String ID = "route-families";

  @Override
  public List<DiagramSource> generate(Truth truth) {
    List<RouteFamily> families = Distinct.by(truth.families(), RouteFamily::id);
    List<Owner> owners = Distinct.by(truth.owners(), Owner::id);
    Aliases aliases = new Aliases();
    PlantUmlSource puml = new PlantUmlSource("Route families, owners and services");
    puml.line("left to right direction");
    puml.line("skinparam componentStyle rectangle");
    Set<String> ownerIds = new LinkedHashSet<>();
    families.forEach(f -> ownerIds.add(f.owner().id()));
    for (String id : ownerIds) {
      String name = owners.stream().filter(o -> o.id().equals(id)).map(Owner::name).findFirst().orElse(id);
      puml.element("actor", List.of(name, id), aliases.of("owner", id));
    }
    // counted in one pass: counting per family made the diagram quadratic in a large truth
    Map<String, Long> counts = new HashMap<>();
    for (Endpoint e : truth.endpoints()) {
      truth.familyOf(e.path()).ifPresent(f -> counts.merge(f.id(), 1L, Long::sum));
    }
    for (RouteFamily family : families) {
      long endpoints = counts.getOrDefault(family.id(), 0L);
      puml.element("rectangle", List.of(family.prefix(), "family " + family.id() + " · domain " + family.domain().id(),
          endpoints + (endpoints == 1 ? " endpoint" : " endpoints")), aliases.of("family", family.id()));
    }
    Set<String> serviceIds = new LinkedHashSet<>();
    families.forEach(f -> f.service().ifPresent(s -> serviceIds.add(s.id())));
    for (String id : serviceIds) {
      puml.element("component", List.of(id), aliases.of("service", id));
    }
    for (RouteFamily family : families) {
      String alias = aliases.of("family", family.id());
      puml.edge(aliases.of("owner", family.owner().id()), "-->", alias);
      family.service().ifPresent(s -> puml.edge(alias, "-->", aliases.of("service", s.id())));
    }
    String source = puml.end("no route families declared");
    String alt = "Route families. " + families.stream()
        .map(f -> f.prefix() + " is owned by " + f.owner().id()
            + f.service().map(s -> " and served by " + s.id()).orElse(""))
        .collect(Collectors.joining("; ")) + ".";
    return List.of(new DiagramSource(ID, "Route families, owners and services",
        "Who owns each root route family and which service answers it; a path belongs to the family with "
            + "the longest matching prefix. Generated from the routes and owners manifests.",
        alt, source));
  }
}
