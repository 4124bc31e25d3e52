package io.truthbook.publish.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A book whose inputs have not changed is not converted again, and the converter (Asciidoctor, JRuby
 * inside) is started only for a book that must be converted, once for its HTML and PDF.
 */
class BookStampTest {
  private static final LocalDate DATE = LocalDate.of(2026, 1, 15);
  private static final BookInput BOOK = new BookInput("= One", DATE, List.of(new BookFile("map.svg", "<svg/>")));

  @TempDir Path temp;
  private final AtomicInteger boots = new AtomicInteger();
  private final List<String> calls = new ArrayList<>();

  @Test
  void oneBootConvertsTheHtmlAndThePdf() {
    try (BookBuilder builder = builder(false)) {
      BookOutput output = builder.build(BOOK, temp.resolve("book"));
      assertThat(output.converted()).isTrue();
      assertThat(builder.boots()).isEqualTo(1);
    }
    assertThat(boots).hasValue(1);
    assertThat(calls).containsExactly("html", "pdf", "close");
  }

  @Test
  void anUnchangedBookIsNeitherConvertedNorIsTheConverterStarted() throws IOException {
    Path out = temp.resolve("book");
    try (BookBuilder builder = builder(false)) {
      builder.build(BOOK, out);
    }
    long written = Files.getLastModifiedTime(out.resolve(BookBuilder.PDF)).toMillis();
    calls.clear();
    try (BookBuilder builder = builder(false)) {
      BookOutput output = builder.build(BOOK, out);
      assertThat(output.converted()).isFalse();
      assertThat(output.messages()).containsExactly("pdf: WARN: line one\nline two \\ end");
      assertThat(builder.boots()).isZero();
    }
    assertThat(boots).hasValue(1);
    assertThat(calls).isEmpty();
    assertThat(Files.getLastModifiedTime(out.resolve(BookBuilder.PDF)).toMillis()).isEqualTo(written);
  }

  @Test
  void anyChangedInputConvertsAgain() {
    Path out = temp.resolve("book");
    List<BookInput> changes = List.of(BOOK,
        new BookInput("= Two", DATE, BOOK.files()),
        new BookInput("= Two", DATE.plusDays(1), BOOK.files()),
        new BookInput("= Two", DATE.plusDays(1), List.of(new BookFile("map.svg", "<svg></svg>"))),
        new BookInput("= Two", DATE.plusDays(1), List.of(new BookFile("map.svg", "<svg></svg>"), new BookFile("b", ""))));
    for (BookInput input : changes) {
      try (BookBuilder builder = builder(false)) {
        assertThat(builder.build(input, out).converted()).isTrue();
      }
    }
    assertThat(boots).hasValue(changes.size());
  }

  @Test
  void aBookMissingAFileOrItsStampIsConvertedAgain() throws IOException {
    Path out = temp.resolve("book");
    try (BookBuilder builder = builder(false)) {
      builder.build(BOOK, out);
    }
    Files.delete(out.resolve("map.svg"));
    try (BookBuilder builder = builder(false)) {
      assertThat(builder.build(BOOK, out).converted()).isTrue();
    }
    Files.delete(out.resolve(BookStamp.FILE));
    try (BookBuilder builder = builder(false)) {
      assertThat(builder.build(BOOK, out).converted()).isTrue();
    }
    assertThat(out.resolve(BookStamp.FILE)).isRegularFile();
  }

  @Test
  void aFailedConversionLeavesTheStampOfThePreviousBook() {
    Path out = temp.resolve("book");
    try (BookBuilder builder = builder(false)) {
      builder.build(BOOK, out);
    }
    BookInput changed = new BookInput("= Two", DATE, List.of());
    try (BookBuilder builder = builder(true)) {
      assertThatThrownBy(() -> builder.build(changed, out)).isInstanceOf(PublishException.class);
    }
    try (BookBuilder builder = builder(false)) {
      assertThat(builder.build(BOOK, out).converted()).isFalse();
      assertThat(builder.build(changed, out).converted()).isTrue();
    }
  }

  @Test
  void aPdfOfItsOwnTextIsConvertedFromItAndStampedApart() throws IOException {
    Path out = temp.resolve("book");
    BookInput chaptersOnly = new BookInput("= One", "= One, chapters only", DATE, BOOK.files());
    try (BookBuilder builder = builder(false)) {
      builder.build(BOOK, out);
      assertThat(Files.readString(out.resolve(BookBuilder.PDF))).isEqualTo("%PDF-= One");
      assertThat(builder.build(chaptersOnly, out).converted()).isTrue();
    }
    assertThat(Files.readString(out.resolve(BookBuilder.ASCIIDOC))).isEqualTo("= One");
    assertThat(Files.readString(out.resolve(BookBuilder.HTML))).isEqualTo("<html>= One</html>");
    assertThat(Files.readString(out.resolve(BookBuilder.PDF))).isEqualTo("%PDF-= One, chapters only");
    // a whole book's stamp is what it was before the PDF could have a text of its own
    assertThat(BookStamp.digest(new BookInput("= One", "= One", DATE, BOOK.files()))).isEqualTo(BookStamp.digest(BOOK));
  }

  private BookBuilder builder(boolean failPdf) {
    return new BookBuilder(() -> {
      boots.incrementAndGet();
      return new RecordingConverter(failPdf);
    });
  }

  /** Writes the AsciiDoc back, reports one multi-line message, records each call; can fail at the PDF. */
  private final class RecordingConverter implements BookConverter {
    private final boolean failPdf;
    private final List<String> messages = new ArrayList<>();

    RecordingConverter(boolean failPdf) {
      this.failPdf = failPdf;
    }

    @Override
    public String html(String asciidoc, LocalDate date, Path baseDir) {
      calls.add("html");
      return "<html>" + asciidoc + "</html>";
    }

    @Override
    public void pdf(String asciidoc, LocalDate date, Path baseDir, Path target) {
      calls.add("pdf");
      if (failPdf) {
        throw new IllegalStateException("the PDF converter crashed");
      }
      messages.add("pdf: WARN: line one\nline two \\ end");
      try {
        Files.writeString(target, "%PDF-" + asciidoc);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public List<String> drainMessages() {
      List<String> drained = List.copyOf(messages);
      messages.clear();
      return drained;
    }

    @Override
    public void close() {
      calls.add("close");
    }
  }
}
