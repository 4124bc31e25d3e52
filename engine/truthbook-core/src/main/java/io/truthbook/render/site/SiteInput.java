package io.truthbook.render.site;

import io.truthbook.reconcile.claims.ReconciliationMatrix;
import io.truthbook.render.book.BookSource;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the site is made of: the same {@link BookSource} the single-page book is assembled from (its
 * own diagram list is not used), the diagrams to show, and the reconciliation matrix when the caller
 * computed one (else the book's own, if it has one).
 */
public record SiteInput(BookSource book, List<SiteDiagram> diagrams, Optional<ReconciliationMatrix> matrix) {
  public SiteInput {
    Objects.requireNonNull(book, "book");
    Objects.requireNonNull(matrix, "matrix");
    diagrams = List.copyOf(diagrams);
  }
}
