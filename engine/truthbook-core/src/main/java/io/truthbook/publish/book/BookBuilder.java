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
  private int boots;

  BookBuilder(BookConverter converter) {
    this(() -> converter);
  }

  BookBuilder(Supplier<BookConverter> boot) {
    this.boot = boot;
  }

  /**
   * A builder that boots Asciidoctor (several seconds: it starts JRuby) on the first book that needs
   * converting, and never when every book is up to date; reuse it for every book of the run.
   */
  public static BookBuilder open() {
    return new BookBuilder(() -> {
      try {
        return new AsciidoctorConverter();
      } catch (RuntimeException e) {
        throw new PublishException("cannot start Asciidoctor: " + e.getMessage(), e);
      }
    });
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
  private static void refuseActiveContent(String html) {
    List<ActiveContent.Found> found = ActiveContent.find(html);
    if (!found.isEmpty()) {
      throw new PublishException("the book's HTML would run script (" + found.get(0)
          + (found.size() > 1 ? ", and " + (found.size() - 1) + " more" : "") + "), so it was not published;"
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
        String html = active.html(input.asciidoc(), input.date(), staging);
        refuseActiveContent(html);
        write(staging.resolve(HTML), html);
        active.pdf(input.asciidoc(), input.date(), staging, staging.resolve(PDF));
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

  @Override
  public void close() {
    if (converter != null) {
      converter.close();
    }
  }

  private BookConverter converter() {
    if (converter == null) {
      converter = boot.get();
      boots++;
    }
    return converter;
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
