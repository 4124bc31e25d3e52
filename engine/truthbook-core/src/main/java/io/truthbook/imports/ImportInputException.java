package io.truthbook.imports;

/** The import file cannot be checked at all (missing, unknown profile, unrecognised header): exit 2. */
public final class ImportInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ImportInputException(String message) {
    super(message);
  }

  public ImportInputException(String message, Throwable cause) {
    super(message, cause);
  }
}
