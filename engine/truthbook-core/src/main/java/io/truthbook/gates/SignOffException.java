package io.truthbook.gates;

/** {@code sign} refused: an unknown gate or owner, a reviewer who is not required, or a manifest it cannot edit. */
public final class SignOffException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public SignOffException(String message) {
    super(message);
  }
}
