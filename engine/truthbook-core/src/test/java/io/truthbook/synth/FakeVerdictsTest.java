package io.truthbook.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Datafaker's verdicts on fake expressions, kept by content under the truth's target/synth-cache. */
class FakeVerdictsTest {
  @TempDir Path root;

  private List<Path> entries() throws IOException {
    Path folder = root.resolve(FakeVerdicts.FOLDER);
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.sorted().toList();
    }
  }

  @Test
  void aVerdictIsKeptAndTheNextRunReadsItWithoutAskingDatafaker() throws IOException {
    assertThat(FakeVerdicts.in(root).error("#{Name.firstName}", Optional.empty())).isEmpty();
    Optional<String> wrong = FakeVerdicts.in(root).error("#{Nmae.firstName}", Optional.empty());
    assertThat(wrong).hasValueSatisfying(e -> assertThat(e).isNotBlank());
    assertThat(entries()).hasSize(2);

    // an entry that says otherwise is believed: the second run reads the cache, not Datafaker
    Path good = entries().stream().filter(p -> read(p).equals("ok\n")).findFirst().orElseThrow();
    Files.writeString(good, "error\nwhat the cache said\n");
    assertThat(FakeVerdicts.in(root).error("#{Name.firstName}", Optional.empty())).contains("what the cache said");
    assertThat(FakeVerdicts.in(root).error("#{Nmae.firstName}", Optional.empty())).isEqualTo(wrong);
  }

  @Test
  void theLocaleAndTheExpressionAreEachPartOfTheKey() throws IOException {
    FakeVerdicts verdicts = FakeVerdicts.in(root);
    verdicts.error("#{Name.firstName}", Optional.empty());
    verdicts.error("#{Name.firstName}", Optional.of("de"));
    verdicts.error("#{Name.lastName}", Optional.of("de"));
    verdicts.error("#{Name.lastName}", Optional.of("de"));
    assertThat(entries()).hasSize(3);
  }

  @Test
  void aCorruptEntryIsAMissAndIsRewritten() throws IOException {
    FakeVerdicts.in(root).error("#{Name.firstName}", Optional.empty());
    Path entry = entries().get(0);
    Files.write(entry, new byte[] {(byte) 0xff, 'o', 'k'});
    assertThat(FakeVerdicts.in(root).error("#{Name.firstName}", Optional.empty())).isEmpty();
    assertThat(read(entry)).isEqualTo("ok\n");
    Files.writeString(entry, "error\ntwo\nlines\n");
    assertThat(FakeVerdicts.in(root).error("#{Name.firstName}", Optional.empty())).isEmpty();
  }

  @Test
  void withoutAWritableFolderTheExpressionIsStillJudged() throws IOException {
    Path file = Files.writeString(root.resolve("not-a-folder"), "x");
    assertThat(FakeVerdicts.in(file).error("#{Nmae.firstName}", Optional.empty())).isPresent();
    assertThat(FakeVerdicts.in(file).error("#{Name.firstName}", Optional.empty())).isEmpty();
    assertThat(FakeVerdicts.none().error("#{Nmae.firstName}", Optional.empty())).isPresent();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
