package io.truthbook;

/** The tool cannot run as asked (no manifests folder, an I/O fault); exit code 2 at the edge. */
public final class TruthbookException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public TruthbookException(String message) {
    super(message);
  }

  public TruthbookException(String message, Throwable cause) {
    super(message, cause);
  }
}
