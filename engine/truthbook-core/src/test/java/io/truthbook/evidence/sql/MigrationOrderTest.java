package io.truthbook.evidence.sql;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.evidence.Evidence.TableOp;
import io.truthbook.evidence.SourceFile;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MigrationOrderTest {
  private final SqlMigrationExtractor sql = new SqlMigrationExtractor();
  private final AlembicExtractor alembic = new AlembicExtractor();

  private List<TableOp> sqlOps(String path, String text) {
    return TableOpText.tableOps(sql.extract(SourceFile.of(path, text)));
  }

  private List<TableOp> alembicOps(String revision, String downRevision, String upgradeBody) {
    return TableOpText.tableOps(alembic.extract(alembicFile(revision, downRevision, upgradeBody)));
  }

  private static SourceFile alembicFile(String revision, String downRevision, String upgradeBody) {
    return SourceFile.of("alembic/versions/" + revision + ".py", "revision = '" + revision + "'\n"
        + "down_revision = " + downRevision + "\n"
        + "def upgrade():\n    " + upgradeBody + "\n    pass\n");
  }

  private static List<String> names(List<TableOp> ops) {
    return ops.stream().map(op -> op.action() + " " + op.name() + op.newName().map(n -> ">" + n).orElse(""))
        .collect(Collectors.toList());
  }

  private static List<TableOp> reversed(List<TableOp> ops) {
    List<TableOp> copy = new ArrayList<>(ops);
    Collections.reverse(copy);
    return copy;
  }

  @Test
  void sortsFlywayFilesByVersionThenPosition() {
    List<TableOp> ops = new ArrayList<>();
    ops.addAll(sqlOps("db/R__views.sql", "CREATE VIEW v AS SELECT 1;"));
    ops.addAll(sqlOps("db/V10__c.sql", "DROP TABLE b;"));
    ops.addAll(sqlOps("db/V2__b.sql", "ALTER TABLE a RENAME TO b;"));
    ops.addAll(sqlOps("db/V1.1__a2.sql", "CREATE TABLE a2 (id int);"));
    ops.addAll(sqlOps("db/V1__a.sql", "CREATE TABLE a (id int); CREATE TABLE z (id int);"));

    assertThat(names(MigrationOrder.sort(ops))).containsExactly(
        "CREATE a", "CREATE z", "CREATE a2", "RENAME a>b", "DROP b", "CREATE v");
    assertThat(MigrationOrder.sort(reversed(ops))).isEqualTo(MigrationOrder.sort(ops));
  }

  @Test
  void walksTheAlembicChainRatherThanSortingIds() {
    List<TableOp> ops = new ArrayList<>();
    ops.addAll(alembicOps("aaa", "'bbb'", "op.drop_table('t2')"));
    ops.addAll(alembicOps("zzz", "None", "op.create_table('t')"));
    ops.addAll(alembicOps("bbb", "'zzz'", "op.rename_table('t', 't2')"));

    assertThat(names(MigrationOrder.sort(ops))).containsExactly("CREATE t", "RENAME t>t2", "DROP t2");
    assertThat(MigrationOrder.sort(reversed(ops))).isEqualTo(MigrationOrder.sort(ops));
  }

  @Test
  void linksThroughRevisionsWithoutTableOperationsWhenGivenThem() {
    List<TableOp> ops = new ArrayList<>();
    ops.addAll(alembicOps("aaa", "'mmm'", "op.drop_table('t')"));
    ops.addAll(alembicOps("zzz", "None", "op.create_table('t')"));
    AlembicRevision middle = alembic.revision(alembicFile("mmm", "'zzz'", "op.add_column('t', col)")).orElseThrow();

    assertThat(names(MigrationOrder.sort(ops))).as("the chain is broken at mmm: ids decide")
        .containsExactly("DROP t", "CREATE t");
    assertThat(names(MigrationOrder.sort(ops, List.of(middle)))).containsExactly("CREATE t", "DROP t");
  }

  @Test
  void appliesBothParentsBeforeAMerge() {
    List<TableOp> ops = new ArrayList<>();
    ops.addAll(alembicOps("a00", "('z01', 'y02')", "op.drop_table('x')"));
    ops.addAll(alembicOps("z01", "'r'", "op.create_table('x')"));
    ops.addAll(alembicOps("y02", "'r'", "op.create_table('y')"));
    ops.addAll(alembicOps("r", "None", "op.create_table('root')"));

    assertThat(names(MigrationOrder.sort(ops))).containsExactly("CREATE root", "CREATE y", "CREATE x", "DROP x");
  }

  @Test
  void keepsRevisionsOnACycleInsteadOfLosingThem() {
    List<TableOp> ops = new ArrayList<>();
    ops.addAll(alembicOps("b", "'a'", "op.create_table('tb')"));
    ops.addAll(alembicOps("a", "'b'", "op.create_table('ta')"));
    ops.addAll(alembicOps("c", "'c'", "op.create_table('tc')"));

    assertThat(names(MigrationOrder.sort(ops))).containsExactly("CREATE ta", "CREATE tb", "CREATE tc");
  }

  @Test
  void putsSqlBeforeAlembicAndKeepsPositionsWithinAFile() {
    List<TableOp> ops = new ArrayList<>();
    ops.addAll(alembicOps("r", "None", "op.create_table('a'); op.create_table('b')"));
    ops.addAll(sqlOps("db/V1__x.sql", "CREATE TABLE s (id int);"));

    assertThat(names(MigrationOrder.sort(reversed(ops)))).containsExactly("CREATE s", "CREATE a", "CREATE b");
  }
}
