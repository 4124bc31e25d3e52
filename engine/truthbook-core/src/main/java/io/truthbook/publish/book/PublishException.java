package io.truthbook.publish.book;

/** The book could not be published: a fault of the disk or of the converter, with the path involved. */
public final class PublishException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PublishException(String message, Throwable cause) {
    super(message, cause);
  }

  public PublishException(String message) {
    super(message);
  }
}
