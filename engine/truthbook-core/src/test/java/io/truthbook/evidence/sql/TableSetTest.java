package io.truthbook.evidence.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.evidence.Evidence.TableOp;
import io.truthbook.evidence.SourceFile;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TableSetTest {
  private final SqlMigrationExtractor sql = new SqlMigrationExtractor();

  private TableSet apply(String... pathsAndTexts) {
    List<TableOp> ops = new ArrayList<>();
    for (int i = 0; i < pathsAndTexts.length; i += 2) {
      ops.addAll(TableOpText.tableOps(sql.extract(SourceFile.of(pathsAndTexts[i], pathsAndTexts[i + 1]))));
    }
    return TableSet.apply(MigrationOrder.sort(ops));
  }

  /** {@code schema.name <- op}, the op as {@link TableOpText} writes it, with its file. */
  private static List<String> describe(List<TableSet.Table> tables) {
    return tables.stream()
        .map(t -> t.qualifiedName() + " <- " + TableOpText.of(t.origin()) + " " + t.origin().at().file())
        .collect(Collectors.toList());
  }

  private static List<String> anomalies(TableSet set) {
    return set.anomalies().stream().map(a -> a.at().file() + ":" + a.at().line() + " " + a.message())
        .collect(Collectors.toList());
  }

  @Test
  void appliesCreatesRenamesAndDropsAcrossMigrations() {
    TableSet set = apply(
        "db/V2__rename.sql", "ALTER TABLE accounts RENAME TO crm_account;\nDROP TABLE tmp_import;",
        "db/V1__init.sql", """
            CREATE TABLE accounts (id int);
            CREATE TABLE crm.crm_contact (id int);
            CREATE TABLE tmp_import (id int);
            """,
        "db/V10__more.sql", "CREATE TABLE IF NOT EXISTS crm_contact (id int);\nCREATE TABLE crm_deal (id int);");

    assertThat(describe(set.tables())).containsExactly(
        "crm_account <- RENAME accounts -> crm_account @1:1 db/V2__rename.sql",
        "crm_deal <- CREATE crm_deal @2:1 db/V10__more.sql",
        "crm.crm_contact <- CREATE crm.crm_contact @2:1 db/V1__init.sql");
    assertThat(set.anomalies()).isEmpty();
  }

  @Test
  void matchesNamesWithAndWithoutSchema() {
    TableSet set = apply(
        "db/V1__init.sql", "CREATE TABLE public.crm_account (id int); CREATE TABLE crm_note (id int);",
        "db/V2__rename.sql", "ALTER TABLE crm_account RENAME TO crm_accounts; DROP TABLE public.crm_note;");

    assertThat(describe(set.tables())).containsExactly(
        "public.crm_accounts <- RENAME crm_account -> crm_accounts @1:1 db/V2__rename.sql");
    assertThat(set.anomalies()).isEmpty();
  }

  @Test
  void prefersTheTableOfTheSameSchema() {
    TableSet set = apply("db/V1__init.sql", """
        CREATE TABLE a.t (id int);
        CREATE TABLE b.t (id int);
        DROP TABLE b.t;
        """);

    assertThat(set.tables()).extracting(TableSet.Table::qualifiedName).containsExactly("a.t");
  }

  @Test
  void tracksViewsApartAndReplacesThem() {
    TableSet set = apply("db/V1__init.sql", """
        CREATE TABLE t (id int);
        CREATE VIEW v AS SELECT 1;
        CREATE OR REPLACE VIEW v AS SELECT 2;
        CREATE VIEW gone AS SELECT 1;
        DROP VIEW gone;
        ALTER TABLE v RENAME TO v2;
        """);

    assertThat(describe(set.tables())).containsExactly("t <- CREATE t @1:1 db/V1__init.sql");
    assertThat(describe(set.views())).containsExactly("v2 <- RENAME v -> v2 @6:1 db/V1__init.sql");
  }

  @Test
  void reportsOperationsOnTablesThatDoNotExist() {
    TableSet set = apply("db/V1__init.sql", """
        CREATE TABLE a (id int);
        CREATE TABLE b (id int);
        ALTER TABLE missing RENAME TO found;
        DROP TABLE nothing;
        ALTER TABLE a RENAME TO b;
        DROP VIEW a;
        """);

    assertThat(describe(set.tables())).containsExactly("b <- RENAME a -> b @5:1 db/V1__init.sql");
    assertThat(anomalies(set)).containsExactly(
        "db/V1__init.sql:3 renames table 'missing', which does not exist at this point",
        "db/V1__init.sql:4 drops table 'nothing', which does not exist at this point"
            + " (dropped IF EXISTS, or created where no scan looked?)",
        "db/V1__init.sql:5 renames 'a' to 'b', which already exists",
        "db/V1__init.sql:6 drops view 'a', which does not exist at this point"
            + " (dropped IF EXISTS, or created where no scan looked?)");
  }

  @Test
  void keepsTheFirstCreateOfATableThatExists() {
    TableSet set = apply(
        "db/V1__init.sql", "CREATE TABLE a (id int);",
        "db/V2__again.sql", "CREATE TABLE IF NOT EXISTS a (id int);");

    assertThat(describe(set.tables())).containsExactly("a <- CREATE a @1:1 db/V1__init.sql");
  }

  @Test
  void buildsTheSameTablesFromAlembic() {
    AlembicExtractor alembic = new AlembicExtractor();
    List<TableOp> ops = new ArrayList<>();
    ops.addAll(TableOpText.tableOps(alembic.extract(SourceFile.of("alembic/versions/b.py",
        "revision = 'b'\ndown_revision = 'a'\ndef upgrade():\n    op.rename_table('t', 'crm_t')\n"))));
    ops.addAll(TableOpText.tableOps(alembic.extract(SourceFile.of("alembic/versions/a.py",
        "revision = 'a'\ndown_revision = None\ndef upgrade():\n    op.create_table('t', schema='crm')\n"))));

    TableSet set = TableSet.apply(MigrationOrder.sort(ops));

    assertThat(describe(set.tables())).containsExactly("crm.crm_t <- RENAME t -> crm_t @4:5 alembic/versions/b.py");
  }
}
