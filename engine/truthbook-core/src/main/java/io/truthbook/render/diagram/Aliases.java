package io.truthbook.render.diagram;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Safe PlantUML identifiers for entities, one per (kind, id): letters, digits and underscores only,
 * readable ({@code node_gpu_1}) and unique even when two ids differ only in punctuation.
 */
final class Aliases {
  private final Map<String, String> byKey = new HashMap<>();
  private final Set<String> used = new HashSet<>();

  /** The alias of an entity, made on first use. */
  String of(String kind, String id) {
    return byKey.computeIfAbsent(kind + '\u0000' + id, key -> fresh(kind + "_" + id));
  }

  /** The alias of an entity already drawn; empty when the diagram does not show it. */
  Optional<String> find(String kind, String id) {
    return Optional.ofNullable(byKey.get(kind + '\u0000' + id));
  }

  /** An alias for something that is no entity (a package, a cluster). */
  String fresh(String hint) {
    String base = hint.replaceAll("[^A-Za-z0-9]", "_");
    if (base.length() > 60) {
      base = base.substring(0, 60);
    }
    String alias = base;
    for (int n = 2; !used.add(alias); n++) {
      alias = base + "_" + n;
    }
    return alias;
  }
}
