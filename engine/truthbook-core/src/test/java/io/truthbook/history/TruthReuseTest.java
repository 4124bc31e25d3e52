package io.truthbook.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.Truthbook;
import io.truthbook.fixtures.FixtureTree;
import io.truthbook.model.Truth;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The newest snapshot takes the working tree's truth only when it was read from that commit's bytes. */
class TruthReuseTest {
  @TempDir Path temp;
  private Path root;

  @BeforeEach
  void committedFixture() throws Exception {
    root = FixtureTree.build(null, temp.resolve("repo"));
    try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
      git.add().addFilepattern(".").call();
      git.commit().setMessage("base").setAuthor("T", "t@example.test").setCommitter("T", "t@example.test")
          .setSign(false).call();
    }
  }

  private TruthHistory history() {
    return TruthHistory.open(root, Truthbook.Options.defaults().limits(), TruthHistory.DEFAULT_DEPTH);
  }

  private static List<String> files(TruthHistory history) {
    return new ArrayList<>(history.newest().orElseThrow().blobs().keySet());
  }

  @Test
  void theSameBytesReadTwiceAreTheSameTruth() {
    // what makes the reuse sound: the working tree's truth equals the one read from the commit's blobs
    Truth working = new Truthbook(root, Truthbook.Options.defaults()).truth();

    assertThat(history().newest().orElseThrow().truth()).isEqualTo(working);
  }

  @Test
  void aCommittedWorkingTreeLendsItsTruth() {
    Truth working = new Truthbook(root, Truthbook.Options.defaults()).truth();
    TruthHistory history = history();

    history.reuse(working, files(history));

    assertThat(history.newest().orElseThrow().truth()).isSameAs(working);
  }

  @Test
  void anEditedManifestIsReadFromTheCommit() throws Exception {
    TruthHistory history = history();
    List<String> files = files(history);
    Path edited = root.resolve(files.get(0));
    Files.writeString(edited, Files.readString(edited) + "\n# edited\n");
    Truth working = new Truthbook(root, Truthbook.Options.defaults()).truth();
    TruthHistory after = history();

    after.reuse(working, files);

    assertThat(after.newest().orElseThrow().truth()).isNotSameAs(working);
  }

  @Test
  void filesReadInAnotherOrderAreReadFromTheCommit() {
    Truth working = new Truthbook(root, Truthbook.Options.defaults()).truth();
    TruthHistory history = history();
    List<String> reversed = files(history);
    Collections.reverse(reversed);

    history.reuse(working, reversed);

    assertThat(history.newest().orElseThrow().truth()).isNotSameAs(working);
  }
}
