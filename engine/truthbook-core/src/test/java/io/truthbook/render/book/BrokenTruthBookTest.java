package io.truthbook.render.book;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.fixtures.FixtureTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code build --allow-drift} publishes truths that fail their check: every broken fixture case of
 * the check's tests still assembles into a book whose anchors are unique and whose links resolve.
 */
class BrokenTruthBookTest {
  private static final Pattern XREF = Pattern.compile("<<([^,>]+)[,>]");
  private static final Pattern ANCHOR = Pattern.compile("\\[\\[([^\\]]+)]]");

  @TempDir Path temp;

  @TestFactory
  Stream<DynamicTest> everyBrokenFixtureStillMakesAConsistentDraft() throws IOException {
    try (Stream<Path> cases = Files.list(FixtureTree.fixtures().resolve("cases"))) {
      return cases.sorted().toList().stream().map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> {
        Path root = FixtureTree.build(c, temp.resolve(c.getFileName().toString()));
        String book = BookAssembler.assemble(BookFixtures.source(root, true));
        assertThat(book).startsWith("= DRAFT: ");
        Set<String> anchors = new HashSet<>();
        Matcher anchor = ANCHOR.matcher(book);
        while (anchor.find()) {
          assertThat(anchors.add(anchor.group(1))).as("anchor %s placed once", anchor.group(1)).isTrue();
        }
        Matcher xref = XREF.matcher(book);
        while (xref.find()) {
          assertThat(anchors).as("link target").contains(xref.group(1));
        }
      }));
    }
  }
}
