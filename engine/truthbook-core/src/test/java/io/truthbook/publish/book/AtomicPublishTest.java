package io.truthbook.publish.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder is replaced whole or not at all; a converter that can fail on demand shows it. */
class AtomicPublishTest {
  private static final LocalDate DATE = LocalDate.of(2026, 1, 15);

  @TempDir Path temp;

  @Test
  void aBuildWritesTheBookAndItsFiles() throws IOException {
    Path out = temp.resolve("target/book");
    BookOutput output = new BookBuilder(new FakeConverter(false))
        .build(new BookInput("= One", DATE, List.of(new BookFile("topology.svg", "<svg/>"))), out);
    assertThat(Files.readString(output.html())).isEqualTo("<html>= One</html>");
    assertThat(Files.readString(output.pdf())).isEqualTo("%PDF-= One");
    assertThat(Files.readString(out.resolve("topology.svg"))).isEqualTo("<svg/>");
    assertThat(siblings(out)).containsExactly("book");
    if (Files.getFileAttributeView(out, java.nio.file.attribute.PosixFileAttributeView.class) != null) {
      assertThat(Files.getPosixFilePermissions(out)).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_READ);
    }
  }

  @Test
  void aFailedBuildLeavesThePreviousBookWhole() throws IOException {
    Path out = temp.resolve("target/book");
    new BookBuilder(new FakeConverter(false)).build(new BookInput("= One", DATE, List.of()), out);
    assertThatThrownBy(() -> new BookBuilder(new FakeConverter(true)).build(new BookInput("= Two", DATE, List.of()), out))
        .isInstanceOf(PublishException.class).hasMessageContaining(out.toString());
    assertThat(Files.readString(out.resolve(BookBuilder.ASCIIDOC))).isEqualTo("= One");
    assertThat(Files.readString(out.resolve(BookBuilder.PDF))).isEqualTo("%PDF-= One");
    assertThat(siblings(out)).containsExactly("book");
  }

  @Test
  void aBookWhoseHtmlWouldRunScriptIsNotPublished() throws IOException {
    Path out = temp.resolve("site/book");
    new BookBuilder(new FakeConverter(false)).build(new BookInput("= One", DATE, List.of()), out);
    byte[] before = Files.readAllBytes(out.resolve(BookBuilder.HTML));

    assertThatThrownBy(() -> new BookBuilder(new FakeConverter(false))
        .build(new BookInput("<p><img src=x onerror=alert(1)></p>", DATE, List.of()), out))
        .isInstanceOf(PublishException.class).hasMessageContaining("would run script")
        .hasMessageContaining("onerror");
    assertThat(Files.readAllBytes(out.resolve(BookBuilder.HTML))).isEqualTo(before);
    assertThat(siblings(out)).containsExactly("book");
  }

  @Test
  void whatAKilledBuildLeftIsSweptAndARunningBuildsStagingIsNot() throws IOException {
    Path out = temp.resolve("swept/book");
    Files.createDirectories(out.getParent().resolve(".book.building-2147483646-abc/inner"));
    Files.createDirectories(out.getParent().resolve(".book.building-2147483646-abc-previous"));
    Path running = Files.createDirectories(out.getParent()
        .resolve(".book.building-" + ProcessHandle.current().pid() + "-xyz"));

    new BookBuilder(new FakeConverter(false)).build(new BookInput("= One", DATE, List.of()), out);

    assertThat(siblings(out)).containsExactly(running.getFileName().toString(), "book");
  }

  @Test
  void aSecondBuildReplacesTheFirstWhole() throws IOException {
    Path out = temp.resolve("target/book");
    new BookBuilder(new FakeConverter(false))
        .build(new BookInput("= One", DATE, List.of(new BookFile("old.svg", "<svg/>"))), out);
    new BookBuilder(new FakeConverter(false)).build(new BookInput("= Two", DATE, List.of()), out);
    assertThat(Files.readString(out.resolve(BookBuilder.HTML))).isEqualTo("<html>= Two</html>");
    assertThat(out.resolve("old.svg")).doesNotExist();
    assertThat(siblings(out)).containsExactly("book");
  }

  @Test
  void aFolderThatIsNotABookIsNeverReplaced() throws IOException {
    Path out = Files.createDirectories(temp.resolve("project"));
    Files.writeString(out.resolve("pom.xml"), "<project/>");
    assertThatThrownBy(() -> new BookBuilder(new FakeConverter(false)).build(new BookInput("= One", DATE, List.of()), out))
        .isInstanceOf(PublishException.class).hasMessageContaining("refusing to replace");
    assertThat(out.resolve("pom.xml")).exists();
  }

  @Test
  void fileNamesCannotLeaveTheBookFolderOrHideItsFiles() {
    for (String name : List.of("../x.svg", "a/b.svg", ".hidden", "book.html", "")) {
      assertThatThrownBy(() -> new BookFile(name, "")).isInstanceOf(IllegalArgumentException.class);
    }
  }

  private static List<String> siblings(Path out) throws IOException {
    try (Stream<Path> files = Files.list(out.getParent())) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  /** Writes the AsciiDoc back as "HTML" and "PDF", or fails at the PDF step. */
  private static final class FakeConverter implements BookConverter {
    private final boolean failPdf;

    FakeConverter(boolean failPdf) {
      this.failPdf = failPdf;
    }

    @Override
    public String html(String asciidoc, LocalDate date, Path baseDir) {
      return "<html>" + asciidoc + "</html>";
    }

    @Override
    public void pdf(String asciidoc, LocalDate date, Path baseDir, Path target) {
      if (failPdf) {
        throw new IllegalStateException("the PDF converter crashed");
      }
      try {
        Files.writeString(target, "%PDF-" + asciidoc);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    @Override
    public List<String> drainMessages() {
      return List.of();
    }

    @Override
    public void close() {}
  }
}
