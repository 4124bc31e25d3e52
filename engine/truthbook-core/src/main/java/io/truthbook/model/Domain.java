package io.truthbook.model;

import java.util.List;
import java.util.Optional;

/**
 * A canonical data domain: its table prefix, owner, tables and the plan for its legacy tables. A
 * domain without a prefix holds the tables of an existing schema ({@code user}, {@code item}),
 * named as they are; {@code prefixAt} is then the domain's own place.
 */
public record Domain(
    String id,
    Location at,
    String name,
    Optional<String> prefix,
    Location prefixAt,
    Ref owner,
    String purpose,
    Optional<Ref> adjacentTo,
    List<Dependency> dependsOn,
    List<Interface> interfaces,
    List<Table> tables,
    List<LegacyMapping> legacy) {

  public Domain {
    dependsOn = List.copyOf(dependsOn);
    interfaces = List.copyOf(interfaces);
    tables = List.copyOf(tables);
    legacy = List.copyOf(legacy);
  }

  /** The name with the table prefix, as diagrams show it: {@code Sales (sales_)}, or {@code Shop} without one. */
  public String nameWithPrefix() {
    return name + prefix.map(p -> " (" + p + ")").orElse("");
  }

  /** A domain this one may depend on, optionally only through one of its interfaces. */
  public record Dependency(Ref domain, Optional<Ref> via) {}

  /** A read interface a domain publishes to the domains that depend on it. */
  public record Interface(String id, Location at, String description, List<Ref> tables) {
    public Interface {
      tables = List.copyOf(tables);
    }
  }

  /** A canonical table. */
  public record Table(String name, Location at, String description) {}

  /** A current (legacy) table and the canonical table it migrates to. */
  public record LegacyMapping(
      String table, Location at, Ref target, String state, Optional<String> note) {}
}
