package io.truthbook.rules;

/** A rule pack on the class path cannot be loaded: the tool cannot run as asked (exit 2 at the edge). */
public final class RulePackException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RulePackException(String message, Throwable cause) {
    super(message, cause);
  }
}
