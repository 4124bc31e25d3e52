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
}
