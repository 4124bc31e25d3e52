package io.truthbook.evidence.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.evidence.Evidence.MigrationStep;
import io.truthbook.evidence.Extractor;
import io.truthbook.evidence.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rich fixture's sample migrations (a product's twelve Flyway files) read without a problem and
 * applied without an anomaly, and the columns they leave, as a manifest should declare them.
 */
class RichFixtureColumnsTest {
  private static final Path MIGRATIONS = Path.of(System.getProperty("truthbook.root", "src/test/velocity"))
      .resolve("examples/velocity-app/db/migrations");

  @Test
  void readsEveryStatementAndAppliesEveryColumnOperation() throws IOException {
    SqlMigrationExtractor sql = new SqlMigrationExtractor();
    List<MigrationStep> steps = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    try (Stream<Path> files = Files.list(MIGRATIONS)) {
      for (Path file : files.sorted().toList()) {
        Extractor.Result result = sql.extract(SourceFile.of("db/migrations/" + file.getFileName(),
            Files.readString(file, StandardCharsets.UTF_8)));
        result.problems().forEach(p -> problems.add(file.getFileName() + " " + TableOpText.of(p)));
        steps.addAll(ColumnText.steps(result.evidence()));
      }
    }
    ColumnSet set = ColumnSet.apply(MigrationOrder.sort(steps));

    assertThat(problems).isEmpty();
    assertThat(set.anomalies()).isEmpty();
    assertThat(columns(set, "crm_contact")).containsExactly(
        "id uuid default gen_random_uuid() pk @13:5",
        "legacy_id bigint unique @14:5",
        "organization_id uuid not null -> core_organization.id @15:5",
        "lifecycle_stage text not null default 'client' @16:5",
        "given_name text @18:5",
        "family_name text @19:5",
        "email citext @20:5",
        "phone text @21:5",
        "owner_id uuid -> core_user.id @22:5",
        "archived_at timestamptz @23:5",
        "created_at timestamptz not null default now() @24:5",
        "updated_at timestamptz not null default now() @25:5");
    assertThat(columns(set, "workflow_comfy_workflow")).as("renamed by V12, with a column").containsExactly(
        "id uuid default gen_random_uuid() pk @38:5",
        "name text not null @39:5",
        "version int not null @40:5",
        "graph_json jsonb not null @14:51",
        "created_by uuid -> core_user.id @42:5",
        "created_at timestamptz not null default now() @43:5");
    assertThat(columns(set, "crm_opportunity")).contains(
        "stage_id uuid not null -> crm_opportunity_stage.id @73:5");
    assertThat(columns(set, "deals")).as("V3 renames pipeline_stages; the foreign key follows")
        .contains("stage_id int -> deal_stages.id @42:44");
  }

  private static List<String> columns(ColumnSet set, String table) {
    return set.table(table).orElseThrow().columns().stream().map(ColumnText::of).toList();
  }
}
