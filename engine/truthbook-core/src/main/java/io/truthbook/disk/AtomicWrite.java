package io.truthbook.disk;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** The one writer of the files the tool keeps: a file appears whole or not at all. */
public final class AtomicWrite {
  private AtomicWrite() {}

  /**
   * Writes next to the target, then moves it into place, so a reader never sees half a file (a file
   * system without atomic moves gets a plain replacing move); when writing or moving fails the
   * temporary file is deleted, so no hidden copy is left behind.
   */
  public static void write(Path file, byte[] bytes) throws IOException {
    Path absolute = file.toAbsolutePath();
    Path folder = absolute.getParent();
    Files.createDirectories(folder);
    Path temp = Files.createTempFile(folder, "." + absolute.getFileName(), ".tmp");
    try {
      Files.write(temp, bytes);
      try {
        Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      // after a successful move there is nothing left to delete; after a failure, the copy goes
      Files.deleteIfExists(temp);
    }
  }
}
