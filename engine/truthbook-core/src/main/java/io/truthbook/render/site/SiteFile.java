package io.truthbook.render.site;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A file the site serves as it is, beside its pages: the one-page book and its PDF, the
 * reconciliation matrix as CSV. {@code path} is relative to the site's root, plain segments only.
 */
public record SiteFile(String path, byte[] bytes) {
  private static final Pattern PATH = Pattern.compile("[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)*");
  /** The one-page book, when the book was built with the site. */
  public static final String BOOK_HTML = "book/book.html";
  /** The book's PDF, when the book was built with the site. */
  public static final String BOOK_PDF = "book/book.pdf";
  /** The reconciliation matrix, RFC 4180. */
  public static final String MATRIX_CSV = "reconciliation.csv";

  public SiteFile {
    Objects.requireNonNull(bytes, "bytes");
    if (path == null || !PATH.matcher(path).matches() || path.contains("..")) {
      throw new IllegalArgumentException("invalid site file path '" + path + "'");
    }
  }
}
