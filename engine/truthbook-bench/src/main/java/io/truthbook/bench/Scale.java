package io.truthbook.bench;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How big a synthetic truth is. The topology is laid out in cells of ten nodes (an origin, four
 * application nodes, three GPU nodes, two database nodes) running twenty services, so {@code nodes}
 * is a multiple of ten and {@code services} twice {@code nodes}. {@code drift} is how many findings
 * of each planted kind the product disagrees with the manifests by (see {@link SyntheticTruth#PLANTED}).
 */
public record Scale(String name, int domains, int tables, int families, int endpoints, int nodes, int services,
    int claims, int files, int drift) {

  public static final int NODES_PER_CELL = 10;
  public static final int SERVICES_PER_CELL = 20;

  /** The synthetic profiles, smallest first; {@code velocity} (the repository itself) is not one of them. */
  public static final List<String> PROFILES = List.of("1x", "10x", "100x");

  public Scale {
    require(domains >= 2, "at least two domains (one sits beside the other)");
    require(tables % domains == 0 && tables / domains >= 2, "tables: a multiple of domains, two or more each");
    require(families % domains == 0 && families / domains >= 1, "families: a multiple of domains");
    require(endpoints % families == 0 && endpoints / families >= 5, "endpoints: a multiple of families, five or more each");
    require(nodes >= NODES_PER_CELL && nodes % NODES_PER_CELL == 0, "nodes: a multiple of " + NODES_PER_CELL);
    require(services == nodes / NODES_PER_CELL * SERVICES_PER_CELL, "services: " + SERVICES_PER_CELL + " per cell of "
        + NODES_PER_CELL + " nodes");
    require(claims >= 1 && files >= 1 && drift >= 0, "claims and files positive, drift not negative");
    require(drift <= Math.min(domains, families), "drift: at most one planted finding of a kind per domain");
  }

  /** {@code 1x} (1,000 endpoints, 100 tables, 10 nodes, 50 claims, 500 files), {@code 10x}, {@code 100x}. */
  public static Optional<Scale> profile(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (!PROFILES.contains(lower)) {
      return Optional.empty();
    }
    return Optional.of(times(lower, Integer.parseInt(lower.substring(0, lower.length() - 1))));
  }

  /** The 1x profile multiplied by {@code m}, with the same drift. */
  public static Scale times(String name, int m) {
    return new Scale(name, 10 * m, 100 * m, 20 * m, 1_000 * m, 10 * m, 20 * m, 50 * m, 500 * m, 5);
  }

  public Scale withDrift(int amount) {
    return new Scale(name, domains, tables, families, endpoints, nodes, services, claims, files, amount);
  }

  public Scale withFiles(int count) {
    return new Scale(name, domains, tables, families, endpoints, nodes, services, claims, count, drift);
  }

  int cells() {
    return nodes / NODES_PER_CELL;
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException("scale: " + message);
    }
  }
}
