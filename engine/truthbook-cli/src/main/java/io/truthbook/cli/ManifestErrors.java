package io.truthbook.cli;

import io.truthbook.model.CheckResult;
import io.truthbook.render.TextReport;
import java.io.PrintWriter;

/**
 * The load and schema errors a command that only reads the truth must not hide: a broken manifest leaves
 * its kind out of the truth, so a matrix or a diagram made from it would be silently incomplete.
 */
final class ManifestErrors {
  private ManifestErrors() {}

  /** Prints the problems compiler style when there are errors; true when there were (exit 1, write nothing). */
  static boolean report(CheckResult problems, PrintWriter err) {
    if (problems.passed()) {
      return false;
    }
    err.print(new TextReport().render(problems));
    err.flush();
    return true;
  }
}
