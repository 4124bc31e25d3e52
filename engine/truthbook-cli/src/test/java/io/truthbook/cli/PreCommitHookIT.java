package io.truthbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.fixtures.FixtureTree;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hooks/pre-commit} on a git repository holding Velocity's truth and sample application: it
 * judges what is staged, never the working tree, reads the product at a commit (no source.no-git),
 * and says "build the tool" when there is no tool, never that the truth has errors.
 */
class PreCommitHookIT {
  private static final String DOMAINS = "manifests/domains.yaml";
  private static final String SHADOW = "examples/velocity-app/db/migrations/V13__crm_shadow_notes.sql";

  @TempDir Path temp;
  private Path root;
  private final Map<String, String> env = new HashMap<>(Map.of("TRUTHBOOK_JAR", Jar.JAR.toString(),
      "TRUTHBOOK_JAVA_OPTS", "-Xmx256m"));

  @BeforeEach
  void repositoryOfVelocity() throws Exception {
    root = temp.resolve("velocity");
    for (String folder : List.of("manifests", "chapters", "diagrams", "examples")) {
      FixtureTree.copy(Jar.ROOT.resolve(folder), root.resolve(folder));
    }
    git("init", "-q", "-b", "main");
    git("add", "-A");
  }

  @Test
  void aCleanStagedTruthCommitsWithoutSourceWarnings() throws Exception {
    Jar.Run commit = commit("Velocity as shipped");

    assertThat(commit.exit()).as(commit.all()).isZero();
    assertThat(commit.all()).contains("0 errors, 0 warnings").doesNotContain("source.no-git");
    assertThat(git("status", "--porcelain").out()).isEmpty();
  }

  @Test
  void aBrokenStagedManifestIsRefusedThoughTheWorkingTreeIsClean() throws Exception {
    assertThat(commit("Velocity as shipped").exit()).isZero();
    String shipped = Files.readString(root.resolve(DOMAINS));
    Files.writeString(root.resolve(DOMAINS), shipped.replaceFirst("owner: sayan", "owner: sayn"));
    git("add", DOMAINS);
    Files.writeString(root.resolve(DOMAINS), shipped);

    Jar.Run commit = commit("a misspelt owner, staged");

    assertThat(commit.exit()).isEqualTo(1);
    assertThat(commit.all()).contains("manifests/domains.yaml:").contains("[ref.unknown] owner 'sayn'")
        .contains("pre-commit: the staged truth has errors").doesNotContain("source.no-git");
    assertThat(hook().exit()).as("the hook alone").isEqualTo(1);
  }

  @Test
  void stagedDriftInTheProductIsRefusedThoughTheFileIsGoneFromTheWorkingTree() throws Exception {
    assertThat(commit("Velocity as shipped").exit()).isZero();
    Files.writeString(root.resolve(SHADOW), "CREATE TABLE crm_shadow_notes (id bigint primary key);\n");
    git("add", SHADOW);
    Files.delete(root.resolve(SHADOW));

    Jar.Run commit = commit("a shadow table, staged");

    assertThat(commit.exit()).isEqualTo(1);
    assertThat(commit.all()).contains(SHADOW + ":1:1@")
        .contains("[drift.table.unmapped] table 'crm_shadow_notes'").doesNotContain("source.no-git");
    assertThat(git("log", "--oneline").out().lines()).hasSize(1);
    // the refused commit stored its trees; running the hook again stores nothing: its snapshot commit stays out
    String objects = git("count-objects").out();
    assertThat(hook().exit()).isEqualTo(1);
    assertThat(git("count-objects").out()).isEqualTo(objects);
  }

  @Test
  void aTruthInAFolderOfTheRepositoryIsCheckedWithRoot() throws Exception {
    assertThat(commit("Velocity as shipped").exit()).isZero();
    Path nested = root.resolve("docs/truth");
    Files.createDirectories(nested);
    for (String folder : List.of("manifests", "chapters", "diagrams", "examples")) {
      git("mv", folder, "docs/truth/" + folder);
    }
    assertThat(commit("the truth moves to docs/truth").exit()).as("no manifests/ at the root").isNotZero();
    String shipped = Files.readString(nested.resolve(DOMAINS));
    Files.writeString(nested.resolve(DOMAINS), shipped.replaceFirst("owner: sayan", "owner: sayn"));
    git("add", "-A");

    Jar.Run hook = Shell.run(root, env, "sh", Shell.REPOSITORY.resolve("hooks/pre-commit").toString(), "--root", "docs/truth");

    assertThat(hook.exit()).as(hook.all()).isEqualTo(1);
    assertThat(hook.all()).contains("docs/truth/manifests/domains.yaml:").contains("[ref.unknown] owner 'sayn'")
        .doesNotContain("source.no-git");
    Files.writeString(nested.resolve(DOMAINS), shipped);
    git("add", "-A");
    assertThat(Shell.run(root, env, "sh", Shell.REPOSITORY.resolve("hooks/pre-commit").toString(), "--root=docs/truth")
        .exit()).isZero();
    Jar.Run escape = Shell.run(root, env, "sh", Shell.REPOSITORY.resolve("hooks/pre-commit").toString(), "--root", "../x");
    assertThat(escape.exit()).isEqualTo(2);
    assertThat(escape.err()).contains("must be a folder inside the repository");
  }

  @Test
  void aMissingJarSaysBuildTheToolNotThatTheTruthHasErrors() throws Exception {
    env.put("TRUTHBOOK_JAR", temp.resolve("missing/truthbook.jar").toString());

    Jar.Run hook = hook();

    assertThat(hook.exit()).isEqualTo(2);
    assertThat(hook.err()).contains("missing or empty").contains("mvn -B -DskipTests package")
        .doesNotContain("the staged truth has errors");
    assertThat(commit("refused").exit()).isNotZero();
  }

  @Test
  void aLauncherWithoutItsJarSaysBuildTheTool() throws Exception {
    env.remove("TRUTHBOOK_JAR");
    Files.copy(Shell.REPOSITORY.resolve("truthbook"), root.resolve("truthbook"));

    Jar.Run hook = hook();

    assertThat(hook.exit()).isEqualTo(2);
    assertThat(hook.err()).contains("truthbook.jar not found").contains("mvn -B -DskipTests package")
        .doesNotContain("the staged truth has errors");
  }

  @Test
  void noToolAtAllSaysWhereTheHookLooks() throws Exception {
    env.remove("TRUTHBOOK_JAR");

    Jar.Run hook = hook();

    assertThat(hook.exit()).isEqualTo(2);
    assertThat(hook.err()).contains("no Truthbook found").contains("TRUTHBOOK_JAR").contains("PATH")
        .contains("mvn -B -DskipTests package");
  }

  /** {@code git commit} with the repository's hooks, as an installed hook runs. */
  private Jar.Run commit(String message) throws Exception {
    return git("-c", "core.hooksPath=" + Shell.REPOSITORY.resolve("hooks"), "commit", "-q", "-m", message);
  }

  /** The hook alone, run as the pre-commit framework runs it: its exit code is the check's. */
  private Jar.Run hook() throws Exception {
    return Shell.run(root, env, "sh", Shell.REPOSITORY.resolve("hooks/pre-commit").toString());
  }

  private Jar.Run git(String... args) throws Exception {
    String[] command = new String[args.length + 5];
    command[0] = "git";
    command[1] = "-c";
    command[2] = "user.name=Tester";
    command[3] = "-c";
    command[4] = "user.email=tester@example.com";
    System.arraycopy(args, 0, command, 5, args.length);
    return Shell.run(root, env, command);
  }
}
