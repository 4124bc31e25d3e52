package io.truthbook.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.truthbook.Truthbook;
import io.truthbook.model.CheckResult;
import io.truthbook.model.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticTruthTest {
  private static final Scale ONE_X = Scale.profile("1x").orElseThrow();

  @TempDir Path temp;

  @Test
  void sameSeedWritesTheSameFilesAndCommit() throws IOException {
    SyntheticTruth.Generated first = new SyntheticTruth(ONE_X, 42).write(temp.resolve("a"));
    SyntheticTruth.Generated second = new SyntheticTruth(ONE_X, 42).write(temp.resolve("b"));
    SyntheticTruth.Generated other = new SyntheticTruth(ONE_X, 43).write(temp.resolve("c"));

    assertThat(contents(first.root())).isEqualTo(contents(second.root()));
    assertThat(first.commit()).isEqualTo(second.commit());
    assertThat(contents(other.root())).isNotEqualTo(contents(first.root()));
    assertThat(first.productFiles()).isEqualTo(ONE_X.files());
  }

  @Test
  void the1xTruthChecksWithExactlyThePlantedDrift() {
    SyntheticTruth.Generated generated = new SyntheticTruth(ONE_X, 42).write(temp.resolve("1x"));

    CheckResult result = new Truthbook(generated.root(), Truthbook.Options.defaults()).check();

    Map<String, Integer> byRule = result.findings().stream()
        .collect(Collectors.groupingBy(Finding::ruleId, TreeMap::new, Collectors.summingInt(f -> 1)));
    assertThat(byRule).as(result.findings().toString()).isEqualTo(new TreeMap<>(generated.expected()));
    assertThat(result.findings()).allMatch(Finding::isError);
    assertThat(result.stageNanos()).containsKeys("load", "schema", "rules", "evidence", "reconcile");
  }

  @Test
  void aFolderItDidNotWriteIsNeverReplaced() throws IOException {
    Path mine = Files.createDirectories(temp.resolve("mine"));
    Files.writeString(mine.resolve("notes.txt"), "keep me");

    assertThatThrownBy(() -> new SyntheticTruth(ONE_X, 42).write(mine)).isInstanceOf(IllegalArgumentException.class);
    assertThat(mine.resolve("notes.txt")).hasContent("keep me");
  }

  /** Every file but git's own, by path, with its bytes as text. */
  private static Map<String, String> contents(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      Map<String, String> files = new TreeMap<>();
      for (Path path : walk.filter(Files::isRegularFile).toList()) {
        String relative = root.relativize(path).toString().replace('\\', '/');
        if (!relative.startsWith(".git/")) {
          files.put(relative, Files.readString(path));
        }
      }
      return files;
    }
  }
}
