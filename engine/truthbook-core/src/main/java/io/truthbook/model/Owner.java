package io.truthbook.model;

import java.util.List;
import java.util.Optional;

/**
 * A person or team, with the areas the seed's ownership model gives them. {@code domains} is empty
 * when the owner states no boundary (a small team, an owner taken from CODEOWNERS): then
 * {@code owner.boundary} does not judge the domains they own; an empty list means they may own none.
 */
public record Owner(
    String id,
    Location at,
    String name,
    Optional<String> title,
    List<String> areas,
    Optional<List<Ref>> domains,
    boolean runtime,
    List<String> paths) {
  public Owner {
    areas = List.copyOf(areas);
    domains = domains.map(List::copyOf);
    paths = List.copyOf(paths);
  }
}
