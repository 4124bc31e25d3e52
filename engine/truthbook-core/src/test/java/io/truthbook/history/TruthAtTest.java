package io.truthbook.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.truthbook.Truthbook;
import io.truthbook.diff.TruthDiff;
import io.truthbook.fixtures.FixtureTree;
import io.truthbook.model.Truth;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A revision whose {@code manifests} is a file or a link, not a folder, has no manifests: an empty truth. */
class TruthAtTest {
  @TempDir Path temp;

  @Test
  void manifestsCommittedAsAFileIsAnEmptyTruth() throws Exception {
    Path root = FixtureTree.build(null, temp.resolve("repo"));
    Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call();
    RevCommit base = commit(git, "base");
    git.rm().addFilepattern("manifests").call();
    Files.writeString(root.resolve("manifests"), "notadir\n");
    RevCommit head = commit(git, "manifests is a file");

    assertEmptyAtHeadButNotAtBase(root, base, head);
  }

  @Test
  void manifestsCommittedAsALinkIsAnEmptyTruth() throws Exception {
    Path root = FixtureTree.build(null, temp.resolve("repo"));
    Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call();
    RevCommit base = commit(git, "base");
    git.rm().setCached(true).addFilepattern("manifests").call();
    Files.move(root.resolve("manifests"), temp.resolve("elsewhere"));
    try {
      Files.createSymbolicLink(root.resolve("manifests"), temp.resolve("elsewhere"));
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "symbolic links are not supported here: " + e);
    }
    RevCommit head = commit(git, "manifests is a link");

    assertEmptyAtHeadButNotAtBase(root, base, head);
  }

  private static void assertEmptyAtHeadButNotAtBase(Path root, RevCommit base, RevCommit head) {
    Truthbook truthbook = new Truthbook(root, Truthbook.Options.defaults());
    Truth before = truthbook.truthAt(base.name());
    Truth after = truthbook.truthAt(head.name());

    assertThat(before.domains()).isNotEmpty();
    assertThat(after.domains()).isEmpty();
    assertThat(after.owners()).isEmpty();
    TruthDiff diff = truthbook.diff(base.name(), head.name());
    assertThat(diff.isEmpty()).isFalse();
    // the review checks the revision in a copy: no manifests there is a finding, not a crash
    assertThat(truthbook.review(base.name(), head.name())).isNotNull();
  }

  private static RevCommit commit(Git git, String message) throws Exception {
    git.add().addFilepattern(".").call();
    return git.commit().setMessage(message).setAuthor("T", "t@example.test").setCommitter("T", "t@example.test")
        .setSign(false).call();
  }
}
