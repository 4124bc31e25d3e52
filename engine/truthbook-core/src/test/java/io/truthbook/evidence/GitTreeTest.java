package io.truthbook.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.storage.file.WindowCacheConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitTreeTest {
  @TempDir Path temp;

  @Test
  void readsAFileOverJgitsInMemoryThreshold() throws Exception {
    // --max-file-bytes may allow a file larger than JGit hands out as one array; lower the threshold
    // (a JVM-wide setting) for this test rather than commit a file of 50 MB
    byte[] content = new byte[64 * 1024];
    Arrays.fill(content, (byte) 'x');
    Files.write(temp.resolve("big.sql"), content);
    try (Git git = Git.init().setDirectory(temp.toFile()).setInitialBranch("main").call()) {
      git.add().addFilepattern(".").call();
      git.commit().setMessage("big").setAuthor("T", "t@example.test").setCommitter("T", "t@example.test")
          .setSign(false).call();
    }
    WindowCacheConfig low = new WindowCacheConfig();
    low.setStreamFileThreshold(1024);
    low.install();
    try (GitTree tree = GitTree.at(temp, "HEAD").orElseThrow()) {
      assertThat(tree.read("big.sql")).isEqualTo(content);
    } finally {
      new WindowCacheConfig().install();
    }
  }
}
