package io.truthbook.publish.book;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Turns the AsciiDoc book into its published forms; the seam that lets tests make a build fail. */
interface BookConverter extends AutoCloseable {
  /** The book as one standalone HTML page. */
  String html(String asciidoc, LocalDate date, Path baseDir);

  /** Writes the book as a PDF to {@code target}. */
  void pdf(String asciidoc, LocalDate date, Path baseDir, Path target);

  /**
   * Whether {@link #html} and {@link #pdf} may run at the same time on two threads (Asciidoctor converts
   * documents concurrently); {@link #drainMessages()} then still lists the HTML's reports before the PDF's.
   */
  default boolean convertsConcurrently() {
    return false;
  }

  /** What the converter reported since the last call, oldest first. */
  List<String> drainMessages();

  @Override
  void close();
}
