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
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build into a folder without a book starts the converter (Asciidoctor: JRuby's start takes seconds) at
 * once, on a thread of its own, so that it overlaps the check and the diagrams; a folder holding a book
 * starts it only when the book changed, and a run that never converts still has its converter closed.
 */
class BookStartAheadTest {
  private static final LocalDate DATE = LocalDate.of(2026, 1, 15);
  private static final BookInput BOOK = new BookInput("= One", DATE, List.of());

  @TempDir Path temp;
  private final List<String> calls = Collections.synchronizedList(new ArrayList<>());
  private final CountDownLatch closed = new CountDownLatch(1);

  @Test
  void aFolderWithoutABookStartsTheConverterAheadOnItsOwnThreadAndOnce() {
    Path out = temp.resolve("book");
    try (BookBuilder builder = BookBuilder.starting(out, this::converter)) {
      assertThat(builder.boots()).isEqualTo(1);
      assertThat(builder.build(BOOK, out).converted()).isTrue();
      assertThat(builder.boots()).isEqualTo(1);
    }
    assertThat(calls).containsExactly("started on truthbook-asciidoctor-start", "html", "pdf", "close");
  }

  @Test
  void aFolderHoldingABookStartsTheConverterOnlyWhenTheBookChanged() {
    Path out = temp.resolve("book");
    try (BookBuilder builder = BookBuilder.starting(out, this::converter)) {
      builder.build(BOOK, out);
    }
    calls.clear();
    try (BookBuilder builder = BookBuilder.starting(out, this::converter)) {
      assertThat(builder.build(BOOK, out).converted()).isFalse();
      assertThat(builder.boots()).isZero();
    }
    assertThat(calls).isEmpty();
    try (BookBuilder builder = BookBuilder.starting(out, this::converter)) {
      assertThat(builder.build(new BookInput("= Two", DATE, List.of()), out).converted()).isTrue();
    }
    assertThat(calls).containsExactly("started on main", "html", "pdf", "close");
  }

  @Test
  void aConverterStartedAheadIsClosedWhenTheRunNeverConverts() throws InterruptedException {
    try (BookBuilder builder = BookBuilder.starting(temp.resolve("book"), this::converter)) {
      assertThat(builder.boots()).isEqualTo(1);
    }
    assertThat(closed.await(1, TimeUnit.MINUTES)).isTrue();
    assertThat(calls).containsExactly("started on truthbook-asciidoctor-start", "close");
  }

  @Test
  void aConverterThatCannotStartAheadFailsTheBuildThatNeedsIt() {
    Path out = temp.resolve("book");
    try (BookBuilder builder = BookBuilder.starting(out, () -> {
      throw new PublishException("cannot start Asciidoctor: no JRuby");
    })) {
      assertThatThrownBy(() -> builder.build(BOOK, out)).isInstanceOf(PublishException.class)
          .hasMessage("cannot start Asciidoctor: no JRuby");
    }
    assertThat(out).doesNotExist();
  }

  private BookConverter converter() {
    String thread = Thread.currentThread().getName();
    calls.add("started on " + (thread.equals("truthbook-asciidoctor-start") ? thread : "main"));
    return new BookConverter() {
      @Override
      public String html(String asciidoc, LocalDate date, Path baseDir) {
        calls.add("html");
        return "<html>" + asciidoc + "</html>";
      }

      @Override
      public void pdf(String asciidoc, LocalDate date, Path baseDir, Path target) {
        calls.add("pdf");
        try {
          Files.writeString(target, "%PDF-" + asciidoc);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }

      @Override
      public List<String> drainMessages() {
        return List.of();
      }

      @Override
      public void close() {
        calls.add("close");
        closed.countDown();
      }
    };
  }
}
