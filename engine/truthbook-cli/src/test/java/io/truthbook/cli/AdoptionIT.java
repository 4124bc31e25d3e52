package io.truthbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.truthbook.fixtures.FixtureTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team living with Truthbook, on the real jar: the truth in {@code docs/truth/}, the product at the root
 * of the same repository, a {@code truthbook.yaml}, a baseline.
 */
class AdoptionIT {
  @TempDir Path temp;
  private Path repo;
  private Path truth;
  private Git git;

  @BeforeEach
  void truthInASubfolder() throws Exception {
    repo = temp.resolve("acme");
    truth = repo.resolve("docs/truth");
    for (String folder : List.of("manifests", "chapters")) {
      FixtureTree.copy(Jar.ROOT.resolve(folder), truth.resolve(folder));
    }
    // the product at the repository's root, the truth two folders below it
    FixtureTree.copy(Jar.ROOT.resolve("examples/velocity-app"), repo);
    Path sources = truth.resolve("manifests/sources.yaml");
    Files.writeString(sources, Files.readString(sources).replace("path: examples/velocity-app", "repository: ../.."));
    git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call();
    commit("the product and its truth");
  }

  @AfterEach
  void close() {
    git.close();
  }

  @Test
  void everySarifAndGithubPathNamesARealFileOfTheRepository() throws Exception {
    Files.writeString(repo.resolve("db/migrations/V13__crm_shadow_notes.sql"), "CREATE TABLE crm_shadow_notes (id int);\n");
    Path domains = truth.resolve("manifests/domains.yaml");
    Files.writeString(domains, Files.readString(domains).replaceFirst("owner: sayan", "owner: sayn"));
    commit("drift in the product, a typo in the truth");

    Jar.Run run = Jar.run(repo, "check", "--root", "docs/truth", "-f", "sarif,github",
        "-o", "truthbook.sarif", "-o", "truthbook.github");

    assertThat(run.exit()).as(run.all()).isEqualTo(1);
    JsonNode sarif = new ObjectMapper().readTree(repo.resolve("truthbook.sarif").toFile());
    List<String> uris = new ArrayList<>();
    for (JsonNode result : sarif.path("runs").path(0).path("results")) {
      JsonNode location = result.path("locations").path(0).path("physicalLocation").path("artifactLocation");
      assertThat(location.path("uriBaseId").asText()).isEqualTo("SRCROOT");
      uris.add(location.path("uri").asText());
    }
    assertThat(uris).contains("db/migrations/V13__crm_shadow_notes.sql", "docs/truth/manifests/domains.yaml")
        .allSatisfy(uri -> assertThat(repo.resolve(uri)).as(uri).isRegularFile());
    Matcher files = Pattern.compile("file=([^,:]+)").matcher(Files.readString(repo.resolve("truthbook.github")));
    List<String> annotated = new ArrayList<>();
    while (files.find()) {
      annotated.add(files.group(1));
    }
    assertThat(annotated).isNotEmpty().allSatisfy(file -> assertThat(repo.resolve(file)).as(file).isRegularFile());
  }

  @Test
  void aBaselineSetsTodaysDriftAsideAndOneNewDriftFailsAlone() throws Exception {
    Files.writeString(repo.resolve("db/migrations/V13__crm_shadow_notes.sql"), "CREATE TABLE crm_shadow_notes (id int);\n");
    Files.writeString(repo.resolve("db/migrations/V14__crm_shadow_tags.sql"), "CREATE TABLE crm_shadow_tags (id int);\n");
    commit("accumulated drift");
    assertThat(Jar.run(repo, "check", "--root", "docs/truth").exit()).isEqualTo(1);

    Jar.Run baseline = Jar.run(repo, "baseline", "--root", "docs/truth");
    assertThat(baseline.exit()).as(baseline.all()).isZero();
    assertThat(baseline.out()).contains("recorded 2 findings");
    Jar.Run clean = Jar.run(repo, "check", "--root", "docs/truth");
    assertThat(clean.exit()).as(clean.all()).isZero();
    assertThat(clean.out()).contains("0 errors, 0 warnings in " + Jar.manifests(repo.resolve("docs/truth"))
        + " manifests (2 baselined)");

    // lines moving above a baselined finding do not wake it up; one new drift fails, named alone
    Files.writeString(repo.resolve("db/migrations/V13__crm_shadow_notes.sql"),
        "-- moved down\n\nCREATE TABLE crm_shadow_notes (id int);\n");
    Files.writeString(repo.resolve("db/migrations/V15__crm_shadow_files.sql"), "CREATE TABLE crm_shadow_files (id int);\n");
    commit("one more");
    Jar.Run drifted = Jar.run(repo, "check", "--root", "docs/truth");
    assertThat(drifted.exit()).as(drifted.all()).isEqualTo(1);
    assertThat(drifted.out()).contains("db/migrations/V15__crm_shadow_files.sql:1:1@")
        .doesNotContain("crm_shadow_notes").doesNotContain("crm_shadow_tags")
        .contains("1 error, 0 warnings in " + Jar.manifests(repo.resolve("docs/truth")) + " manifests (2 baselined)");

    // a baselined finding that is fixed is noted at its entry, and never fails
    git.rm().addFilepattern("db/migrations/V14__crm_shadow_tags.sql").addFilepattern(
        "db/migrations/V15__crm_shadow_files.sql").call();
    commit("tags fixed");
    Jar.Run fixed = Jar.run(repo, "check", "--root", "docs/truth");
    assertThat(fixed.exit()).as(fixed.all()).isZero();
    assertThat(fixed.out()).containsPattern("docs/truth/truthbook-baseline.json:\\d+:1: note \\[baseline.fixed\\]"
        + " a baselined finding no longer occurs: \\[drift.table.unmapped\\] velocity-app:db/migrations/V14__crm_shadow_tags.sql");
    assertThat(Jar.run(repo, "check", "--root", "docs/truth", "--no-baseline").exit()).isEqualTo(1);
  }

  @Test
  void theConfigurationSwitchesRulesOffAndNamesTheReports() throws Exception {
    Files.writeString(repo.resolve("db/migrations/V13__crm_shadow_notes.sql"), "CREATE TABLE crm_shadow_notes (id int);\n");
    commit("drift");
    Files.writeString(truth.resolve("truthbook.yaml"), """
        severity:
          drift.*: warning
          drift.table.unmapped: off
        reports:
          - format: json
            out: target/truthbook.json
          - format: text
        """);

    Jar.Run run = Jar.run(repo, "check", "--root", "docs/truth");

    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(run.out()).doesNotContain("drift.table.unmapped");
    assertThat(truth.resolve("target/truthbook.json")).content().contains("\"errors\" : 0");
    // the command line wins over the file
    Jar.Run raised = Jar.run(repo, "check", "--root", "docs/truth", "-f", "text", "--severity", "drift.table.unmapped=error");
    assertThat(raised.exit()).isEqualTo(1);
    assertThat(raised.out()).contains("error [drift.table.unmapped]");
  }

  @Test
  void aBrokenConfigurationStopsTheCheckAtItsLine() throws Exception {
    Files.writeString(truth.resolve("truthbook.yaml"), "severity:\n  drift.*: loud\nreprots: []\n");

    Jar.Run run = Jar.run(repo, "check", "--root", "docs/truth");

    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("docs/truth/truthbook.yaml:2:12: error [config.enum]")
        .contains("docs/truth/truthbook.yaml:3:1: error [config.additionalProperties] unknown key 'reprots'")
        .doesNotContain("Exception");
  }

  private void commit(String message) throws Exception {
    git.add().addFilepattern(".").call();
    git.add().addFilepattern(".").setUpdate(true).call();
    git.commit().setMessage(message).setAuthor("t", "t@example.com").setCommitter("t", "t@example.com").call();
  }
}
