package io.truthbook.adopt;

import io.truthbook.evidence.Evidence.TableOp;
import io.truthbook.evidence.sql.MigrationOrder;
import io.truthbook.evidence.sql.TableSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Domains from the tables the migrations leave, applied in version order: one per table prefix (the text
 * before the first {@code _}) that at least two tables share, and the other tables in a domain without a
 * prefix, named as they are. Route families join the domain whose id or table their path names.
 */
final class DomainsDraft {
  private static final Pattern TABLE = Pattern.compile("[a-z][a-z0-9_]*");
  private static final Pattern WORD = Pattern.compile("[a-z]+");
  static final String LEGACY = "legacy";
  static final String FALLBACK = "app";

  private record Table(String name, String file) {}

  private record Domain(String id, Optional<String> prefix, String purpose, List<Table> tables) {}

  private final Map<String, Domain> domains = new TreeMap<>();
  private final Map<String, String> owners = new HashMap<>();

  DomainsDraft(ProductEvidence evidence, List<ProductEvidence.Item<TableOp>> ops) {
    Map<TableOp, ProductEvidence.Item<TableOp>> items = new HashMap<>();
    ops.forEach(item -> items.putIfAbsent(item.evidence(), item));
    Map<String, Table> tables = new LinkedHashMap<>();
    for (TableSet.Table table : TableSet.apply(MigrationOrder.sort(ops.stream().map(ProductEvidence.Item::evidence)
        .toList())).tables()) {
      if (!TABLE.matcher(table.name()).matches()) {
        evidence.skip(items.get(table.origin()), "table '" + table.name() + "' cannot be named in a domain (lower-case"
            + " letters, digits and '_'); rename it in a migration");
      } else {
        tables.putIfAbsent(table.name(), new Table(table.name(), evidence.file(table.origin())));
      }
    }
    Map<String, List<Table>> byPrefix = new TreeMap<>();
    List<Table> unprefixed = new ArrayList<>();
    tables.values().forEach(t -> word(t.name()).ifPresentOrElse(
        w -> byPrefix.computeIfAbsent(w, k -> new ArrayList<>()).add(t), () -> unprefixed.add(t)));
    byPrefix.forEach((word, shared) -> {
      if (shared.size() >= 2) {
        domains.put(word, new Domain(word, Optional.of(word + "_"), "The tables named " + word + "_* (drafted from"
            + " the migrations: say what the domain is for).", sorted(shared)));
      } else {
        unprefixed.addAll(shared);
      }
    });
    if (!unprefixed.isEmpty()) {
      String id = unique(LEGACY);
      domains.put(id, new Domain(id, Optional.empty(), "The tables that share no prefix with another table, named as"
          + " the migrations name them (drafted: group them into domains).", sorted(unprefixed)));
    }
  }

  private static Optional<String> word(String table) {
    int underscore = table.indexOf('_');
    return underscore > 0 && WORD.matcher(table.substring(0, underscore)).matches()
        ? Optional.of(table.substring(0, underscore)) : Optional.empty();
  }

  private static List<Table> sorted(List<Table> tables) {
    return tables.stream().sorted(java.util.Comparator.comparing(Table::name)).toList();
  }

  private String unique(String id) {
    return domains.containsKey(id) ? id + "-tables" : id;
  }

  /**
   * The domain of a route family: the one whose id, or one of whose tables, a segment of its prefix names
   * (the last segment first, plural or singular); else the only domain; else a domain for such families.
   */
  String domainFor(List<String> segments) {
    for (int i = segments.size() - 1; i >= 0; i--) {
      String segment = segments.get(i).replace('-', '_');
      for (String word : List.of(segment, singular(segment))) {
        for (Domain domain : domains.values()) {
          boolean named = domain.id().equals(word) || domain.tables().stream().anyMatch(t -> t.name().equals(word)
              || t.name().equals(domain.prefix().orElse("") + word));
          if (named && !domain.tables().isEmpty()) {
            return domain.id();
          }
        }
      }
    }
    if (domains.size() == 1) {
      return domains.keySet().iterator().next();
    }
    String fallback = domains.containsKey(FALLBACK) && !domains.get(FALLBACK).tables().isEmpty()
        ? FALLBACK + "-routes" : FALLBACK;
    domains.putIfAbsent(fallback, new Domain(fallback, Optional.empty(), "The route families whose paths name no"
        + " domain's table (drafted from the routes: say what the domain is for).", List.of()));
    return fallback;
  }

  private static String singular(String word) {
    if (word.endsWith("ies") && word.length() > 3) {
      return word.substring(0, word.length() - 3) + "y";
    }
    return word.endsWith("s") && !word.endsWith("ss") ? word.substring(0, word.length() - 1) : word;
  }

  /** Gives a domain its owner, unless it has one. */
  void own(String domain, String owner) {
    owners.putIfAbsent(domain, owner);
  }

  /**
   * The owner of each domain no family gave one: the code owner of the file that created its first table,
   * else the first owner.
   */
  void settle(OwnersDraft all) {
    domains.values().forEach(d -> owners.computeIfAbsent(d.id(), id -> d.tables().stream().findFirst()
        .flatMap(t -> all.ownersOf(t.file()).stream().findFirst()).orElse(all.first())));
  }

  String ownerOf(String domain) {
    return owners.get(domain);
  }

  void write(YamlWriter yaml) {
    if (domains.isEmpty()) {
      yaml.list(0, "domains", List.of());
      return;
    }
    yaml.key(0, "domains");
    for (Domain domain : domains.values()) {
      yaml.item(1, "id", domain.id())
          .field(2, "name", domain.id().substring(0, 1).toUpperCase(Locale.ROOT) + domain.id().substring(1));
      domain.prefix().ifPresent(prefix -> yaml.field(2, "prefix", prefix));
      yaml.field(2, "owner", owners.get(domain.id())).field(2, "purpose", domain.purpose());
      if (domain.tables().isEmpty()) {
        yaml.list(2, "tables", List.of());
        continue;
      }
      yaml.key(2, "tables");
      domain.tables().forEach(t -> yaml.item(3, "name", t.name()).field(4, "description", "Created in " + t.file() + "."));
    }
  }
}
