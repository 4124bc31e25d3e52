package io.truthbook.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.Truthbook;
import io.truthbook.fixtures.FixtureTree;
import io.truthbook.load.LoadLimits;
import io.truthbook.model.CheckResult;
import io.truthbook.model.Finding;
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
 * A real git repository, made with JGit: commit a clean product, drift it, commit again, and assert
 * the exact findings with their files, lines and commits.
 */
class DriftEndToEndTest {
  @TempDir Path temp;
  private Path root;
  private Git git;

  private static final String SOURCES = """
      kind: sources
      sources:
        - id: app
          path: app
          extractors:
            - name: sql
              include: ["db/**/*.sql"]
            - name: http-python
              include: ["api/**/*.py"]
      """;

  @BeforeEach
  void repository() throws Exception {
    root = FixtureTree.build(null, temp.resolve("repo"));
    write("manifests/sources.yaml", SOURCES);
    write("app/db/V1__legacy.sql", "CREATE TABLE contacts (id serial primary key);\n");
    write("app/db/V2__canonical.sql", """
        -- canonical tables
        CREATE TABLE IF NOT EXISTS public.crm_contact (id bigint);
        CREATE TABLE "crm_account" (id bigint);
        CREATE TABLE oracle_template (id bigint);
        CREATE TABLE core_user (id bigint);
        """);
    write("app/api/main.py", """
        from fastapi import FastAPI, APIRouter

        app = FastAPI()
        crm = APIRouter(prefix="/api/crm")
        other = APIRouter()

        @crm.get("/contacts")
        def contacts(): ...

        @crm.get("/contacts/{contact_id}")
        def contact(contact_id: int): ...

        @other.get("/api/oracle/templates")
        def templates(): ...

        @other.get("/api/core/me")
        def me(): ...

        app.include_router(crm)
        app.include_router(other)
        """);
    git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call();
    commit("a clean product");
  }

  @Test
  void cleanProductHasNoFindings() {
    assertThat(check(false, Optional.empty()).findings()).isEmpty();
  }

  @Test
  void committedMigrationOfAnUnmappedTableIsFoundWithFileLineAndCommit() throws Exception {
    write("app/db/V3__shadow.sql", "-- notes nobody planned\n\nCREATE TABLE crm_shadow_notes (id bigint);\n");
    RevCommit drift = commit("add a shadow table");

    List<Finding> findings = check(false, Optional.empty()).findings();

    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("drift.table.unmapped");
      assertThat(f.location().file()).isEqualTo("app/db/V3__shadow.sql");
      assertThat(f.location().line()).isEqualTo(3);
      assertThat(f.location().commit()).contains(drift.name());
      assertThat(f.location().toString()).isEqualTo("app/db/V3__shadow.sql:3:1@" + drift.name().substring(0, 7));
      assertThat(f.message()).contains("crm_shadow_notes");
    });
  }

  @Test
  void freshnessDatesEachEntityByTheCommitThatLastChangedItsEvidence() throws Exception {
    RevCommit first = git.log().call().iterator().next();
    write("app/db/V1__legacy.sql", "-- reformatted\nCREATE TABLE contacts (id serial primary key);\n");
    RevCommit second = commit("touch the legacy migration");

    CheckResult result = check(false, Optional.empty());

    assertThat(result.freshness()).extracting(f -> f.kind() + " " + f.id() + " " + f.commit())
        .contains("table crm_contact " + first.name(), "endpoint GET /api/core/me " + first.name())
        .doesNotContain("table crm_contact " + second.name());
    write("app/db/V2__canonical.sql", Files.readString(root.resolve("app/db/V2__canonical.sql")) + "-- touched\n");
    RevCommit third = commit("touch the canonical migration");
    assertThat(check(false, Optional.empty()).freshness()).extracting(f -> f.kind() + " " + f.id() + " " + f.commit())
        .contains("table crm_contact " + third.name());
  }

  @Test
  void eachEntityKnowsItsEvidenceAndTheWebAddressOfItsLine() throws Exception {
    write("manifests/sources.yaml", SOURCES.replace("    path: app\n",
        "    path: app\n    web: https://git.example.test/shop/blob/{commit}/{path}#L{line}\n"));
    RevCommit linked = commit("the source declares its web address");

    io.truthbook.Audit audit = new Truthbook(root, new Truthbook.Options(LoadLimits.DEFAULTS, false, Optional.empty(),
        temp.resolve("cache"), 1024 * 1024)).audit();

    io.truthbook.model.EntityEvidence contacts = audit.evidence().stream()
        .filter(e -> e.kind().equals("endpoint") && e.id().equals("GET /api/crm/contacts")).findFirst().orElseThrow();
    assertThat(contacts.at().fileLine()).isEqualTo("app/api/main.py:7@" + linked.name().substring(0, 7));
    assertThat(contacts.web()).contains("https://git.example.test/shop/blob/" + linked.name() + "/app/api/main.py#L7");
    assertThat(audit.evidence()).extracting(e -> e.kind() + " " + e.id())
        .contains("table crm_contact", "endpoint GET /api/core/me");
    // the dates the JSON report's freshness lists are the evidence's own
    assertThat(audit.result().freshness()).hasSameSizeAs(audit.evidence().stream()
        .filter(e -> e.lastChanged().isPresent()).toList());
  }

  @Test
  void aSourceWhoseFilesAreNoneOfThemCommittedIsAnErrorNotASilentPass() throws Exception {
    // a second source in a folder git ignores: read at HEAD it would be empty, so nothing would be checked
    write(".gitignore", "generated/\n");
    write("manifests/sources.yaml", SOURCES + """
          - id: generated
            path: generated
            extractors:
              - name: sql
                include: ["**/*.sql"]
        """);
    write("generated/V9__shadow.sql", "CREATE TABLE crm_shadow_notes (id bigint);\n");
    commit("a source in an ignored folder");

    assertThat(check(false, Optional.empty()).findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("source.uncommitted");
      assertThat(f.location().file()).isEqualTo("manifests/sources.yaml");
      assertThat(f.message()).contains("source 'generated'", "none at HEAD", "untracked or ignored");
    });
    assertThat(check(true, Optional.empty()).findings()).extracting(Finding::ruleId)
        .containsExactly("drift.table.unmapped");
  }

  @Test
  void uncommittedDriftCountsOnlyWithWorktree() throws Exception {
    write("app/db/V3__shadow.sql", "CREATE TABLE crm_shadow_notes (id bigint);\n");

    assertThat(check(false, Optional.empty()).findings()).isEmpty();
    assertThat(check(true, Optional.empty()).findings()).extracting(Finding::ruleId)
        .containsExactly("drift.table.unmapped");
  }

  @Test
  void newRouteAndDeletedEndpointAreReportedInTheirDirections() throws Exception {
    Path main = root.resolve("app/api/main.py");
    Files.writeString(main, Files.readString(main)
        .replace("@other.get(\"/api/core/me\")", "@other.get(\"/api/core/whoami\")"));
    commit("rename a route");

    List<Finding> findings = check(false, Optional.empty()).findings();

    assertThat(findings).extracting(f -> f.ruleId() + " " + f.location().file()).containsExactlyInAnyOrder(
        "drift.route.undocumented app/api/main.py", "drift.route.missing manifests/routes.yaml");
  }

  @Test
  void anEarlierRevisionCanBeCheckedWithRef() throws Exception {
    RevCommit clean = git.log().call().iterator().next();
    write("app/db/V3__shadow.sql", "CREATE TABLE crm_shadow_notes (id bigint);\n");
    commit("drift");
    assertThat(check(false, Optional.of(clean.name())).findings()).isEmpty();
    assertThat(check(false, Optional.of("no-such-branch")).findings()).extracting(Finding::ruleId)
        .containsExactly("source.ref");
  }

  @Test
  void aGitUrlSourceIsClonedIntoTheCacheAndRead() throws Exception {
    Path bare = temp.resolve("remote.git");
    Git.cloneRepository().setURI(root.toUri().toString()).setDirectory(bare.toFile()).setBare(true).call().close();
    write("manifests/sources.yaml", SOURCES.replace("path: app", "url: " + bare.toUri() + "\n    subdir: app"));
    commit("read the product from its remote");

    CheckResult result = check(false, Optional.empty());

    assertThat(result.findings()).isEmpty();
    assertThat(Files.list(temp.resolve("cache")).count()).isEqualTo(1);
  }

  private CheckResult check(boolean worktree, Optional<String> ref) {
    return new Truthbook(root, new Truthbook.Options(LoadLimits.DEFAULTS, worktree, ref, temp.resolve("cache"),
        1024 * 1024)).check();
  }

  private void write(String file, String text) throws Exception {
    Path path = root.resolve(file);
    Files.createDirectories(path.getParent());
    Files.writeString(path, text);
  }

  private RevCommit commit(String message) throws Exception {
    git.add().addFilepattern(".").call();
    return git.commit().setMessage(message).setAuthor("Test", "test@example.test")
        .setCommitter("Test", "test@example.test").setSign(false).call();
  }
}
