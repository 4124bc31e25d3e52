package io.truthbook.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.Truthbook;
import io.truthbook.load.LoadLimits;
import io.truthbook.model.CheckResult;
import io.truthbook.model.Finding;
import io.truthbook.model.ImportMapping;
import io.truthbook.model.Truth;
import io.truthbook.render.book.BookFixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The row check consumes an iterator in lock step: it judges each row before asking for the next, so
 * it can never have read the file ahead, and it keeps counts, not rows. Asserted by design (the source
 * refuses to run ahead of the judged rows), not by timing.
 */
class RowCheckStreamingTest {
  private static final Truth TRUTH = new Truthbook(BookFixtures.repositoryRoot(), LoadLimits.DEFAULTS).truth();
  private static final List<String> HEADER = List.of("Record ID", "First Name", "Last Name", "Email",
      "Phone Number", "Mobile Phone Number", "Company Name", "Job Title", "Lifecycle Stage", "Contact owner", "City",
      "Country/Region", "Create Date", "Last Activity Date");

  @Test
  void everyRowIsJudgedBeforeTheNextIsRead() {
    ImportMapping mapping = TRUTH.importMappings().stream().filter(m -> m.id().equals("hubspot-contacts-v1"))
        .findFirst().orElseThrow();
    List<Finding> findings = new ArrayList<>();
    RowCheck check = new RowCheck("big.csv", HEADER, mapping, '.', target -> {
      String[] parts = ImportMapping.split(target);
      return TRUTH.tables().stream().filter(t -> t.name().equals(parts[0])).findFirst().flatMap(t -> t.column(parts[1]));
    });
    int total = 20_000;
    // every row has a bad date, so each judged row leaves exactly one finding behind
    Iterator<SourceRow> source = new Iterator<>() {
      private int produced;

      @Override
      public boolean hasNext() {
        return produced < total;
      }

      @Override
      public SourceRow next() {
        assertThat(findings).as("rows judged before row %d is read", produced + 2).hasSize(produced);
        produced++;
        return new SourceRow(produced + 1, List.of(String.valueOf(produced), "Ann", "Lee", "a@example.com", "", "",
            "", "", "Lead", "", "", "", "not a date", ""));
      }
    };

    RowCheck.Counts counts = check.check(source, findings::add);

    assertThat(counts.bad()).isEqualTo(total);
    assertThat(findings).hasSize(total);
    assertThat(findings.get(total - 1).location().line()).isEqualTo(total + 1);
  }

  @Test
  void aMisspeltTargetColumnSuggestsTheDeclaredOne(@TempDir Path temp) throws Exception {
    Path root = temp.resolve("truth");
    io.truthbook.fixtures.FixtureTree.copy(BookFixtures.repositoryRoot().resolve("manifests"), root.resolve("manifests"));
    Path imports = root.resolve("manifests/imports.yaml");
    Files.writeString(imports, Files.readString(imports).replaceFirst("to: crm_contact.email,", "to: crm_contact.emial,"));
    Files.delete(root.resolve("manifests/sources.yaml"));
    Files.delete(root.resolve("manifests/book.yaml"));

    CheckResult result = new Truthbook(root, LoadLimits.DEFAULTS).check();

    assertThat(result.findings()).filteredOn(f -> f.ruleId().startsWith("import."))
        .extracting(Finding::ruleId, Finding::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("import.target",
            "table crm_contact has no column 'emial' (did you mean 'crm_contact.email'?)"),
            // the mapping requires the email, which no row writes now
            org.assertj.core.groups.Tuple.tuple("import.required",
                "mapping 'hubspot-contacts-v1' requires crm_contact.email but no row writes it"));
    assertThat(Optional.of(result.findings().stream().filter(f -> f.ruleId().equals("import.target")).findFirst()
        .orElseThrow().location().file())).contains("manifests/imports.yaml");
  }
}
