package io.truthbook.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * What a long command has done so far, one plain line per finished stage on standard error
 * ({@code truthbook: book done (48.7 s)}): no control codes, so a log or a pipe reads it as it is.
 * Silent with {@code --quiet}.
 */
final class Progress {
  private final PrintWriter err;
  private final boolean quiet;
  private final long start = System.nanoTime();

  Progress(PrintWriter err, boolean quiet) {
    this.err = err;
    this.quiet = quiet;
  }

  /** Reports a finished stage with the time since the command started. */
  void done(String stage) {
    if (!quiet) {
      err.println(String.format(Locale.ROOT, "truthbook: %s done (%.1f s)", stage, (System.nanoTime() - start) / 1e9));
      err.flush();
    }
  }
}
