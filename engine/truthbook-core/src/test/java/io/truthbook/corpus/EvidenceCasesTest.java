package io.truthbook.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.truthbook.ExitStatus;
import io.truthbook.Truthbook;
import io.truthbook.TruthbookException;
import io.truthbook.model.CheckResult;
import io.truthbook.render.TextReport;
import io.truthbook.fixtures.Expectations;
import io.truthbook.fixtures.FixtureTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bad-evidence corpus: each folder under {@code fixtures/evidence-cases/} lays one broken
 * product file (malformed SQL, nginx, compose, Kubernetes, Python; binary or Latin-1 files; a source
 * that leaves the repository) over a product that is clean against the base truth, commits it with
 * JGit, and runs {@code truthbook check} as a user does. The findings printed must be exactly those
 * the files mark, each as {@code file:line:col: severity [rule]}, the exit code 1 when one is an error, no stack trace,
 * within 5 s.
 */
class EvidenceCasesTest {
  private static final Pattern FINDING =
      Pattern.compile("^(\\S+?):(\\d+):(\\d+)(?:@[0-9a-f]+)?: (error|warning|note) \\[([a-z0-9.-]+)\\] .+$", Pattern.MULTILINE);
  private static final Duration BOUND = Duration.ofSeconds(5);

  @TempDir Path temp;

  @Test
  void theCleanProductHasNoFindings() {
    Path root = tree(null, "clean");
    Run run = check(root);
    assertThat(run.out()).as(run.out()).contains("0 errors, 0 warnings");
    assertThat(run.exit()).isZero();
  }

  @TestFactory
  Stream<DynamicTest> everyBrokenFileEndsInItsFinding() throws IOException {
    List<Path> cases;
    try (Stream<Path> list = Files.list(FixtureTree.fixtures().resolve("evidence-cases"))) {
      cases = list.filter(Files::isDirectory).sorted().toList();
    }
    assertThat(cases).as("evidence cases").hasSizeGreaterThanOrEqualTo(15);
    return cases.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> {
      Path root = tree(folder, folder.getFileName().toString());
      List<Expectations.Expected> expected = Expectations.read(root.resolve("app")).stream()
          .map(e -> new Expectations.Expected("app/" + e.file(), e.line(), e.rule())).toList();
      List<Expectations.Expected> inManifests = Expectations.read(root.resolve("manifests"));
      Run run = assertTimeoutPreemptively(BOUND, () -> check(root), "check of " + folder.getFileName());
      List<Expectations.Expected> printed = printed(run.out());
      assertThat(printed).as("findings of %s:%n%s", folder.getFileName(), run.out())
          .containsExactlyInAnyOrderElementsOf(Stream.concat(expected.stream(),
              inManifests.stream().map(e -> new Expectations.Expected("manifests/" + e.file(), e.line(), e.rule())))
              .toList());
      assertThat(printed).isNotEmpty();
      // warnings alone (a glob matching nothing, a file not read) leave the check passing
      boolean errors = FINDING.matcher(run.out()).results().anyMatch(m -> m.group(4).equals("error"));
      assertThat(run.exit()).as("exit code of %s", folder.getFileName()).isEqualTo(errors ? 1 : 0);
      assertThat(run.out() + run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }));
  }

  /**
   * A schema dump above 2 MiB, as large products keep (pg_dump --inserts), is read to its last line: the
   * one table there the truth does not map is found. Generated here rather than committed to the corpus.
   */
  @Test
  void aSchemaDumpAboveTwoMebibytesIsReadToItsEnd() throws IOException {
    Path root = tree(null, "large-dump");
    StringBuilder dump = new StringBuilder("-- PostgreSQL database dump\nSET client_encoding = 'UTF8';\n");
    for (int id = 1; dump.length() < 3 * 1024 * 1024; id++) {
      dump.append("INSERT INTO public.contacts (id) VALUES (").append(id).append(");\n");
    }
    dump.append("CREATE TABLE public.crm_note (id bigint PRIMARY KEY);\n");
    int last = (int) dump.chars().filter(c -> c == '\n').count();
    Files.writeString(root.resolve("app/db/V2__dump.sql"), dump);
    commit(root);

    Run run = check(root);
    assertThat(dump.length()).isGreaterThan(2 * 1024 * 1024);
    assertThat(printed(run.out())).as(run.out()).containsExactly(
        new Expectations.Expected("app/db/V2__dump.sql", last, "drift.table.unmapped"));
    assertThat(run.exit()).isEqualTo(1);
  }

  @Test
  void aLinkOutOfTheRepositoryIsReportedAndNeverRead() throws IOException {
    Path secret = Files.writeString(temp.resolve("secret.sql"), "CREATE TABLE stolen_secret_table (id int);\n");
    Path root = temp.resolve("linked");
    FixtureTree.build(null, root);
    FixtureTree.copy(FixtureTree.fixtures().resolve("evidence-base"), root);
    Files.createSymbolicLink(root.resolve("app/db/V9__linked.sql"), secret);
    Files.createSymbolicLink(root.resolve("app/db/linked-folder"), temp);
    commit(root);

    for (Run run : List.of(check(root), check(root, "--worktree"))) {
      assertThat(printed(run.out())).as(run.out()).containsExactly(
          new Expectations.Expected("app/db/V9__linked.sql", 1, "source.symlink"));
      assertThat(run.out()).doesNotContain("stolen_secret_table");
      assertThat(run.exit()).isZero();
    }
  }

  @Test
  void aRepositorySourceThatIsNotUnderGitIsNotRead() throws IOException {
    Path elsewhere = Files.createDirectories(temp.resolve("elsewhere/db"));
    Files.writeString(elsewhere.resolve("V1__x.sql"), "CREATE TABLE stolen_secret_table (id int);\n");
    Path root = tree(null, "repository");
    Files.writeString(root.resolve("manifests/sources.yaml"), "kind: sources\nsources:\n  - id: other\n"
        + "    repository: " + elsewhere.getParent() + "\n    extractors:\n      - name: sql\n");
    commit(root);

    for (Run run : List.of(check(root), check(root, "--worktree"))) {
      assertThat(printed(run.out())).as(run.out()).containsExactly(
          new Expectations.Expected("manifests/sources.yaml", 3, "source.not-a-repository"));
      assertThat(run.out()).doesNotContain("stolen_secret_table");
      assertThat(run.exit()).isEqualTo(1);
    }
  }

  /** The base truth, the clean product, and the case over them, committed. */
  private Path tree(Path caseFolder, String name) {
    Path root = FixtureTree.build(null, temp.resolve(name));
    FixtureTree.copy(FixtureTree.fixtures().resolve("evidence-base"), root);
    if (caseFolder != null) {
      FixtureTree.copy(caseFolder, root);
    }
    commit(root);
    return root;
  }

  private static void commit(Path root) {
    try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
      git.add().addFilepattern(".").call();
      git.commit().setMessage("case").setAuthor("T", "t@example.test").setCommitter("T", "t@example.test")
          .setSign(false).call();
    } catch (Exception e) {
      throw new IllegalStateException("cannot commit " + root, e);
    }
  }

  private record Run(int exit, String out, String err) {}

  /**
   * {@code truthbook check --root ROOT [--worktree]} in-process, as the CLI runs it: the facade's check,
   * the text report it prints, and the exit code (a tool fault is exit 2 with its one-line message).
   */
  private static Run check(Path root, String... options) {
    Truthbook.Options defaults = Truthbook.Options.defaults();
    Truthbook.Options chosen = new Truthbook.Options(defaults.limits(), List.of(options).contains("--worktree"),
        java.util.Optional.empty(), defaults.cache(), defaults.maxFileBytes());
    try {
      CheckResult result = new Truthbook(root, chosen).check();
      return new Run(ExitStatus.of(result.passed()).code(), new TextReport().render(result), "");
    } catch (TruthbookException e) {
      return new Run(ExitStatus.CANNOT_RUN.code(), "", "truthbook: " + e.getMessage());
    }
  }

  private static List<Expectations.Expected> printed(String out) {
    List<Expectations.Expected> found = new java.util.ArrayList<>();
    Matcher m = FINDING.matcher(out);
    while (m.find()) {
      assertThat(Integer.parseInt(m.group(3))).as("column in %s", m.group()).isPositive();
      found.add(new Expectations.Expected(m.group(1), Integer.parseInt(m.group(2)), m.group(5)));
    }
    return found;
  }

}
