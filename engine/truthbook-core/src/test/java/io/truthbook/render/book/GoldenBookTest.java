package io.truthbook.render.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden files of the generated AsciiDoc, in {@code src/test/resources/golden/book/}, found
 * automatically: {@code velocity.adoc} is the generated reference of the repository's own truth
 * (its chapters change by hand, so only the reference is pinned); {@code minimal.adoc} is the whole book
 * of {@code fixtures/minimal}, the truth that leaves out every optional field; every folder there with a
 * {@code manifests/} folder is a fixture truth whose whole assembled book is pinned in
 * {@code FOLDER.adoc}. A case without its file, or a file without its case, fails.
 * Rewrite them on purpose with {@code mvn test -Dtruthbook.updateGolden=true}, then review the diff.
 */
class GoldenBookTest {
  private static final boolean UPDATE = Boolean.getBoolean("truthbook.updateGolden");

  @TestFactory
  Stream<DynamicTest> generatedAsciiDocMatchesItsGoldenFile() {
    return cases().entrySet().stream().map(c -> DynamicTest.dynamicTest(c.getKey(), () -> check(c.getKey(), c.getValue())));
  }

  @Test
  void everyGoldenFileHasACase() throws IOException {
    List<String> orphans = new ArrayList<>();
    try (Stream<Path> files = Files.list(BookFixtures.goldenFolder())) {
      files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".adoc"))
          .map(n -> n.substring(0, n.length() - ".adoc".length()))
          .filter(n -> !cases().containsKey(n))
          .forEach(orphans::add);
    }
    assertThat(orphans).as("golden files without an input").isEmpty();
  }

  private static TreeMap<String, Supplier<String>> cases() {
    TreeMap<String, Supplier<String>> cases = new TreeMap<>();
    cases.put("velocity", () -> BookFixtures.reference(BookFixtures.repositoryRoot()));
    cases.put("minimal", () -> BookAssembler.assemble(BookFixtures.source(BookFixtures.minimalRoot(), false)));
    try (Stream<Path> folders = Files.list(BookFixtures.goldenFolder())) {
      folders.filter(f -> Files.isDirectory(f.resolve("manifests")))
          .forEach(f -> cases.put(f.getFileName().toString(),
              () -> BookAssembler.assemble(BookFixtures.source(f, false))));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return cases;
  }

  private static void check(String name, Supplier<String> generate) throws IOException {
    String actual = generate.get();
    assertThat(generate.get()).as("a second run gives the same text").isEqualTo(actual);
    Path expected = BookFixtures.goldenFolder().resolve(name + ".adoc");
    if (UPDATE) {
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(expected).as("golden file %s (create it with -Dtruthbook.updateGolden=true)", expected).exists();
    assertThat(actual).isEqualTo(Files.readString(expected, StandardCharsets.UTF_8));
  }
}
