package io.truthbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.disk.FileIdentity;
import io.truthbook.fixtures.FixtureTree;
import io.truthbook.model.Finding;
import io.truthbook.schema.SchemaValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A check names each settled manifest by its stat data and keeps its schema verdict under that name, so
 * an unchanged manifest is neither read twice nor digested; any edit is seen by the next check, settled
 * or not, whatever its size and modification time.
 */
class ManifestNamesTest {
  @TempDir Path temp;

  @Test
  void settledManifestsAreJudgedByNameAndEveryEditIsSeen() throws Exception {
    Path root = temp.resolve("repo");
    FixtureTree.copy(FixtureTree.fixtures().resolve("minimal"), root);
    try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
      git.add().addFilepattern(".").call();
      git.commit().setMessage("a minimal truth").setSign(false).call();
    }
    Path owners = manifest(root, "owners");
    String before = Files.readString(owners);
    // settled: every manifest older than a file system's clock tick, so each has a stat name
    Thread.sleep(FileIdentity.SETTLED.toMillis() + 200);
    assertThat(check(root)).isEmpty();
    int kept = entries(root);
    assertThat(kept).as("each verdict under its name and its bytes' digest").isGreaterThan(6).isEven();
    assertThat(check(root)).isEmpty();
    assertThat(entries(root)).isEqualTo(kept);

    // an edit of the same size with the modification time put back, the moment after: judged, not recalled
    FileTime modified = Files.getLastModifiedTime(owners);
    String broken = before.replace("- id: ana", "- ix: ana");
    assertThat(broken).hasSameSizeAs(before).isNotEqualTo(before);
    Files.writeString(owners, broken);
    Files.setLastModifiedTime(owners, modified);
    assertThat(check(root)).extracting(Finding::ruleId).contains("schema.required");

    // settled again, a new name over bytes judged before: the same findings, and the verdict kept under the
    // new name and the new bytes (whether the check above came before the edit settled or after); with the
    // tree no longer its commit, the history reads the committed manifests too, found by their blob ids
    Thread.sleep(FileIdentity.SETTLED.toMillis() + 200);
    assertThat(check(root)).extracting(Finding::ruleId).contains("schema.required");
    assertThat(entries(root)).isEqualTo(kept + 2 + manifests(root));
    Files.writeString(owners, before);
    assertThat(check(root)).isEmpty();
  }

  private static List<Finding> check(Path root) {
    return new Truthbook(root, Truthbook.Options.defaults()).check().findings().stream()
        .filter(f -> f.ruleId().startsWith("schema.") || f.ruleId().startsWith("yaml.")).toList();
  }

  private static Path manifest(Path root, String name) throws IOException {
    try (Stream<Path> files = Files.list(root.resolve("manifests"))) {
      return files.filter(p -> p.getFileName().toString().startsWith(name)).findFirst().orElseThrow();
    }
  }

  private static int manifests(Path root) throws IOException {
    try (Stream<Path> files = Files.list(root.resolve("manifests"))) {
      return (int) files.count();
    }
  }

  private static int entries(Path root) throws IOException {
    try (Stream<Path> files = Files.list(root.resolve(SchemaValidator.CACHE_FOLDER))) {
      return (int) files.count();
    }
  }
}
