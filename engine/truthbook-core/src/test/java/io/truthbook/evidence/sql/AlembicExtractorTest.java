package io.truthbook.evidence.sql;

import static io.truthbook.evidence.sql.TableOpText.ops;
import static io.truthbook.evidence.sql.TableOpText.problems;
import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.evidence.Evidence.TableOp;
import io.truthbook.evidence.Extractor;
import io.truthbook.evidence.SourceFile;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlembicExtractorTest {
  private static final String MIGRATION = """
      \"""add crm tables

      op.create_table("in_docstring") is not a call.

      Revision ID: 3f2a1b
      Revises: 9c8d7e
      Create Date: 2024-01-05 12:00:00.000000
      \"""
      from alembic import op
      import sqlalchemy as sa

      # revision identifiers, used by Alembic.
      revision = "3f2a1b"
      down_revision = '9c8d7e'
      branch_labels = None


      def upgrade() -> None:
          # op.create_table("in_comment")
          op.create_table(
              'crm_account',
              sa.Column("id", sa.Integer(), primary_key=True),
              sa.Column("name", sa.String(length=200), nullable=False),
              schema="crm",
          )
          op.create_table("crm_contact", sa.Column("id", sa.Integer()))
          op.rename_table("accounts_old", "crm_account_archive")
          op.drop_table("legacy_accounts")
          op.drop_table("legacy_notes", schema=None)
          op.add_column("crm_contact", sa.Column("email", sa.String()))


      def downgrade() -> None:
          op.drop_table("crm_contact")
          op.drop_table("crm_account", schema="crm")
          op.create_table("legacy_accounts", sa.Column("id", sa.Integer()))
      """;

  private final AlembicExtractor extractor = new AlembicExtractor();

  private Extractor.Result extract(String path, String python) {
    return extractor.extract(SourceFile.of(path, python));
  }

  @Test
  void namesItselfAndSupportsMigrationVersions() {
    assertThat(extractor.name()).isEqualTo("alembic");
    assertThat(extractor.supports("alembic/versions/3f2a1b_add_crm.py")).isTrue();
    assertThat(extractor.supports("services/api/migrations/versions/3f2a1b_add_crm.py")).isTrue();
    assertThat(extractor.supports("versions/3f2a1b_add_crm.py")).isTrue();
    assertThat(extractor.supports("alembic/env.py")).isFalse();
    assertThat(extractor.supports("alembic/versions/README")).isFalse();
    assertThat(extractor.supports("app/subversions/x.py")).isFalse();
  }

  @Test
  void readsTableCallsInUpgradeOnly() {
    Extractor.Result result = extract("alembic/versions/3f2a1b_add_crm.py", MIGRATION);

    assertThat(ops(result)).containsExactly(
        "CREATE crm.crm_account @20:5",
        "CREATE crm_contact @26:5",
        "RENAME accounts_old -> crm_account_archive @27:5",
        "DROP legacy_accounts @28:5",
        "DROP legacy_notes @29:5");
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void ordersByRevisionAndDownRevision() {
    List<TableOp> ops = TableOpText.tableOps(extract("alembic/versions/3f2a1b_add_crm.py", MIGRATION));

    assertThat(ops).extracting(TableOp::order).containsExactly(
        "alembic:3f2a1b:9c8d7e#00000000",
        "alembic:3f2a1b:9c8d7e#00000001",
        "alembic:3f2a1b:9c8d7e#00000002",
        "alembic:3f2a1b:9c8d7e#00000003",
        "alembic:3f2a1b:9c8d7e#00000004");
    assertThat(extractor.revision(SourceFile.of("alembic/versions/3f2a1b_add_crm.py", MIGRATION)))
        .contains(new AlembicRevision("3f2a1b", List.of("9c8d7e")));
  }

  @Test
  void readsAnnotatedRevisionsMergesAndRoots() {
    String merge = """
        from typing import Sequence, Union
        revision: str = "m1"
        down_revision: Union[str, Sequence[str], None] = ("a1", "b2")

        def upgrade():
            op.drop_table("t")
        """;
    String root = """
        revision = 'r0'
        down_revision = None

        def upgrade():
            op.create_table('t')
        """;

    assertThat(TableOpText.tableOps(extract("alembic/versions/m1.py", merge)))
        .extracting(TableOp::order).containsExactly("alembic:m1:a1,b2#00000000");
    assertThat(TableOpText.tableOps(extract("alembic/versions/r0.py", root)))
        .extracting(TableOp::order).containsExactly("alembic:r0:#00000000");
    assertThat(extractor.revision(SourceFile.of("alembic/versions/m1.py", merge)))
        .contains(new AlembicRevision("m1", List.of("a1", "b2")));
  }

  @Test
  void readsKeywordArgumentsAndPositionalSchemas() {
    Extractor.Result result = extract("migrations/versions/x.py", """
        revision = "x"
        down_revision = None
        def upgrade():
            op.drop_table(table_name="a")
            op.drop_table("b", "s1")
            op.rename_table(old_table_name="c", new_table_name="d", schema="s2")
            op.create_table("e", *columns, **kw)
        """);

    assertThat(ops(result)).containsExactly(
        "DROP a @4:5", "DROP s1.b @5:5", "RENAME s2.c -> d @6:5", "CREATE e @7:5");
  }

  @Test
  void readsCrlfFilesAndIgnoresStringsThatLookLikeCalls() {
    String python = """
        revision = "x"
        def upgrade():
            sql = '''
            op.create_table("in_string")
            '''
            op.execute("op.drop_table('in_execute')")
            op.create_table(r"raw\\name")
        def downgrade():
            pass
        """.replace("\n", "\r\n");

    Extractor.Result result = extract("alembic/versions/x.py", python);

    assertThat(ops(result)).containsExactly("CREATE raw\\name @7:5");
  }

  @Test
  void reportsNamesThatAreNotStringLiterals() {
    Extractor.Result result = extract("alembic/versions/x.py", """
        revision = "x"
        TABLE = "crm_deal"
        def upgrade():
            op.create_table(TABLE, sa.Column("id"))
            op.create_table(f"crm_{name}")
            op.drop_table()
            op.create_table("ok", schema=SCHEMA)
        """);

    assertThat(ops(result)).containsExactly("CREATE ok @7:5");
    assertThat(problems(result)).containsExactly(
        "4:5 expected a string literal as table_name of op.create_table, found an expression;"
            + " the table cannot be known",
        "5:5 expected a string literal as table_name of op.create_table, found an expression;"
            + " the table cannot be known",
        "6:5 expected a string literal as table_name of op.drop_table, found nothing; the table cannot be known",
        "7:5 expected a string literal as schema of op.create_table, found an expression;"
            + " the table is reported without a schema");
  }

  @Test
  void reportsAMissingRevisionAndOrdersByPath() {
    Extractor.Result result = extract("alembic/versions/x.py", "def upgrade():\n    op.create_table('t')\n");

    assertThat(TableOpText.tableOps(result)).extracting(TableOp::order)
        .containsExactly("alembic:alembic/versions/x.py:#00000000");
    assertThat(problems(result)).containsExactly("1:1 expected a module-level revision = \"<id>\" assignment;"
        + " without it this migration's tables are ordered by file path");
    assertThat(extract("alembic/versions/__init__.py", "").problems()).isEmpty();
  }

  @Test
  void findsNothingWithoutAnUpgradeFunction() {
    Extractor.Result result = extract("alembic/versions/x.py", """
        revision = "x"
        def upgrade_data():
            op.create_table("not_upgrade")
        def helper():
            op.create_table("in_helper")
        """);

    assertThat(result.evidence()).isEmpty();
  }

  @Test
  void reportsUnterminatedStrings() {
    Extractor.Result result = extract("alembic/versions/x.py", """
        revision = "x"
        def upgrade():
            op.create_table("open)
            op.create_table('next')
        \"""never closed
        """);

    assertThat(ops(result)).containsExactly("CREATE next @4:5");
    assertThat(problems(result)).containsExactly(
        "3:5 expected a string literal as table_name of op.create_table, found an expression;"
            + " the table cannot be known",
        "3:21 unterminated string literal",
        "5:1 unterminated string literal");
  }
}
