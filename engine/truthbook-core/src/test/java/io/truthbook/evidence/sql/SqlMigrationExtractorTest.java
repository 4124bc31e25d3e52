package io.truthbook.evidence.sql;

import static io.truthbook.evidence.sql.TableOpText.ops;
import static io.truthbook.evidence.sql.TableOpText.problems;
import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.evidence.Evidence.TableOp;
import io.truthbook.evidence.Extractor;
import io.truthbook.evidence.SourceFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqlMigrationExtractorTest {
  private final SqlMigrationExtractor extractor = new SqlMigrationExtractor();

  private Extractor.Result extract(String sql) {
    return extractor.extract(SourceFile.of("db/migration/V1__init.sql", sql));
  }

  @Test
  void namesItselfAndSupportsSqlFiles() {
    assertThat(extractor.name()).isEqualTo("sql");
    assertThat(extractor.supports("db/migration/V1__init.sql")).isTrue();
    assertThat(extractor.supports("schema/SCHEMA.SQL")).isTrue();
    assertThat(extractor.supports("alembic/versions/abc_init.py")).isFalse();
    assertThat(extractor.supports("notes.sql.md")).isFalse();
  }

  @Test
  void readsCreateTableInItsVariants() {
    Extractor.Result result = extract("""
        CREATE TABLE crm_account (id bigint);
        create table if not exists crm_contact (id bigint);
          CREATE OR REPLACE TABLE crm_note (id int);
        CREATE UNLOGGED TABLE crm_log (line text);
        Create
          Table
            IF   NOT
            EXISTS crm_deal
          (id int);
        CREATE TABLE crm_copy AS SELECT * FROM crm_deal;
        """);

    assertThat(ops(result)).containsExactly(
        "CREATE crm_account @1:1",
        "CREATE crm_contact @2:1",
        "CREATE crm_note @3:3",
        "CREATE crm_log @4:1",
        "CREATE crm_deal @5:1",
        "CREATE crm_copy @10:1");
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void skipsTemporaryTables() {
    Extractor.Result result = extract("""
        CREATE TEMP TABLE scratch (id int);
        CREATE TEMPORARY TABLE IF NOT EXISTS scratch2 (id int);
        CREATE GLOBAL TEMPORARY TABLE scratch3 (id int);
        CREATE OR REPLACE TEMP VIEW scratch_view AS SELECT 1;
        DROP TEMPORARY TABLE scratch4;
        CREATE TABLE kept (id int);
        """);

    assertThat(ops(result)).containsExactly("CREATE kept @6:1");
  }

  @Test
  void splitsSchemaFromQualifiedAndQuotedNames() {
    Extractor.Result result = extract("""
        CREATE TABLE "public"."crm_account" (id int);
        CREATE TABLE public.crm_contact (id int);
        CREATE TABLE `crm`.`x` (id int);
        CREATE TABLE "Crm"."MixedCase" (id int);
        CREATE TABLE CRM.Upper_Case (id int);
        CREATE TABLE "say ""hi""\" (id int);
        CREATE TABLE velocity.public . spaced (id int);
        CREATE TABLE "public".plain (id int);
        """);

    assertThat(ops(result)).containsExactly(
        "CREATE public.crm_account @1:1",
        "CREATE public.crm_contact @2:1",
        "CREATE crm.x @3:1",
        "CREATE Crm.MixedCase @4:1",
        "CREATE crm.upper_case @5:1",
        "CREATE say \"hi\" @6:1",
        "CREATE public.spaced @7:1",
        "CREATE public.plain @8:1");
  }

  @Test
  void readsTableRenamesAndIgnoresColumnAndConstraintRenames() {
    Extractor.Result result = extract("""
        ALTER TABLE crm_accounts RENAME TO crm_account;
        ALTER TABLE IF EXISTS ONLY public.old_contact RENAME TO crm_contact;
        ALTER TABLE crm_account RENAME COLUMN nme TO name;
        ALTER TABLE crm_account RENAME CONSTRAINT a_pk TO crm_account_pk;
        ALTER TABLE crm_account RENAME nme TO name;
        ALTER TABLE crm_account OWNER TO velocity;
        ALTER TABLE "Legacy" RENAME TO "Modern";
        ALTER TABLE crm_deal ADD COLUMN x int, RENAME TO crm_deals;
        ALTER TABLE crm_deals RENAME crm_deal;
        RENAME TABLE a TO b, crm.c TO d;
        ALTER VIEW old_view RENAME TO new_view;
        """);

    assertThat(ops(result)).containsExactly(
        "RENAME crm_accounts -> crm_account @1:1",
        "RENAME public.old_contact -> crm_contact @2:1",
        "RENAME Legacy -> Modern @7:1",
        "RENAME crm_deal -> crm_deals @8:1",
        "RENAME crm_deals -> crm_deal @9:1",
        "RENAME a -> b @10:1",
        "RENAME crm.c -> d @10:1",
        "RENAME view old_view -> new_view @11:1");
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void dropsEveryTableOfAMultiTableDrop() {
    Extractor.Result result = extract("""
        DROP TABLE IF EXISTS crm_a, public.crm_b, "crm"."C" CASCADE;
        DROP TABLE crm_d RESTRICT;
        """);

    assertThat(ops(result)).containsExactly(
        "DROP crm_a @1:1",
        "DROP public.crm_b @1:1",
        "DROP crm.C @1:1",
        "DROP crm_d @2:1");
  }

  @Test
  void readsViews() {
    Extractor.Result result = extract("""
        CREATE VIEW v_accounts AS SELECT * FROM crm_account;
        CREATE OR REPLACE VIEW public.v_accounts AS SELECT 1;
        CREATE MATERIALIZED VIEW IF NOT EXISTS mv_summary AS SELECT 1;
        CREATE RECURSIVE VIEW v_tree (id) AS SELECT 1;
        DROP VIEW IF EXISTS v_accounts, v_tree;
        DROP MATERIALIZED VIEW mv_summary;
        """);

    assertThat(ops(result)).containsExactly(
        "CREATE view v_accounts @1:1",
        "CREATE view public.v_accounts @2:1",
        "CREATE view mv_summary @3:1",
        "CREATE view v_tree @4:1",
        "DROP view v_accounts @5:1",
        "DROP view v_tree @5:1",
        "DROP view mv_summary @6:1");
  }

  @Test
  void ignoresTablesInCommentsAndStrings() {
    Extractor.Result result = extract("""
        -- CREATE TABLE in_line_comment (id int);
        /* CREATE TABLE in_block_comment (id int);
           /* nested: CREATE TABLE nested (id int); */
           still a comment: DROP TABLE crm_account; */
        INSERT INTO notes VALUES ('CREATE TABLE in_string (id int);', 'it''s; DROP TABLE x');
        INSERT INTO notes VALUES (E'escaped \\' quote; CREATE TABLE in_e_string (id int);');
        COMMENT ON TABLE crm_account IS 'CREATE TABLE in_comment_text';
        CREATE /* a comment between keywords */ TABLE -- and one at the end of a line
          crm_real (id int); -- CREATE TABLE after_statement
        """);

    assertThat(ops(result)).containsExactly("CREATE crm_real @8:1");
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void ignoresTablesInDollarQuotedFunctionBodies() {
    Extractor.Result result = extract("""
        CREATE FUNCTION make_audit() RETURNS void AS $$
        BEGIN
          CREATE TABLE audit_log (id int);
          DROP TABLE crm_account;
        END;
        $$ LANGUAGE plpgsql;
        CREATE FUNCTION tagged() RETURNS text AS $body$
          SELECT 'has $$ inside; CREATE TABLE not_a_table (id int)';
        $body$ LANGUAGE sql;
        DO $do$ BEGIN EXECUTE 'CREATE TABLE dynamic (id int)'; END $do$;
        SELECT $1, price$ FROM t;
        CREATE TABLE crm_after (id int);
        """);

    assertThat(ops(result)).containsExactly("CREATE crm_after @12:1");
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void readsMysqlDumpsWithBackslashEscapesAndHashComments() {
    Extractor.Result result = extract("""
        # MySQL comment: CREATE TABLE not_this (id int);
        /*!40101 SET NAMES utf8mb4 */;
        DROP TABLE IF EXISTS `crm_account`;
        CREATE TABLE `crm_account` (
          `note` varchar(20) DEFAULT 'it\\'s; CREATE TABLE nope'
        ) ENGINE=InnoDB;
        """);

    assertThat(ops(result)).containsExactly("DROP crm_account @3:1", "CREATE crm_account @4:1");
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void readsCrlfFilesWithTheSameLinesAndColumns() {
    String sql = """
        -- header
        CREATE TABLE a (id int);
          /* x
          */ ALTER TABLE a RENAME TO b;
        DROP TABLE b;
        """;

    Extractor.Result lf = extract(sql);
    Extractor.Result crlf = extract(sql.replace("\n", "\r\n"));

    assertThat(ops(lf)).containsExactly("CREATE a @2:1", "RENAME a -> b @4:6", "DROP b @5:1");
    assertThat(ops(crlf)).isEqualTo(ops(lf));
  }

  @Test
  void carriesTheCommitIntoLocations() {
    SourceFile file = new SourceFile("db/V1__init.sql", "CREATE TABLE a (id int);", Optional.of("0123456789abcdef"));

    TableOp op = TableOpText.tableOps(extractor.extract(file)).get(0);

    assertThat(op.at().commit()).contains("0123456789abcdef");
    assertThat(op.at().toString()).isEqualTo("db/V1__init.sql:1:1@0123456");
  }

  @Test
  void readsAPgDumpSchema() throws IOException {
    String dump = resource("pg_dump_schema.sql");

    Extractor.Result result = extractor.extract(SourceFile.of("db/schema.sql", dump));

    assertThat(ops(result)).containsExactly(
        "CREATE public.crm_account @42:1",
        "CREATE crm.Contact @69:1",
        "CREATE view public.account_summary @78:1");
    assertThat(result.problems()).isEmpty();
    assertThat(ops(extractor.extract(SourceFile.of("db/schema.sql", dump.replace("\n", "\r\n")))))
        .isEqualTo(ops(result));
  }

  @Test
  void reportsAnUnterminatedStringAndKeepsWhatCameBefore() {
    Extractor.Result result = extract("""
        CREATE TABLE before (id int);
        INSERT INTO t VALUES ('never closed);
        CREATE TABLE swallowed (id int);
        """);

    assertThat(ops(result)).containsExactly("CREATE before @1:1");
    assertThat(problems(result)).containsExactly(
        "2:23 unterminated string literal: the quote opened here is never closed");
  }

  @Test
  void reportsUnterminatedCommentsQuotesAndDollarStrings() {
    assertThat(problems(extract("CREATE TABLE a (id int);\n  /* open /* nested */"))).containsExactly(
        "2:3 unterminated block comment: the /* opened here is never closed");
    Extractor.Result openQuote = extract("CREATE TABLE a (id int);\nCREATE TABLE \"open (id int);\n");
    assertThat(problems(openQuote)).containsExactly(
        "2:14 unterminated quoted identifier: the \" opened here is never closed");
    // the quote swallowed the rest of the file: no table named after it
    assertThat(ops(openQuote)).containsExactly("CREATE a @1:1");
    assertThat(problems(extract("DO $fn$ BEGIN END $other$;"))).containsExactly(
        "1:4 unterminated dollar-quoted string: $fn$ opened here is never closed");
    assertThat(problems(extract("COPY t FROM stdin;\n1\tO'Brien\n"))).containsExactly(
        "1:19 COPY ... FROM stdin data has no terminating '\\.' line; the rest of the file is skipped");
  }

  @Test
  void reportsStatementsWithoutANameAndGoesOn() {
    Extractor.Result result = extract("""
        CREATE TABLE (id int);
        CREATE TABLE IF NOT EXISTS;
        DROP TABLE a, ;
        ALTER TABLE t RENAME TO 'x';
        CREATE TABLE public.;
        CREATE TABLE ok (id int);
        CREATE TABLE""");

    assertThat(ops(result)).containsExactly("DROP a @3:1", "CREATE ok @6:1");
    assertThat(problems(result)).containsExactly(
        "1:14 expected a name after CREATE TABLE, found '('",
        "2:21 expected a name after CREATE TABLE, found the end of the statement",
        "3:13 expected a name after DROP TABLE, found the end of the statement",
        "4:25 expected a name after RENAME TO, found a string literal",
        "5:20 expected a name after 'public.' in CREATE TABLE, found the end of the statement",
        "7:8 expected a name after CREATE TABLE, found the end of the statement");
  }

  @Test
  void ordersOperationsByVersionThenPosition() {
    Extractor.Result result = extractor.extract(SourceFile.of("db/migration/V1_2__crm.sql", """
        CREATE TABLE a (id int);
        DROP TABLE b, c;
        """));

    assertThat(TableOpText.tableOps(result)).extracting(TableOp::order).containsExactly(
        "1:00000001.00000002#db/migration/V1_2__crm.sql#00000000",
        "1:00000001.00000002#db/migration/V1_2__crm.sql#00000001",
        "1:00000001.00000002#db/migration/V1_2__crm.sql#00000002");
  }

  @Test
  void ignoresUndoMigrations() {
    Extractor.Result result = extractor.extract(SourceFile.of("db/migration/U2__crm.sql", "DROP TABLE crm_account;"));

    assertThat(result.evidence()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ";;;", "   \n\n", "\uFEFFCREATE", "--", "/*", "'", "\"", "`", "$", "$$", "$a", "E'",
      "CREATE", "CREATE OR", "ALTER TABLE", "ALTER TABLE t RENAME", "ALTER TABLE t RENAME TO", "DROP VIEW",
      "RENAME TABLE a", "RENAME TABLE a TO", "COPY t FROM stdin;", "\\", "#", "CREATE TABLE a.\"\".b"})
  void neverThrowsOnFragments(String sql) {
    Extractor.Result result = extract(sql);

    assertThat(result).isNotNull();
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = SqlMigrationExtractorTest.class.getResourceAsStream("/evidence/sql/" + name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
