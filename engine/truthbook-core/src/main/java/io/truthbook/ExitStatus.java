package io.truthbook;

/** What a run of the tool ends in, as the brief defines the exit codes. */
public enum ExitStatus {
  /** The truth is clean (warnings allowed), or the command did what it was asked. */
  CLEAN(0),
  /** The truth has errors: findings, an unparseable manifest included. */
  ERRORS(1),
  /** The tool cannot run as asked: bad flags, no manifests folder, an I/O fault. */
  CANNOT_RUN(2);

  private final int code;

  ExitStatus(int code) {
    this.code = code;
  }

  /** The process exit code. */
  public int code() {
    return code;
  }

  /** {@link #CLEAN} when the check passed, {@link #ERRORS} otherwise. */
  public static ExitStatus of(boolean passed) {
    return passed ? CLEAN : ERRORS;
  }
}
