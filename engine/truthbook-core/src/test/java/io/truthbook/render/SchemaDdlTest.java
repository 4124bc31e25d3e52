package io.truthbook.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.Truthbook;
import io.truthbook.load.LoadLimits;
import io.truthbook.model.ColumnType;
import io.truthbook.model.Domain;
import io.truthbook.model.Location;
import io.truthbook.model.Ref;
import io.truthbook.model.Truth;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SchemaDdlTest {
  private static final Path ROOT = Path.of(System.getProperty("truthbook.root", "src/test/velocity"));
  private static final Location AT = Location.of("manifests/domains.yaml", 1, 1);

  @Test
  void everyTableIsCreatedAfterTheTablesItReferences() {
    Truth truth = new Truthbook(ROOT, LoadLimits.DEFAULTS).truth();
    String ddl = SchemaDdl.of(truth);
    for (Domain.Table table : truth.tables()) {
      if (table.columns().isEmpty()) {
        continue;
      }
      int created = ddl.indexOf("CREATE TABLE \"" + table.name() + "\" (");
      assertThat(created).as("CREATE TABLE of %s", table.name()).isNotNegative();
      for (Domain.Column column : table.columns()) {
        column.references().map(r -> r.id().split("\\.")[0]).filter(t -> !t.equals(table.name()))
            .ifPresent(target -> assertThat(ddl.indexOf("CREATE TABLE \"" + target + "\" ("))
                .as("%s before %s", target, table.name()).isLessThan(created));
      }
    }
    assertThat(ddl).contains("FOREIGN KEY (\"organization_id\") REFERENCES \"core_organization\" (\"id\")");
  }

  @Test
  void aReferenceCycleIsClosedAfterBothTablesExist() {
    Domain.Table a = table("a_one", column("b_id", Optional.of("b_two.id")));
    Domain.Table b = table("b_two", column("a_id", Optional.of("a_one.id")));
    String ddl = SchemaDdl.of(List.of(a, b));
    assertThat(ddl).contains("CREATE TABLE \"a_one\"", "CREATE TABLE \"b_two\"");
    int alter = ddl.indexOf("ALTER TABLE");
    assertThat(alter).isGreaterThan(ddl.lastIndexOf("CREATE TABLE"));
    assertThat(ddl.substring(alter)).contains("FOREIGN KEY");
  }

  @Test
  void columnsReferencingACompositeKeyTogetherAreOneForeignKey() {
    Domain.Column version = new Domain.Column("version", AT, ColumnType.INTEGER, AT, false, Optional.empty(), true,
        false, Optional.empty(), Optional.empty(), false);
    Domain.Table versions = table("t_version", version);
    Domain.Table run = table("t_run", column("version_id", Optional.of("t_version.id")),
        new Domain.Column("version_no", AT, ColumnType.INTEGER, AT, false, Optional.empty(), false, false,
            Optional.of(new Ref("t_version.version", AT)), Optional.empty(), false));
    assertThat(SchemaDdl.of(List.of(run, versions)))
        .contains("FOREIGN KEY (\"version_id\", \"version_no\") REFERENCES \"t_version\" (\"id\", \"version\")")
        .doesNotContain("FOREIGN KEY (\"version_no\")");
  }

  @Test
  void typesKeysAndDefaultsAreWrittenForPostgres() {
    Domain.Table t = table("t_one", new Domain.Column("tags", AT, ColumnType.TEXT, AT, false, Optional.of("'{}'"),
        false, false, Optional.empty(), Optional.empty(), false, true));
    assertThat(SchemaDdl.of(List.of(t))).isEqualTo("""
        CREATE TABLE "t_one" (
          "id" uuid NOT NULL,
          "tags" text[] NOT NULL DEFAULT '{}',
          PRIMARY KEY ("id")
        );

        """);
  }

  private static Domain.Table table(String name, Domain.Column... more) {
    List<Domain.Column> columns = new java.util.ArrayList<>();
    columns.add(new Domain.Column("id", AT, ColumnType.UUID, AT, false, Optional.empty(), true, false,
        Optional.empty(), Optional.empty(), false));
    columns.addAll(List.of(more));
    return new Domain.Table(name, AT, "A table.", columns);
  }

  private static Domain.Column column(String name, Optional<String> references) {
    return new Domain.Column(name, AT, ColumnType.UUID, AT, true, Optional.empty(), false, false,
        references.map(r -> new Ref(r, AT)), Optional.empty(), false);
  }
}
