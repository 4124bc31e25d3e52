package io.truthbook.reconcile;

import io.truthbook.evidence.Evidence;
import io.truthbook.evidence.EvidenceCollector;
import io.truthbook.evidence.sql.MigrationOrder;
import io.truthbook.evidence.sql.TableSet;
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
import java.util.Set;

/**
 * Tables and views in migrations against those in the manifests, both ways (risk: under-planned
 * migration). Views are judged here because they come out of the same replay of the migrations.
 */
final class TableDrift implements DriftRule {
  static final RuleInfo UNMAPPED = new RuleInfo("drift.table.unmapped", Severity.ERROR,
      "a table in the repository is mapped by no domain",
      "Migrations, applied in version order, create a table that is neither a canonical table of a domain nor"
          + " a legacy table mapped to one: an under-planned migration (seed risk).",
      "add the table to its domain's tables, or map it as legacy to its canonical target");
  static final RuleInfo MISSING = new RuleInfo("drift.table.missing", Severity.ERROR,
      "a canonical table is created by no migration",
      "The manifests declare a canonical table that the repository's migrations never create (or later drop).",
      "write the migration that creates it, or remove the table from the manifest");
  static final RuleInfo RETIRED = new RuleInfo("drift.table.retired", Severity.ERROR,
      "a legacy table marked retired still exists",
      "A legacy mapping in state 'retired' says the table is gone, but the migrations still leave it in place.",
      "drop or rename the table in a migration, or change the mapping's state");
  static final RuleInfo GONE = new RuleInfo("drift.table.legacy-gone", Severity.WARNING,
      "a legacy table the plan still migrates no longer exists",
      "A legacy mapping that is not yet cut over or retired names a table the migrations no longer create.",
      "set the mapping's state to 'cut-over' or 'retired', or restore the table");

  static final RuleInfo VIEW_UNDOCUMENTED = new RuleInfo("drift.view.undocumented", Severity.ERROR,
      "a view in the repository is listed by no domain",
      "Migrations, applied in version order, leave a view (plain or materialized) that no domain lists under"
          + " 'views': schema that readers depend on, documented nowhere.",
      "add the view to its domain's views, or drop it in a migration");
  static final RuleInfo VIEW_MISSING = new RuleInfo("drift.view.missing", Severity.ERROR,
      "a documented view is created by no migration",
      "A domain lists a view that the repository's migrations never create (or later drop).",
      "write the migration that creates it, or remove the view from the manifest");

  @Override
  public List<RuleInfo> reports() {
    return List.of(UNMAPPED, MISSING, RETIRED, GONE, VIEW_UNDOCUMENTED, VIEW_MISSING);
  }

  @Override
  public Set<ManifestKind> compares() {
    return EnumSet.of(ManifestKind.DOMAINS);
  }

  @Override
  public List<Finding> check(Truth truth, EvidenceSet evidence) {
    Map<String, TableSet.Table> current = new LinkedHashMap<>();
    Map<String, TableSet.Table> views = new LinkedHashMap<>();
    boolean anyMigration = false;
    for (EvidenceCollector.Collected source : evidence.sources()) {
      List<Evidence.TableOp> ops = source.evidence().stream()
          .filter(Evidence.TableOp.class::isInstance).map(Evidence.TableOp.class::cast).toList();
      anyMigration |= !ops.isEmpty();
      TableSet applied = TableSet.apply(MigrationOrder.sort(ops));
      applied.tables().forEach(t -> current.putIfAbsent(t.name(), t));
      applied.views().forEach(v -> views.putIfAbsent(v.name(), v));
    }
    if (!anyMigration) {
      return List.of();
    }
    Set<String> canonical = new java.util.HashSet<>();
    truth.tables().forEach(t -> canonical.add(t.name()));
    Map<String, Domain.LegacyMapping> legacy = new LinkedHashMap<>();
    truth.domains().forEach(d -> d.legacy().forEach(l -> legacy.putIfAbsent(l.table(), l)));
    List<Finding> findings = new ArrayList<>();
    for (TableSet.Table table : current.values()) {
      Domain.LegacyMapping mapping = legacy.get(table.name());
      if (canonical.contains(table.name())) {
        continue;
      }
      if (mapping == null) {
        findings.add(Finding.error(UNMAPPED.id(), table.origin().at(),
            "table '" + table.name() + "' is created here but no domain maps it",
            "add '" + table.name() + "' to its domain's tables (with the domain's prefix), or map it under a"
                + " domain's 'legacy' to its canonical target"));
      } else if (mapping.state().equals("retired")) {
        findings.add(Finding.error(RETIRED.id(), mapping.at(),
            "legacy table '" + table.name() + "' is marked retired but still exists (created at "
                + table.origin().at() + ")", RETIRED.fix()));
      }
    }
    for (Domain domain : truth.domains()) {
      for (Domain.Table table : domain.tables()) {
        if (!current.containsKey(table.name())) {
          findings.add(Finding.error(MISSING.id(), table.at(),
              "canonical table '" + table.name() + "' of domain '" + domain.id() + "' is created by no migration",
              MISSING.fix()));
        }
      }
      for (Domain.LegacyMapping mapping : domain.legacy()) {
        boolean settled = mapping.state().equals("retired") || mapping.state().equals("cut-over");
        if (!settled && !current.containsKey(mapping.table())) {
          findings.add(Finding.warning(GONE.id(), mapping.at(),
              "legacy table '" + mapping.table() + "' (state " + mapping.state() + ") no longer exists in the repository",
              GONE.fix()));
        }
      }
    }
    findings.addAll(views(truth, views));
    return findings;
  }

  private static List<Finding> views(Truth truth, Map<String, TableSet.Table> views) {
    List<Finding> findings = new ArrayList<>();
    Set<String> documented = new java.util.HashSet<>();
    truth.domains().forEach(d -> d.views().forEach(v -> documented.add(v.name())));
    for (TableSet.Table view : views.values()) {
      if (!documented.contains(view.name())) {
        findings.add(Finding.error(VIEW_UNDOCUMENTED.id(), view.origin().at(),
            "view '" + view.name() + "' is created here but no domain lists it",
            "add '- name: " + view.name() + "' with a description under its domain's 'views'"
                + " (materialized: true for a materialized view), or drop the view in a migration"));
      }
    }
    for (Domain domain : truth.domains()) {
      for (Domain.View view : domain.views()) {
        if (!views.containsKey(view.name())) {
          findings.add(Finding.error(VIEW_MISSING.id(), view.at(),
              (view.materialized() ? "materialized view '" : "view '") + view.name() + "' of domain '" + domain.id()
                  + "' is created by no migration", VIEW_MISSING.fix()));
        }
      }
    }
    return findings;
  }
}
