package io.truthbook;

import java.io.UncheckedIOException;
import java.util.function.Supplier;

/** Tool faults (I/O) turned into the facade's one exception, with the path and the cause in words. */
final class Faults {
  private Faults() {}

  static <T> T wrapIo(Supplier<T> action) {
    try {
      return action.get();
    } catch (UncheckedIOException e) {
      throw new TruthbookException("I/O error: " + e.getCause().getMessage(), e);
    }
  }

  /** Writes a text file whole or not at all; a fault names the file. */
  static void write(java.nio.file.Path file, String text) {
    try {
      io.truthbook.publish.files.AtomicFile.write(file, text);
    } catch (java.io.IOException e) {
      throw new TruthbookException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** Runs a sign-off: a refused one (unknown gate or owner) and an I/O fault become one-line messages. */
  static <T> T signing(Supplier<T> sign) {
    try {
      return sign.get();
    } catch (io.truthbook.gates.SignOffException e) {
      throw new TruthbookException(e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new TruthbookException("I/O error: " + e.getCause().getMessage(), e);
    }
  }
}
