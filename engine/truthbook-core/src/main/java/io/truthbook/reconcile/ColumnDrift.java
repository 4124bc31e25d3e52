package io.truthbook.reconcile;

import io.truthbook.evidence.Evidence;
import io.truthbook.evidence.Evidence.ColumnDef;
import io.truthbook.evidence.EvidenceCollector;
import io.truthbook.evidence.sql.ColumnSet;
import io.truthbook.evidence.sql.MigrationOrder;
import io.truthbook.model.ColumnType;
import io.truthbook.model.Domain;
import io.truthbook.model.Finding;
import io.truthbook.model.ManifestKind;
import io.truthbook.model.RuleInfo;
import io.truthbook.model.Severity;
import io.truthbook.model.Truth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The columns a canonical table declares against the columns its migrations leave, both ways. Only a
 * table that declares columns is judged (a team adopts columns table by table), and only when the
 * migrations create it (otherwise {@code drift.table.missing} says so once).
 */
final class ColumnDrift implements DriftRule {
  static final RuleInfo UNDOCUMENTED = new RuleInfo("drift.column.undocumented", Severity.ERROR,
      "a column in the migrations is not declared by its table",
      "The table declares its columns, and the migrations, applied in order, leave one more: the truth no longer"
          + " describes the table, and an import or a blueprint built from it would miss the column.",
      "declare the column under the table's columns, or drop it in a migration");
  static final RuleInfo MISSING = new RuleInfo("drift.column.missing", Severity.ERROR,
      "a declared column is created by no migration",
      "The table declares a column that the migrations never add (or later drop or rename).",
      "write the migration that adds the column, or remove it from the table's columns");
  static final RuleInfo TYPE = new RuleInfo("drift.column.type", Severity.ERROR,
      "a column's type differs from its declared type",
      "The type the migrations give a column is not one of the SQL spellings of its declared portable type, or is"
          + " outside the portable vocabulary altogether.",
      "declare the portable type the migration's type maps to, or change the type in a migration");
  static final RuleInfo NULLABLE = new RuleInfo("drift.column.nullable", Severity.ERROR,
      "a column's nullability differs from its declaration",
      "The column accepts NULL in one place and not in the other; a primary key column counts as NOT NULL. An"
          + " import relies on the declaration to know which columns it must fill.",
      "set the column's 'nullable' to what the migration says, or SET / DROP NOT NULL in a migration");
  static final RuleInfo REFERENCE = new RuleInfo("drift.column.reference", Severity.WARNING,
      "a column's foreign key differs from its declared reference",
      "The column references another table.column in the migrations than the truth declares, or only one of"
          + " them has the foreign key. A warning by default: foreign keys written in ways no scan reads"
          + " (a dropped constraint by name, a helper) would otherwise fail a build.",
      "declare the 'references' the migration's foreign key names, or change the foreign key in a migration");

  @Override
  public List<RuleInfo> reports() {
    return List.of(UNDOCUMENTED, MISSING, TYPE, NULLABLE, REFERENCE);
  }

  @Override
  public Set<ManifestKind> compares() {
    return EnumSet.of(ManifestKind.DOMAINS);
  }

  @Override
  public List<Finding> check(Truth truth, EvidenceSet evidence) {
    Map<String, ColumnSet.Table> current = new LinkedHashMap<>();
    for (EvidenceCollector.Collected source : evidence.sources()) {
      List<Evidence.MigrationStep> steps = source.evidence().stream()
          .filter(Evidence.MigrationStep.class::isInstance).map(Evidence.MigrationStep.class::cast).toList();
      ColumnSet.apply(MigrationOrder.sort(steps)).tables().forEach(t -> current.putIfAbsent(t.name(), t));
    }
    List<Finding> findings = new ArrayList<>();
    for (Domain domain : truth.domains()) {
      for (Domain.Table table : domain.tables()) {
        ColumnSet.Table found = current.get(table.name());
        if (!table.columns().isEmpty() && found != null) {
          compare(table, found, findings);
        }
      }
    }
    return findings;
  }

  private static void compare(Domain.Table table, ColumnSet.Table found, List<Finding> findings) {
    for (ColumnDef column : found.columns()) {
      Optional<Domain.Column> declared = table.column(column.name());
      if (declared.isEmpty()) {
        findings.add(Finding.error(UNDOCUMENTED.id(), column.at(), "column '" + table.name() + "." + column.name()
            + "' (" + column.type() + ") exists in the migrations but table '" + table.name() + "' (declared at "
            + table.at() + ") does not declare it",
            "declare it under the table's columns: - name: " + column.name() + ", type: "
                + ColumnType.ofSql(column.type()).or(() -> ColumnType.ofSqlArray(column.type())).map(ColumnType::id).orElse("<a portable type>")
                + (ColumnType.ofSqlArray(column.type()).isPresent() ? ", array: true" : "")
                + (column.notNull() || column.primaryKey() ? ", nullable: false" : "")
                + "; or drop it in a migration"));
      } else {
        compare(table, declared.get(), column, findings);
      }
    }
    if (!found.columnsKnown()) {
      return;
    }
    for (Domain.Column declared : table.columns()) {
      if (found.column(declared.name()).isEmpty()) {
        findings.add(Finding.error(MISSING.id(), declared.at(), "column '" + table.name() + "." + declared.name()
            + "' is declared but no migration leaves it in table '" + table.name() + "'",
            "add it in a migration (ALTER TABLE " + table.name() + " ADD COLUMN " + declared.name() + " "
                + declared.postgresType() + "), or remove it from the table's columns"));
      }
    }
  }

  private static void compare(Domain.Table table, Domain.Column declared, ColumnDef column, List<Finding> findings) {
    String name = "'" + table.name() + "." + column.name() + "'";
    boolean array = ColumnType.ofSqlArray(column.type()).isPresent();
    Optional<ColumnType> type = array ? ColumnType.ofSqlArray(column.type()) : ColumnType.ofSql(column.type());
    String portable = type.map(t -> t.id() + (array ? "[]" : "")).orElse("");
    if (type.isEmpty()) {
      findings.add(Finding.error(TYPE.id(), column.at(), "column " + name + " is written '" + column.type()
          + "', outside the portable types; the truth declares " + declared.typeName() + " at " + declared.typeAt(),
          "use a type of the vocabulary (" + String.join(", ", ColumnType.ids()) + ", or an array of one) in the"
              + " migration"));
    } else if (type.get() != declared.type() || array != declared.array()) {
      findings.add(Finding.error(TYPE.id(), column.at(), "column " + name + " is " + portable + " ('"
          + column.type() + "') in the migrations but declared " + declared.typeName() + " at " + declared.typeAt(),
          "declare 'type: " + type.get().id() + "'" + (array ? " with 'array: true'" : "") + ", or change the column"
              + " to " + declared.postgresType() + " in a migration"));
    }
    boolean notNull = column.notNull() || column.primaryKey();
    if (notNull == declared.nullable()) {
      findings.add(Finding.error(NULLABLE.id(), column.at(), "column " + name + " is " + nullability(notNull)
          + " in the migrations but declared " + nullability(!declared.nullable()) + " at " + declared.at(),
          notNull ? "declare 'nullable: false', or DROP NOT NULL in a migration"
              : "declare 'nullable: true' (or leave it out), or SET NOT NULL in a migration"));
    }
    Optional<String> written = column.references().map(Evidence.ForeignKey::toString);
    Optional<String> expected = declared.references().map(r -> r.id());
    boolean same = written.isPresent() == expected.isPresent() && (written.isEmpty()
        || written.get().equals(expected.get())
        || column.references().get().column().isEmpty()
            && expected.get().startsWith(column.references().get().table() + "."));
    if (!same) {
      findings.add(Finding.warning(REFERENCE.id(), column.at(), "column " + name + " references "
          + written.orElse("nothing") + " in the migrations but declares " + expected.orElse("no reference") + " at "
          + declared.at(),
          written.map(w -> "declare 'references: " + w + "', or change the foreign key in a migration")
              .orElse("add the foreign key in a migration, or remove 'references' from the column")));
    }
  }

  private static String nullability(boolean notNull) {
    return notNull ? "NOT NULL" : "nullable";
  }
}
