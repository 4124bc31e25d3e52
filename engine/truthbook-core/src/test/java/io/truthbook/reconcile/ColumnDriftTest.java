package io.truthbook.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.Truthbook;
import io.truthbook.fixtures.FixtureTree;
import io.truthbook.model.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Column drift as a user meets it: the base truth with crm_contact's columns declared, a product
 * whose migrations match them, then one change committed at a time.
 */
class ColumnDriftTest {
  private static final String COLUMNS = """
            columns:
              - name: id
                type: bigint
                primaryKey: true
              - name: account_id
                type: bigint
                nullable: false
                references: crm_account.id
              - name: email
                type: text
                personal: true
              - name: created_at
                type: timestamptz
                nullable: false
                default: now()
      """;

  @TempDir Path temp;
  private Path root;
  private Git git;

  @BeforeEach
  void repository() throws Exception {
    root = FixtureTree.build(null, temp.resolve("repo"));
    Path domains = root.resolve("manifests/domains.yaml");
    Files.writeString(domains, Files.readString(domains).replace("""
              - name: crm_contact
                description: A person.
        """, """
              - name: crm_contact
                description: A person.
        """ + COLUMNS.indent(2)));
    write("manifests/sources.yaml", """
        kind: sources
        sources:
          - id: app
            path: app
            extractors:
              - name: sql
                include: ["db/**/*.sql"]
        """);
    write("app/db/V1__tables.sql", """
        CREATE TABLE contacts (id serial PRIMARY KEY);
        CREATE TABLE crm_account (id bigint PRIMARY KEY);
        CREATE TABLE crm_contact (
            id          bigint PRIMARY KEY,
            account_id  bigint NOT NULL REFERENCES crm_account,
            email       varchar(200),
            created_at  timestamp with time zone NOT NULL DEFAULT now()
        );
        CREATE TABLE oracle_template AS SELECT 1 AS id;
        CREATE TABLE core_user (id bigint PRIMARY KEY);
        """);
    git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call();
    commit("a product whose columns match");
  }

  @Test
  void matchingColumnsHaveNoFindings() {
    // a primary key counts as NOT NULL, REFERENCES crm_account means its key, varchar is text
    assertThat(findings()).isEmpty();
  }

  @Test
  void aCommittedColumnTheTruthLacksIsFoundAtItsMigrationLine() throws Exception {
    write("app/db/V2__nickname.sql", "-- a nickname\nALTER TABLE crm_contact ADD COLUMN nickname text;\n");
    RevCommit drift = commit("add a nickname");

    assertThat(findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("drift.column.undocumented");
      assertThat(f.location().toString())
          .isEqualTo("app/db/V2__nickname.sql:2:36@" + drift.name().substring(0, 7));
      assertThat(f.message()).contains("crm_contact.nickname", "(text)", "manifests/domains.yaml:");
      assertThat(f.hint()).contains("- name: nickname, type: text");
    });
  }

  @Test
  void eachDifferenceHasItsRule() throws Exception {
    write("app/db/V2__changes.sql", """
        ALTER TABLE crm_contact ALTER COLUMN email TYPE jsonb USING to_jsonb(email);
        -- nothing on this line
        ALTER TABLE crm_contact RENAME COLUMN created_at TO created;
        ALTER TABLE crm_account ADD COLUMN id2 bigint UNIQUE;
        ALTER TABLE crm_contact ADD CONSTRAINT fk2 FOREIGN KEY (account_id) REFERENCES crm_account (id2);
        """);
    commit("change the columns");

    assertThat(findings()).extracting(f -> f.ruleId() + " " + f.location().file() + ":" + f.location().line())
        .containsExactlyInAnyOrder(
            "drift.column.type app/db/V2__changes.sql:1",
            "drift.column.reference app/db/V2__changes.sql:5",
            "drift.column.undocumented app/db/V2__changes.sql:3",
            "drift.column.missing manifests/domains.yaml:" + line("- name: created_at"));
    assertThat(findings()).filteredOn(f -> f.ruleId().equals("drift.column.reference")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("references crm_account.id2", "declares crm_account.id"));
  }

  @Test
  void nullabilityDiffersBothWays() throws Exception {
    write("app/db/V2__nulls.sql", """
        ALTER TABLE crm_contact ALTER COLUMN account_id DROP NOT NULL;
        ALTER TABLE crm_contact ALTER COLUMN email SET NOT NULL;
        """);
    commit("nulls");

    assertThat(findings()).extracting(f -> f.ruleId() + " " + f.location().line() + " " + f.message())
        .containsExactlyInAnyOrder(
            "drift.column.nullable 1 column 'crm_contact.account_id' is nullable in the migrations but declared"
                + " NOT NULL at manifests/domains.yaml:" + line("- name: account_id") + ":13",
            "drift.column.nullable 2 column 'crm_contact.email' is NOT NULL in the migrations but declared"
                + " nullable at manifests/domains.yaml:" + line("- name: email") + ":13");
  }

  @Test
  void tablesWithoutDeclaredColumnsOrWithoutMigrationsAreNotJudgedColumnByColumn() throws Exception {
    // crm_account declares no columns; oracle_template's are unknown; core_user is dropped (drift.table.missing)
    write("app/db/V2__other.sql", """
        ALTER TABLE crm_account ADD COLUMN anything inet;
        DROP TABLE core_user;
        """);
    Path domains = root.resolve("manifests/domains.yaml");
    Files.writeString(domains, Files.readString(domains)
        .replace("""
                  - name: oracle_template
                    description: A template.
            """, """
                  - name: oracle_template
                    description: A template.
            """ + COLUMNS.replace("          references: crm_account.id\n", "").indent(2))
        .replace("""
                  - name: core_user
                    description: A user.
            """, """
                  - name: core_user
                    description: A user.
            """ + COLUMNS.replace("          references: crm_account.id\n", "").indent(2)));
    commit("other tables");

    assertThat(findings()).extracting(Finding::ruleId).containsExactly("drift.table.missing");
  }

  private int line(String text) {
    try {
      List<String> lines = Files.readAllLines(root.resolve("manifests/domains.yaml"));
      return lines.indexOf(lines.stream().filter(l -> l.contains(text)).findFirst().orElseThrow()) + 1;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private List<Finding> findings() {
    Truthbook.Options defaults = Truthbook.Options.defaults();
    return new Truthbook(root, new Truthbook.Options(defaults.limits(), false, Optional.empty(), defaults.cache(),
        defaults.maxFileBytes())).check().findings();
  }

  private void write(String path, String text) throws IOException {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private RevCommit commit(String message) throws Exception {
    git.add().addFilepattern(".").call();
    return git.commit().setMessage(message).setAuthor("T", "t@example.test").setCommitter("T", "t@example.test")
        .setSign(false).call();
  }
}
