package io.truthbook.evidence.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.truthbook.evidence.Evidence.MigrationStep;
import io.truthbook.evidence.Evidence.TableOp;
import io.truthbook.evidence.Extractor;
import io.truthbook.evidence.SourceFile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Garbage and pathological input: never an exception, always linear time, locations always valid. */
class HostileInputTest {
  private static final List<String> FRAGMENTS = List.of("CREATE", "TABLE", "VIEW", "OR", "REPLACE", "TEMP", "IF",
      "NOT", "EXISTS", "ALTER", "ONLY", "RENAME", "TO", "COLUMN", "DROP", "MATERIALIZED", "COPY t FROM stdin",
      "\\.", "def upgrade():", "def", "upgrade", "op", ".", "create_table", "rename_table", "drop_table",
      "revision", "down_revision", "=", "None", "schema", "'", "\"", "`", "'''", "\"\"\"", "$$", "$x$", "$1", "/*",
      "*/", "--", "#", "\\", "\n", "\r\n", "\r", "\t", "    ", ";", ",", "(", ")", "[", "]", "E'", "f'", "r\"",
      "x", "Ωμέγα", "\uD83D\uDE00", "\uD800", "\uFEFF", "\0", "public", "\"Quoted\"", "`tick`");

  private final SqlMigrationExtractor sql = new SqlMigrationExtractor();
  private final AlembicExtractor alembic = new AlembicExtractor();

  @Test
  void neverThrowsOnRandomFragments() {
    Random random = new Random(20_261_125L);
    for (int round = 0; round < 3_000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(60);
      for (int i = 0; i < length; i++) {
        text.append(random.nextInt(8) == 0 ? String.valueOf((char) random.nextInt(0x10000))
            : FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
        if (random.nextBoolean()) {
          text.append(' ');
        }
      }
      checkBoth(text.toString());
    }
  }

  static Stream<String> pathological() {
    String def = "revision = 'r'\ndef upgrade():\n";
    return Stream.of(
        "/*".repeat(200_000),
        "/*".repeat(100_000) + "*/".repeat(100_000) + "CREATE TABLE after (id int);",
        "'".repeat(1_000_001),
        "\"".repeat(1_000_001),
        "$a$".repeat(200_000),
        "$" + "a".repeat(500_000) + "$ x",
        "$" + "t".repeat(60) + "$" + ("$" + "t".repeat(59) + " ").repeat(10_000),
        "CREATE TABLE a (id int);\n".repeat(50_000),
        "DROP TABLE " + "a, ".repeat(200_000) + "b;",
        "CREATE TABLE " + "a.".repeat(200_000),
        "ALTER TABLE t " + "(".repeat(500_000) + ", RENAME TO u",
        "ALTER TABLE t " + ", RENAME x".repeat(100_000),
        "COPY t FROM stdin;\n" + "x\n".repeat(500_000),
        "\n".repeat(1_000_000) + "CREATE TABLE last (id int);",
        "--\n#\n\\\n".repeat(200_000),
        def + "    op.create_table(\n".repeat(100_000),
        def + "    op.create_table('a')\n".repeat(100_000),
        def + "(".repeat(500_000),
        def + "'''" + "x\n".repeat(500_000),
        def + "    \"".repeat(200_000),
        ("revision = 'r'\n" + "def upgrade():\n").repeat(50_000),
        "CREATE TABLE t (" + "c int, ".repeat(200_000) + "d int);",
        "CREATE TABLE t (a int " + "DEFAULT (".repeat(200_000) + ");",
        "CREATE TABLE t (" + "a int REFERENCES b (".repeat(100_000) + ");",
        "ALTER TABLE t " + "ADD COLUMN c int, ".repeat(100_000) + "DROP x;",
        "ALTER TABLE t " + "ALTER COLUMN c TYPE ".repeat(100_000) + ";",
        def + "    op.create_table('t', " + "sa.Column('c', sa.Integer()), ".repeat(50_000) + ")\n",
        def + "    op.add_column('t', " + "sa.Column(".repeat(100_000) + "\n",
        def + "    with op.batch_alter_table('t') as b:\n" + "        b.add_column(sa.Column('c', sa.Text()))\n"
            .repeat(50_000));
  }

  @ParameterizedTest
  @MethodSource("pathological")
  void staysLinearOnPathologicalInput(String text) {
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> checkBoth(text));
  }

  @Test
  void keepsManyOperationsCheapToApply() {
    List<TableOp> ops = new ArrayList<>();
    ops.addAll(TableOpText.tableOps(sql.extract(SourceFile.of("db/V1__a.sql", "CREATE TABLE t (id int);\n".repeat(50_000)
        + "ALTER TABLE t RENAME TO u;\n".repeat(50_000) + "DROP TABLE u;\n".repeat(50_000)))));

    TableSet set = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> TableSet.apply(MigrationOrder.sort(ops)));

    assertThat(set.tables()).isEmpty();
    assertThat(set.anomalies()).hasSize(2 * 50_000 - 2);
  }

  @Test
  void keepsRenamesUnderManyForeignKeysCheapToApply() {
    StringBuilder text = new StringBuilder("CREATE TABLE k (id int PRIMARY KEY);\nCREATE TABLE t (x int);\n");
    for (int i = 0; i < 20_000; i++) {
      text.append("ALTER TABLE t ADD COLUMN c").append(i).append(" int REFERENCES k;\n");
    }
    text.append("ALTER TABLE k RENAME TO j;\nALTER TABLE j RENAME TO k;\n".repeat(25_000));
    text.append("ALTER TABLE k RENAME COLUMN id TO z;\nALTER TABLE k RENAME COLUMN z TO id;\n".repeat(25_000));
    List<MigrationStep> steps = ColumnText.steps(sql.extract(SourceFile.of("db/V1__a.sql", text.toString())).evidence());

    ColumnSet set = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> ColumnSet.apply(MigrationOrder.sort(steps)));

    assertThat(set.anomalies()).isEmpty();
    assertThat(set.table("t").orElseThrow().columns()).hasSize(20_001)
        .allSatisfy(c -> assertThat(c.references().map(Object::toString)).isIn(Optional.empty(), Optional.of("k.id")));
  }

  private void checkBoth(String text) {
    check(sql.extract(SourceFile.of("db/migration/V1__fuzz.sql", text)), text);
    check(alembic.extract(SourceFile.of("alembic/versions/fuzz.py", text)), text);
  }

  /** Everything found points into the text and names something; applying it does not fail either. */
  private static void check(Extractor.Result result, String text) {
    int lines = (int) text.chars().filter(c -> c == '\n').count() + 1;
    List<TableOp> ops = TableOpText.tableOps(result);
    for (TableOp op : ops) {
      assertThat(op.at().line()).as("line in %s", op).isBetween(1, lines);
      assertThat(op.at().column()).as("column in %s", op).isGreaterThanOrEqualTo(1);
      assertThat(op.name()).isNotEmpty();
    }
    for (Extractor.ExtractionProblem problem : result.problems()) {
      assertThat(problem.at().line()).as("line in %s", problem).isBetween(1, lines);
      assertThat(problem.at().column()).as("column in %s", problem).isGreaterThanOrEqualTo(1);
    }
    TableSet.apply(MigrationOrder.sort(ops));
    ColumnSet.apply(MigrationOrder.sort(ColumnText.steps(result.evidence())));
  }
}
