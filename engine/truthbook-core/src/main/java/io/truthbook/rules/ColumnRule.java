package io.truthbook.rules;

import io.truthbook.model.Domain;
import io.truthbook.model.EntityKind;
import io.truthbook.model.Finding;
import io.truthbook.model.Ref;
import io.truthbook.model.RuleInfo;
import io.truthbook.model.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Declared columns hold together: names are unique within a table, a table that declares columns has
 * a primary key, a foreign key names a column that exists with the same type, and a reference into
 * another domain follows a declared dependency (through its interface when the dependency names one).
 */
final class ColumnRule implements Rule {
  static final RuleInfo DUPLICATE = new RuleInfo("column.duplicate", Severity.ERROR,
      "a table declares one column twice",
      "A column name is unique within its table; a second declaration would silently replace the first in the"
          + " blueprint and in drift checks.",
      "remove or rename one of the two declarations");
  static final RuleInfo PRIMARY_KEY = new RuleInfo("column.primary-key", Severity.ERROR,
      "a table declares columns but no primary key",
      "A table whose columns are declared is a blueprint that others build on (imports, synthetic data,"
          + " foreign keys); without a primary key its rows cannot be referenced or de-duplicated.",
      "mark the key column(s) 'primaryKey: true'");
  static final RuleInfo REFERENCE = new RuleInfo("column.reference", Severity.ERROR,
      "a foreign key names a table or column that does not exist, or one of another type",
      "'references: table.column' must name a canonical table and, when that table declares its columns,"
          + " one of them, of the same portable type as the referencing column.",
      "fix the reference (see the did-you-mean), or declare the column it names");
  static final RuleInfo DEPENDENCY = new RuleInfo("column.dependency", Severity.ERROR,
      "a foreign key crosses domains against the declared dependencies",
      "A reference from one domain's table into another's is a dependency: it must be declared in the"
          + " referencing domain's 'dependsOn', and when that dependency goes 'via' an interface, the table"
          + " referenced must be one the interface publishes. This keeps, for example, an adjacent domain from"
          + " reaching into tables its neighbour did not publish.",
      "declare the dependency (with the interface that publishes the table), or drop the foreign key and"
          + " read through the published interface");

  @Override
  public List<RuleInfo> reports() {
    return List.of(DUPLICATE, PRIMARY_KEY, REFERENCE, DEPENDENCY);
  }

  @Override
  public List<Finding> check(TruthIndex index) {
    List<Finding> findings = new ArrayList<>();
    for (Domain domain : index.truth().domains()) {
      for (Domain.Table table : domain.tables()) {
        if (table.columns().isEmpty()) {
          continue;
        }
        Set<String> seen = new HashSet<>();
        for (Domain.Column column : table.columns()) {
          if (!seen.add(column.name())) {
            findings.add(Finding.error(DUPLICATE.id(), column.at(),
                "table '" + table.name() + "' declares column '" + column.name() + "' twice", DUPLICATE.fix()));
          }
          column.references().ifPresent(ref -> reference(index, domain, table, column, ref, findings));
        }
        if (table.columns().stream().noneMatch(Domain.Column::primaryKey)) {
          findings.add(Finding.error(PRIMARY_KEY.id(), table.at(),
              "table '" + table.name() + "' declares " + table.columns().size() + " columns but no primary key",
              "mark the key column(s) 'primaryKey: true'"
                  + table.column("id").map(c -> ", e.g. 'id'").orElse("")));
        }
      }
    }
    return findings;
  }

  private static void reference(TruthIndex index, Domain domain, Domain.Table table, Domain.Column column,
      Ref ref, List<Finding> findings) {
    String targetTable = column.referencedTable().orElseThrow();
    String targetColumn = column.referencedColumn().orElseThrow();
    String of = "column '" + table.name() + "." + column.name() + "'";
    Optional<Domain> owner = index.domainOfTable(targetTable);
    if (owner.isEmpty()) {
      Optional<String> closest = index.closest(EntityKind.TABLE, targetTable);
      findings.add(Finding.error(REFERENCE.id(), ref.at(),
          of + " references table '" + targetTable + "', which no domain declares"
              + closest.map(c -> " (did you mean '" + c + "'?)").orElse(""),
          closest.map(c -> "change it to '" + c + "." + targetColumn + "'").orElse(REFERENCE.fix())));
      return;
    }
    Domain.Table target = owner.get().tables().stream().filter(t -> t.name().equals(targetTable)).findFirst()
        .orElseThrow();
    if (!target.columns().isEmpty()) {
      Optional<Domain.Column> referenced = target.column(targetColumn);
      if (referenced.isEmpty()) {
        Optional<String> closest = Suggestions.closest(targetColumn,
            target.columns().stream().map(Domain.Column::name).toList());
        findings.add(Finding.error(REFERENCE.id(), ref.at(),
            of + " references '" + ref.id() + "', but table '" + targetTable + "' declares no column '"
                + targetColumn + "'" + closest.map(c -> " (did you mean '" + targetTable + "." + c + "'?)").orElse(""),
            closest.map(c -> "change it to '" + targetTable + "." + c + "'")
                .orElse("declare column '" + targetColumn + "' in '" + targetTable + "', or fix the reference")));
      } else if (referenced.get().type() != column.type()) {
        findings.add(Finding.error(REFERENCE.id(), column.typeAt(),
            of + " is " + column.type().id() + " but references '" + ref.id() + "', which is "
                + referenced.get().type().id(),
            "declare '" + column.name() + "' as type " + referenced.get().type().id()));
      }
    }
    if (!owner.get().id().equals(domain.id())) {
      dependency(domain, owner.get(), of, ref, targetTable, findings);
    }
  }

  private static void dependency(Domain domain, Domain owner, String of, Ref ref, String targetTable,
      List<Finding> findings) {
    Optional<Domain.Dependency> declared = domain.dependsOn().stream()
        .filter(d -> d.domain().id().equals(owner.id())).findFirst();
    if (declared.isEmpty()) {
      findings.add(Finding.error(DEPENDENCY.id(), ref.at(),
          of + " of domain '" + domain.id() + "' references '" + ref.id() + "' of domain '" + owner.id()
              + "', but '" + domain.id() + "' does not depend on '" + owner.id() + "'",
          "add '- domain: " + owner.id() + "' to the dependsOn of '" + domain.id() + "', or drop the reference"));
      return;
    }
    Optional<Ref> via = declared.get().via();
    if (via.isEmpty()) {
      return;
    }
    Optional<Domain.Interface> published = owner.interfaces().stream()
        .filter(i -> i.id().equals(via.get().id())).findFirst();
    boolean exposed = published.map(i -> i.tables().stream().anyMatch(t -> t.id().equals(targetTable)))
        .orElse(true);
    if (!exposed) {
      findings.add(Finding.error(DEPENDENCY.id(), ref.at(),
          of + " of domain '" + domain.id() + "' references '" + ref.id() + "', but '" + domain.id()
              + "' depends on '" + owner.id() + "' only through interface '" + via.get().id()
              + "', which does not publish '" + targetTable + "'",
          "reference a table of interface '" + via.get().id() + "' ("
              + String.join(", ", published.get().tables().stream().map(Ref::id).toList())
              + "), or publish '" + targetTable + "' in it"));
    }
  }
}
