package io.truthbook.render.site;

import io.truthbook.reconcile.claims.ReconciliationMatrix;
import io.truthbook.render.book.BookSource;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the site is made of: the same {@link BookSource} the single-page book is assembled from (its
 * own diagram list is not used), the diagrams to show, and the reconciliation matrix when the caller
 * computed one (else the book's own, if it has one), and the files of the book built with it ({@link
 * SiteFile#BOOK_HTML}, {@link SiteFile#BOOK_PDF} and the book's diagrams), which the site serves and its
 * landing page links.
 */
public record SiteInput(BookSource book, List<SiteDiagram> diagrams, Optional<ReconciliationMatrix> matrix,
    List<SiteFile> files) {
  public SiteInput {
    Objects.requireNonNull(book, "book");
    Objects.requireNonNull(matrix, "matrix");
    diagrams = List.copyOf(diagrams);
    files = List.copyOf(files);
  }

  /** A site without files of the book's own build (the one-page book and the PDF). */
  public SiteInput(BookSource book, List<SiteDiagram> diagrams, Optional<ReconciliationMatrix> matrix) {
    this(book, diagrams, matrix, List.of());
  }
}
