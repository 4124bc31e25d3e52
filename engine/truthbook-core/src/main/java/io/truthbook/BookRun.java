package io.truthbook;

import io.truthbook.model.PdfReference;
import io.truthbook.publish.book.BookBuilder;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * One {@code build} into an output folder, begun before its check so that Asciidoctor (JRuby, seconds
 * of start-up) can start meanwhile on a thread of its own when the folder holds no book yet; with a
 * book there it starts only if the book changed. Closing the run stops Asciidoctor.
 */
public final class BookRun implements AutoCloseable {
  private final Publishing publishing;
  private final Path outDir;
  private final BookBuilder book;
  private final PdfReference pdfReference;

  BookRun(Publishing publishing, Path outDir, PdfReference pdfReference) {
    this.publishing = publishing;
    this.outDir = outDir;
    this.pdfReference = pdfReference;
    this.book = BookBuilder.starting(outDir.resolve("book"));
  }

  /** {@link Truthbook#build(Path, Audit, Consumer)} with this run's Asciidoctor; call it once. */
  public Built build(Audit audit, Consumer<String> done) {
    return publishing.build(outDir, audit, book, pdfReference, done);
  }

  @Override
  public void close() {
    book.close();
  }
}
