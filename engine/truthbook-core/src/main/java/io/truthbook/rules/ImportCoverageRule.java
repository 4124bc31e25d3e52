package io.truthbook.rules;

import io.truthbook.model.Domain;
import io.truthbook.model.EntityKind;
import io.truthbook.model.Finding;
import io.truthbook.model.ImportMapping;
import io.truthbook.model.ImportPolicy;
import io.truthbook.model.Location;
import io.truthbook.model.RuleInfo;
import io.truthbook.model.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an import mapping writes is complete and unambiguous: every required column of a table it writes
 * is covered, no column is written twice without a precedence, and no personal data keys duplicates in
 * clear text.
 */
final class ImportCoverageRule implements Rule {
  static final RuleInfo REQUIRED = new RuleInfo("import.required", Severity.ERROR,
      "a mapping writes a table but leaves one of its required columns uncovered",
      "A column that is NOT NULL without a default must get a value in every row, or each row fails at"
          + " commit. The columns a mapping lists under 'require' must be covered as well.",
      "map a source column to it, give it a constant, or list it under 'fromBatch' when the import batch"
          + " supplies it (the organisation, the uploading user)");
  static final RuleInfo PRECEDENCE = new RuleInfo("import.precedence", Severity.ERROR,
      "one column is written by several rows or sources without a precedence",
      "When two rows of a mapping, or the mappings of two profiles, write one column, which value wins must be"
          + " declared, or the result depends on the order files happen to be loaded in.",
      "give each row writing the column a distinct 'precedence', or add a 'precedence' entry ordering the"
          + " profiles for that column");
  static final RuleInfo PERSONAL_KEY = new RuleInfo("import.personal-key", Severity.ERROR,
      "a personal-data column is a duplicate key in clear text",
      "Duplicate keys are stored and compared across batches; a personal-data column (name, email, phone) kept"
          + " there in clear text spreads personal data beyond the record it belongs to.",
      "add 'hash: sha256-normalised' to the key column");

  @Override
  public List<RuleInfo> reports() {
    return List.of(REQUIRED, PRECEDENCE, PERSONAL_KEY);
  }

  @Override
  public List<Finding> check(TruthIndex index) {
    List<Finding> findings = new ArrayList<>();
    ImportTargetRule.ImportColumns columns = new ImportTargetRule.ImportColumns(index);
    Map<String, Map<String, Location>> writers = new LinkedHashMap<>();
    for (ImportMapping mapping : index.truth().importMappings()) {
      required(mapping, columns, findings);
      rows(mapping, findings);
      // a mapping of an unknown profile is reported as ref.unknown; it is no source to order
      for (ImportMapping.Row row : index.exists(EntityKind.PROFILE, mapping.profile().id()) ? mapping.rows()
          : List.<ImportMapping.Row>of()) {
        writers.computeIfAbsent(row.to().id(), c -> new LinkedHashMap<>())
            .putIfAbsent(mapping.profile().id(), row.to().at());
      }
      for (ImportMapping.KeyColumn key : mapping.duplicateKey()) {
        columns.column(key.column().id()).filter(c -> c.personal() && !key.hashed()).ifPresent(c ->
            findings.add(Finding.error(PERSONAL_KEY.id(), key.column().at(), key.column().id()
                + " holds personal data and is a duplicate key of mapping '" + mapping.id() + "' in clear text",
                PERSONAL_KEY.fix())));
      }
    }
    writers.forEach((column, profiles) -> sources(column, profiles, index.truth().importPrecedence(), findings));
    return findings;
  }

  private static void required(ImportMapping mapping, ImportTargetRule.ImportColumns columns, List<Finding> findings) {
    Set<String> covered = new LinkedHashSet<>();
    Set<String> tables = new LinkedHashSet<>();
    mapping.rows().forEach(r -> {
      covered.add(r.to().id());
      tables.add(ImportMapping.split(r.to().id())[0]);
    });
    mapping.fromBatch().forEach(c -> covered.add(c.id()));
    for (String name : tables) {
      Optional<Domain.Table> table = columns.table(name);
      if (table.isEmpty()) {
        continue;
      }
      for (Domain.Column column : table.get().columns()) {
        String target = name + "." + column.name();
        if (column.required() && !covered.contains(target)) {
          findings.add(Finding.error(REQUIRED.id(), mapping.at(), "mapping '" + mapping.id() + "' writes " + name
              + " but not " + target + ", which is NOT NULL without a default", REQUIRED.fix()));
        }
      }
    }
    mapping.require().stream().filter(r -> !covered.contains(r.id())).forEach(r -> findings.add(Finding.error(
        REQUIRED.id(), r.at(), "mapping '" + mapping.id() + "' requires " + r.id() + " but no row writes it",
        REQUIRED.fix())));
  }

  /** Several rows of one mapping writing one column need distinct precedences. */
  private static void rows(ImportMapping mapping, List<Finding> findings) {
    Map<String, List<ImportMapping.Row>> byTarget = new LinkedHashMap<>();
    mapping.rows().forEach(r -> byTarget.computeIfAbsent(r.to().id(), t -> new ArrayList<>()).add(r));
    byTarget.forEach((target, rows) -> {
      if (rows.size() < 2) {
        return;
      }
      Set<Integer> seen = new LinkedHashSet<>();
      for (ImportMapping.Row row : rows) {
        if (row.precedence().isEmpty() || !seen.add(row.precedence().get())) {
          findings.add(Finding.error(PRECEDENCE.id(), row.to().at(), rows.size() + " rows of mapping '"
              + mapping.id() + "' write " + target + (row.precedence().isEmpty() ? " and this one has no precedence"
              : " and this one repeats precedence " + row.precedence().get()), PRECEDENCE.fix()));
        }
      }
    });
  }

  /** A column the mappings of several profiles write needs a precedence ordering all of them. */
  private static void sources(String column, Map<String, Location> profiles, List<ImportPolicy.Precedence> orders,
      List<Finding> findings) {
    if (profiles.size() < 2) {
      return;
    }
    boolean ordered = orders.stream().anyMatch(p -> p.decides(column)
        && p.order().stream().map(r -> r.id()).toList().containsAll(profiles.keySet()));
    if (!ordered) {
      Location second = profiles.values().stream().skip(1).findFirst().orElseThrow();
      findings.add(Finding.error(PRECEDENCE.id(), second, column + " is written by the mappings of "
          + profiles.size() + " profiles (" + String.join(", ", profiles.keySet())
          + ") and no precedence orders them all", PRECEDENCE.fix()));
    }
  }

}
