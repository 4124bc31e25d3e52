package io.truthbook;

import io.truthbook.publish.book.BookOutput;
import io.truthbook.publish.diagram.RenderReport;

/**
 * What {@code build} produced: the book's files, the diagram render counts, and how many times
 * Asciidoctor was booted (1 when the book was converted, 0 when it was up to date).
 */
public record Built(BookOutput book, RenderReport diagrams, int asciidoctorBoots) {}
