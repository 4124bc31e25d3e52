package io.truthbook.evidence.bundle;

/** A bundle's JSON that is not what {@code truthbook evidence} writes: the field and what it must be. */
final class BundleFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  BundleFormatException(String message) {
    super(message);
  }
}
