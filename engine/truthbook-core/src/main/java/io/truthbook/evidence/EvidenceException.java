package io.truthbook.evidence;

/** The product repository cannot be read (a disk or git fault, not a problem in its content). */
public final class EvidenceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public EvidenceException(String message, Throwable cause) {
    super(message, cause);
  }
}
