package io.truthbook.publish.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A converter that converts documents concurrently gets the HTML on a thread of its own while the PDF
 * converts; the book is the same, its reports in the same order, and a failure on either side leaves
 * the previous book and no conversion running.
 */
class ConcurrentConversionTest {
  private static final LocalDate DATE = LocalDate.of(2026, 1, 15);
  private static final BookInput BOOK = new BookInput("= One", DATE, List.of());

  @TempDir Path temp;
  private final List<String> calls = Collections.synchronizedList(new ArrayList<>());

  @Test
  void theHtmlConvertsOnItsOwnThreadWhileThePdfConverts() throws IOException {
    Path out = temp.resolve("book");
    BookOutput output;
    try (BookBuilder builder = new BookBuilder(new Converter(false, false))) {
      output = builder.build(BOOK, out);
    }
    assertThat(calls).containsExactlyInAnyOrder("html on truthbook-book-html", "pdf on the builder's thread");
    assertThat(Files.readString(out.resolve(BookBuilder.HTML))).isEqualTo("<html>= One</html>");
    assertThat(Files.readString(out.resolve(BookBuilder.PDF))).isEqualTo("%PDF-= One");
    assertThat(output.messages()).containsExactly("html: INFO: one", "pdf: INFO: two");
  }

  @Test
  void aFailedHtmlFailsTheBookAfterThePdfIsDone() {
    Path out = temp.resolve("book");
    try (BookBuilder builder = new BookBuilder(new Converter(true, false))) {
      assertThatThrownBy(() -> builder.build(BOOK, out)).isInstanceOf(PublishException.class)
          .hasMessageContaining("the HTML converter crashed");
    }
    assertThat(calls).contains("pdf on the builder's thread");
    assertThat(out).doesNotExist();
  }

  @Test
  void aFailedPdfWaitsForTheHtmlBeforeTheBuildFails() {
    Path out = temp.resolve("book");
    try (BookBuilder builder = new BookBuilder(new Converter(false, true))) {
      assertThatThrownBy(() -> builder.build(BOOK, out)).isInstanceOf(PublishException.class)
          .hasMessageContaining("the PDF converter crashed");
    }
    assertThat(calls).contains("html on truthbook-book-html");
    assertThat(out).doesNotExist();
  }

  /** Reports one message per format; the PDF waits until the HTML has begun, so both truly overlap. */
  private final class Converter implements BookConverter {
    private final boolean failHtml;
    private final boolean failPdf;
    private final CountDownLatch htmlBegun = new CountDownLatch(1);
    private final List<String> html = Collections.synchronizedList(new ArrayList<>());
    private final List<String> pdf = Collections.synchronizedList(new ArrayList<>());

    Converter(boolean failHtml, boolean failPdf) {
      this.failHtml = failHtml;
      this.failPdf = failPdf;
    }

    @Override
    public String html(String asciidoc, LocalDate date, Path baseDir) {
      htmlBegun.countDown();
      calls.add("html on " + Thread.currentThread().getName());
      if (failHtml) {
        throw new IllegalStateException("the HTML converter crashed");
      }
      html.add("html: INFO: one");
      return "<html>" + asciidoc + "</html>";
    }

    @Override
    public void pdf(String asciidoc, LocalDate date, Path baseDir, Path target) {
      try {
        htmlBegun.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      calls.add("pdf on the builder's thread");
      if (failPdf) {
        throw new IllegalStateException("the PDF converter crashed");
      }
      pdf.add("pdf: INFO: two");
      try {
        Files.writeString(target, "%PDF-" + asciidoc);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public boolean convertsConcurrently() {
      return true;
    }

    @Override
    public List<String> drainMessages() {
      List<String> drained = new ArrayList<>(html);
      drained.addAll(pdf);
      html.clear();
      pdf.clear();
      return drained;
    }

    @Override
    public void close() {}
  }
}
