package io.truthbook.rules;

import io.truthbook.model.RuleInfo;
import io.truthbook.model.Domain;
import io.truthbook.model.Finding;
import io.truthbook.model.Severity;
import java.util.ArrayList;
import java.util.List;

/** A canonical table carries its domain's prefix; a legacy table is not also canonical. */
final class TableRule implements Rule {
  static final RuleInfo PREFIX = new RuleInfo("table.prefix", Severity.ERROR,
      "a table does not carry its domain's prefix",
      "Canonical tables are named <prefix><name> (sales_customer, catalog_item) so that a table's domain"
          + " is visible in every query and migration. A domain without a prefix holds the tables of an existing"
          + " schema (user, item) as they are named; this rule does not apply to it.",
      "rename the table to start with its domain's prefix, or move it to the domain whose prefix it has");
  static final RuleInfo LEGACY = new RuleInfo("table.legacy-canonical", Severity.ERROR,
      "a legacy table is also declared canonical",
      "A current (legacy) table migrates to a canonical one; listing it as both hides an unplanned"
          + " migration (risk: under-planned migration).",
      "remove the legacy mapping, or rename the canonical table");

  @Override
  public List<RuleInfo> reports() {
    return List.of(PREFIX, LEGACY);
  }

  @Override
  public List<Finding> check(TruthIndex index) {
    List<Finding> findings = new ArrayList<>();
    for (Domain domain : index.truth().domains()) {
      domain.prefix().ifPresent(prefix -> {
        for (Domain.Table table : domain.tables()) {
          if (!table.name().startsWith(prefix)) {
            findings.add(Finding.error(PREFIX.id(), table.at(),
                "table '" + table.name() + "' of domain '" + domain.id() + "' does not start with '" + prefix + "'",
                "rename it to '" + prefix + table.name().replaceFirst("^[a-z]+_", "")
                    + "', or move it to the domain whose prefix it carries"));
          }
        }
      });
      for (Domain.LegacyMapping legacy : domain.legacy()) {
        if (index.domainOfTable(legacy.table()).isPresent()) {
          findings.add(Finding.error(LEGACY.id(), legacy.at(),
              "legacy table '" + legacy.table() + "' is also a canonical table", LEGACY.fix()));
        }
      }
    }
    return findings;
  }
}
