package io.truthbook.evidence.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.evidence.Evidence.MigrationStep;
import io.truthbook.evidence.SourceFile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnSetTest {
  private final SqlMigrationExtractor sql = new SqlMigrationExtractor();

  private ColumnSet apply(String... pathsAndTexts) {
    List<MigrationStep> steps = new ArrayList<>();
    for (int i = 0; i < pathsAndTexts.length; i += 2) {
      steps.addAll(ColumnText.steps(sql.extract(SourceFile.of(pathsAndTexts[i], pathsAndTexts[i + 1])).evidence()));
    }
    return ColumnSet.apply(MigrationOrder.sort(steps));
  }

  private static List<String> anomalies(ColumnSet set) {
    return set.anomalies().stream().map(a -> a.at().file() + ":" + a.at().line() + " " + a.message()).toList();
  }

  @Test
  void addsThenRenamesThenDropsInMigrationOrder() {
    ColumnSet set = apply(
        "db/V3__drop.sql", "ALTER TABLE t DROP COLUMN nick;",
        "db/V1__init.sql", "CREATE TABLE t (id int PRIMARY KEY, name text);",
        "db/V2__add.sql", """
            ALTER TABLE t ADD COLUMN nick text;
            ALTER TABLE t RENAME COLUMN name TO full_name;
            ALTER TABLE t ADD COLUMN email text;
            """);

    assertThat(ColumnText.describe(set)).containsExactly("t: "
        + "id int pk @1:17 db/V1__init.sql; "
        + "full_name text @2:29 db/V2__add.sql; "
        + "email text @3:26 db/V2__add.sql");
    assertThat(set.anomalies()).isEmpty();
  }

  @Test
  void aRenamedTableCarriesItsColumnsAndForeignKeysFollowIt() {
    ColumnSet set = apply(
        "db/V1__init.sql", """
            CREATE TABLE stages (id int PRIMARY KEY, name text);
            CREATE TABLE deals (id int PRIMARY KEY, stage_id int REFERENCES stages, owner text);
            """,
        "db/V2__rename.sql", """
            ALTER TABLE stages RENAME TO deal_stage;
            ALTER TABLE deal_stage RENAME COLUMN id TO stage_key;
            ALTER TABLE deals ALTER COLUMN owner TYPE varchar(80), ALTER owner SET NOT NULL;
            DROP TABLE gone_already;
            """);

    assertThat(ColumnText.describe(set)).containsExactly(
        "deal_stage: stage_key int pk @2:38 db/V2__rename.sql; name text @1:42 db/V1__init.sql",
        "deals: id int pk @2:21 db/V1__init.sql; stage_id int -> deal_stage.stage_key @2:41 db/V1__init.sql; "
            + "owner varchar(80) not null @3:62 db/V2__rename.sql");
  }

  @Test
  void aDroppedTableLosesItsColumnsAndCreateIfNotExistsChangesNone() {
    ColumnSet set = apply(
        "db/V1__init.sql", "CREATE TABLE t (id int); CREATE TABLE u (id int);",
        "db/V2__again.sql", "DROP TABLE t; CREATE TABLE t (other text); CREATE TABLE IF NOT EXISTS u (x int);");

    assertThat(ColumnText.describe(set)).containsExactly(
        "t: other text @1:31 db/V2__again.sql", "u: id int @1:42 db/V1__init.sql");
  }

  @Test
  void reportsColumnOperationsThatDoNotFit() {
    ColumnSet set = apply("db/V1__init.sql", """
        CREATE TABLE t (id int, a text);
        ALTER TABLE t DROP COLUMN missing;
        ALTER TABLE t DROP COLUMN IF EXISTS missing;
        ALTER TABLE t ADD COLUMN a text;
        ALTER TABLE t ADD COLUMN IF NOT EXISTS a text;
        ALTER TABLE t RENAME COLUMN b TO c;
        ALTER TABLE t ALTER COLUMN z SET NOT NULL;
        ALTER TABLE nowhere ADD COLUMN x int;
        CREATE TABLE copy AS SELECT * FROM t;
        ALTER TABLE copy ALTER COLUMN id SET NOT NULL;
        """);

    assertThat(anomalies(set)).containsExactly(
        "db/V1__init.sql:2 drops column 'missing' of table 't', which does not exist at this point",
        "db/V1__init.sql:4 adds column 'a' to table 't', which already has it",
        "db/V1__init.sql:6 renames column 'b' of table 't', which does not exist at this point",
        "db/V1__init.sql:7 changes the nullability of column 'z' of table 't', which does not exist at this point",
        "db/V1__init.sql:8 changes the columns of table 'nowhere', which does not exist at this point");
    assertThat(ColumnText.describe(set)).contains("copy?: ");
  }
}
