package io.truthbook.model;

import java.util.List;

/** A person or team, with the areas the seed's ownership model gives them. */
public record Owner(
    String id,
    Location at,
    String name,
    String title,
    List<String> areas,
    List<Ref> domains,
    boolean runtime,
    List<String> paths) {
  public Owner {
    areas = List.copyOf(areas);
    domains = List.copyOf(domains);
    paths = List.copyOf(paths);
  }
}
