package io.truthbook.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.truthbook.Truthbook;
import io.truthbook.fixtures.FixtureTree;
import io.truthbook.model.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A manifests folder that is a link or empty, and *.yaml entries that are not regular files, are
 * findings at the right place: never read (a fifo never opened), never a silent pass.
 */
class ManifestFolderTest {
  @TempDir Path temp;

  @Test
  void manifestsFolderLinkedOutOfTheRepositoryIsRefused() throws IOException {
    Path root = repo();
    Path real = temp.resolve("real-manifests");
    Files.move(root.resolve("manifests"), real);
    link(root.resolve("manifests"), real);

    assertThat(loadFindings(root)).containsExactly("manifest.outside manifests:1:1");
  }

  @Test
  void manifestsFolderLinkedInsideTheRepositoryIsRefused() throws IOException {
    Path root = repo();
    Files.move(root.resolve("manifests"), root.resolve("real"));
    link(root.resolve("manifests"), Path.of("real"));

    assertThat(loadFindings(root)).containsExactly("manifest.folder manifests:1:1");
  }

  @Test
  void emptyManifestsFolderIsNotATruth() throws IOException {
    Path root = Files.createDirectories(temp.resolve("empty/manifests")).getParent();

    assertThat(loadFindings(root)).containsExactly("manifest.none manifests:1:1");
  }

  @Test
  void yamlEntriesThatAreNotRegularFilesAreFindingsAndNeverRead() throws Exception {
    Path root = repo();
    Path manifests = root.resolve("manifests");
    link(manifests.resolve("dangling.yaml"), Path.of("nowhere.yaml"));
    link(manifests.resolve("loop-a.yaml"), Path.of("loop-b.yaml"));
    link(manifests.resolve("loop-b.yaml"), Path.of("loop-a.yaml"));
    link(manifests.resolve("zero.yaml"), Path.of("/dev/zero"));
    link(manifests.resolve("random.yaml"), Path.of("/dev/urandom"));
    Files.createDirectories(manifests.resolve("extra.yaml"));
    link(manifests.resolve("folder-link.yaml"), Path.of("extra.yaml"));
    Process mkfifo = new ProcessBuilder("mkfifo", manifests.resolve("pipe.yaml").toString()).start();
    assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo is not available");

    List<String> findings = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> loadFindings(root));

    assertThat(findings).containsExactly(
        "manifest.not-file manifests/dangling.yaml:1:1",
        "manifest.not-file manifests/extra.yaml:1:1",
        "manifest.not-file manifests/folder-link.yaml:1:1",
        "manifest.not-file manifests/loop-a.yaml:1:1",
        "manifest.not-file manifests/loop-b.yaml:1:1",
        "manifest.not-file manifests/pipe.yaml:1:1",
        "manifest.outside manifests/random.yaml:1:1",
        "manifest.outside manifests/zero.yaml:1:1");
  }

  @Test
  void newRuleIdsHaveExplainText() {
    for (String id : List.of("manifest.none", "manifest.not-file", "manifest.folder")) {
      assertThat(Truthbook.rules().explain(id)).as(id).isPresent();
    }
  }

  private Path repo() {
    return FixtureTree.build(null, temp.resolve("repo"));
  }

  /** The load and schema findings, as {@code rule file:line:col}; the fixture repository has none of its own. */
  private static List<String> loadFindings(Path root) {
    return new Truthbook(root, Truthbook.Options.defaults()).manifestProblems().findings().stream()
        .map(ManifestFolderTest::brief).toList();
  }

  private static String brief(Finding f) {
    return f.ruleId() + " " + f.location().file() + ":" + f.location().line() + ":" + f.location().column();
  }

  private static void link(Path link, Path target) {
    try {
      Files.createSymbolicLink(link, target);
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "symbolic links are not supported here: " + e);
    }
  }
}
