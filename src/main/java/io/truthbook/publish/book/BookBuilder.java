package io.truthbook.publish.book;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Publishes the book: {@code book.adoc}, {@code book.html} (one page) and {@code book.pdf}, built in a
 * temporary folder beside the output folder and moved into place only when all three are complete,
 * so a failed build leaves the previous book whole. Boot it once per build run and close it after.
 */
public final class BookBuilder implements AutoCloseable {
  public static final String ASCIIDOC = "book.adoc";
  public static final String HTML = "book.html";
  public static final String PDF = "book.pdf";

  private final BookConverter converter;

  BookBuilder(BookConverter converter) {
    this.converter = converter;
  }

  /** Boots Asciidoctor (several seconds: it starts JRuby); reuse the builder for every book of the run. */
  public static BookBuilder boot() {
    try {
      return new BookBuilder(new AsciidoctorConverter());
    } catch (RuntimeException e) {
      throw new PublishException("cannot start Asciidoctor: " + e.getMessage(), e);
    }
  }

  /**
   * Builds the book into {@code outDir}, a folder that holds only the book: it is replaced whole.
   *
   * @throws PublishException when the book cannot be written or converted; the previous book stays
   */
  public BookOutput build(BookInput input, Path outDir) {
    Path target = outDir.toAbsolutePath().normalize();
    Path parent = target.getParent();
    if (parent == null) {
      throw new PublishException("cannot publish the book into the root folder " + target);
    }
    converter.drainMessages();
    Path staging = null;
    try {
      Files.createDirectories(parent);
      FolderSwap.checkReplaceable(target, ASCIIDOC);
      staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".building-");
      FolderSwap.makeReadable(staging);
      write(staging.resolve(ASCIIDOC), input.asciidoc());
      for (BookFile file : input.files()) {
        write(staging.resolve(file.name()), file.content());
      }
      write(staging.resolve(HTML), converter.html(input.asciidoc(), input.date(), staging));
      converter.pdf(input.asciidoc(), input.date(), staging, staging.resolve(PDF));
      requireFile(staging.resolve(HTML));
      requireFile(staging.resolve(PDF));
      FolderSwap.replace(staging, target);
      staging = null;
    } catch (IOException | UncheckedIOException e) {
      throw new PublishException("cannot publish the book to " + target + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new PublishException("cannot convert the book for " + target + ": " + e.getMessage(), e);
    } finally {
      if (staging != null) {
        FolderSwap.deleteQuietly(staging);
      }
    }
    return new BookOutput(target, target.resolve(ASCIIDOC), target.resolve(HTML), target.resolve(PDF),
        converter.drainMessages());
  }

  @Override
  public void close() {
    converter.close();
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
