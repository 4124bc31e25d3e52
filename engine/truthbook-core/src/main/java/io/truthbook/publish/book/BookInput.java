package io.truthbook.publish.book;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What to publish: the assembled AsciiDoc book (written as {@code book.adoc}, converted to the HTML page),
 * the text the PDF is converted from (the same book, unless the team leaves the reference's tables to the
 * HTML page), the date the truth was verified at (it becomes every date attribute, so no clock leaks into
 * the output), and files the book refers to (diagram SVGs).
 */
public record BookInput(String asciidoc, String pdfAsciidoc, LocalDate date, List<BookFile> files) {
  public BookInput {
    Objects.requireNonNull(asciidoc, "asciidoc");
    Objects.requireNonNull(pdfAsciidoc, "pdfAsciidoc");
    Objects.requireNonNull(date, "date");
    files = List.copyOf(files);
    Set<String> names = new HashSet<>();
    for (BookFile file : files) {
      if (!names.add(file.name())) {
        throw new IllegalArgumentException("two book files are named '" + file.name() + "'");
      }
    }
  }

  /** A book whose PDF is the same document as its HTML page. */
  public BookInput(String asciidoc, LocalDate date, List<BookFile> files) {
    this(asciidoc, asciidoc, date, files);
  }
}
