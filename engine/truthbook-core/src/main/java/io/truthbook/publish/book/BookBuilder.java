package io.truthbook.publish.book;

import io.truthbook.publish.files.FolderSwap;
import io.truthbook.publish.html.ActiveContent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Publishes the book: {@code book.adoc}, {@code book.html} (one page) and {@code book.pdf}, built in a
 * temporary folder beside the output folder and moved into place only when all three are complete,
 * so a failed build leaves the previous book whole. A book whose inputs have not changed since the
 * last complete build (see {@link BookStamp}) is left as it is, and Asciidoctor is only started for
 * a book that must be converted: at most once per builder, so open one per build run and close it after.
 */
public final class BookBuilder implements AutoCloseable {
  public static final String ASCIIDOC = "book.adoc";
  public static final String HTML = "book.html";
  public static final String PDF = "book.pdf";

  private final Supplier<BookConverter> boot;
  private BookConverter converter;
  /** The converter starting on a thread of its own ({@link #starting}); empty when it starts on first need. */
  private Optional<CompletableFuture<BookConverter>> ahead = Optional.empty();
  private int boots;

  BookBuilder(BookConverter converter) {
    this(() -> converter);
  }

  BookBuilder(Supplier<BookConverter> boot) {
    this.boot = boot;
  }

  /**
   * A builder that boots Asciidoctor (several seconds: it starts JRuby and loads asciidoctor-pdf) on the
   * first book that needs converting, and never when every book is up to date; reuse it for every book of
   * the run.
   */
  public static BookBuilder open() {
    return new BookBuilder(() -> {
      try {
        return AsciidoctorConverter.forBook();
      } catch (RuntimeException e) {
        throw new PublishException("cannot start Asciidoctor: " + e.getMessage(), e);
      }
    });
  }

  /**
   * A builder for the book in {@code outDir} that starts Asciidoctor at once, on a thread of its own, when
   * that folder holds no whole book: such a build must convert, and JRuby's start then overlaps the
   * work done before the book (the check, the diagrams). When a book is there, nothing changed may be
   * the case, and Asciidoctor starts on first need, as with {@link #open()}.
   */
  public static BookBuilder starting(Path outDir) {
    return starting(outDir, open().boot);
  }

  static BookBuilder starting(Path outDir, Supplier<BookConverter> boot) {
    BookBuilder builder = new BookBuilder(boot);
    if (!BookStamp.present(outDir.toAbsolutePath().normalize())) {
      builder.startAhead();
    }
    return builder;
  }

  /** A builder with Asciidoctor booted now, for runs that will convert anyway. */
  public static BookBuilder boot() {
    BookBuilder builder = open();
    builder.converter();
    return builder;
  }

  /**
   * The last line of defence against hostile input: the book never runs script, so a page that
   * would is not published (the previous book stays), whatever escaper upstream let it through.
   */
  static void refuseActiveContent(String html, String what, String outcome) {
    List<ActiveContent.Found> found = ActiveContent.find(html);
    if (!found.isEmpty()) {
      throw new PublishException(what + " would run script (" + found.get(0)
          + (found.size() > 1 ? ", and " + (found.size() - 1) + " more" : "") + "), so " + outcome + ";"
          + " some manifest or chapter text escaped its escaping: please report it with that input");
    }
  }

  /** How many times this builder started its converter: 0 or 1. */
  public int boots() {
    return boots;
  }

  /**
   * Builds the book into {@code outDir}, a folder that holds only the book: it is replaced whole,
   * unless it already holds the book of these very inputs.
   *
   * @throws PublishException when the book cannot be written or converted; the previous book stays
   */
  public BookOutput build(BookInput input, Path outDir) {
    Path target = outDir.toAbsolutePath().normalize();
    Path parent = target.getParent();
    if (parent == null) {
      throw new PublishException("cannot publish the book into the root folder " + target);
    }
    String digest = BookStamp.digest(input);
    Optional<BookStamp> previous = BookStamp.read(target, input).filter(s -> s.digest().equals(digest));
    if (previous.isPresent()) {
      return output(target, previous.get().messages(), false);
    }
    BookConverter active = converter();
    active.drainMessages();
    List<String> messages;
    try {
      messages = FolderSwap.rebuild(target, ASCIIDOC, staging -> {
        write(staging.resolve(ASCIIDOC), input.asciidoc());
        for (BookFile file : input.files()) {
          write(staging.resolve(file.name()), file.content());
        }
        String html = convert(active, input, staging);
        refuseActiveContent(html, "the book's HTML", "it was not published");
        write(staging.resolve(HTML), html);
        requireFile(staging.resolve(HTML));
        requireFile(staging.resolve(PDF));
        List<String> drained = active.drainMessages();
        // the stamp goes in last: a folder holding it holds a whole book
        new BookStamp(digest, drained).write(staging);
        return drained;
      });
    } catch (IOException | UncheckedIOException e) {
      throw new PublishException("cannot publish the book to " + target + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new PublishException("cannot convert the book for " + target + ": " + e.getMessage(), e);
    }
    return output(target, messages, true);
  }

  /**
   * Closes the converter; one still starting is closed by its own thread when it is up (a build refused
   * after the check does not wait for JRuby).
   */
  @Override
  public void close() {
    if (converter != null) {
      converter.close();
    } else {
      ahead.ifPresent(starting -> starting.thenAccept(BookConverter::close));
    }
  }

  /** Starts the converter on a daemon thread, which does not keep the JVM alive when the run ends first. */
  private void startAhead() {
    CompletableFuture<BookConverter> starting = new CompletableFuture<>();
    Thread thread = new Thread(() -> {
      try {
        starting.complete(boot.get());
      } catch (RuntimeException | Error e) {
        starting.completeExceptionally(e);
      }
    }, "truthbook-asciidoctor-start");
    thread.setDaemon(true);
    thread.start();
    ahead = Optional.of(starting);
    boots++;
  }

  private BookConverter converter() {
    if (converter == null) {
      if (ahead.isPresent()) {
        converter = joined(ahead.get());
      } else {
        converter = boot.get();
        boots++;
      }
    }
    return converter;
  }

  /** What another thread made (the converter started ahead, the HTML), or what stopped it, thrown here. */
  private static <T> T joined(CompletableFuture<T> made) {
    try {
      return made.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      if (e.getCause() instanceof Error cause) {
        throw cause;
      }
      throw e;
    }
  }

  /**
   * Writes the PDF and returns the HTML page. A converter that can converts the HTML on a second thread
   * meanwhile: the PDF is the longer of the two, and the two documents share nothing.
   */
  private static String convert(BookConverter active, BookInput input, Path staging) {
    if (!active.convertsConcurrently()) {
      String html = active.html(input.asciidoc(), input.date(), staging);
      active.pdf(input.pdfAsciidoc(), input.date(), staging, staging.resolve(PDF));
      return html;
    }
    CompletableFuture<String> html = CompletableFuture.supplyAsync(
        () -> active.html(input.asciidoc(), input.date(), staging), BookBuilder::htmlThread);
    try {
      active.pdf(input.pdfAsciidoc(), input.date(), staging, staging.resolve(PDF));
    } finally {
      // never leave the HTML converting while the staging folder goes or Asciidoctor shuts down
      html.handle((page, failure) -> page).join();
    }
    return joined(html);
  }

  private static void htmlThread(Runnable conversion) {
    Thread thread = new Thread(conversion, "truthbook-book-html");
    thread.setDaemon(true);
    thread.start();
  }

  private static BookOutput output(Path target, List<String> messages, boolean converted) {
    return new BookOutput(target, target.resolve(ASCIIDOC), target.resolve(HTML), target.resolve(PDF), messages,
        converted);
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }

  private static void requireFile(Path file) throws IOException {
    if (!Files.isRegularFile(file) || Files.size(file) == 0) {
      throw new IOException("the converter wrote no " + file.getFileName());
    }
  }
}
