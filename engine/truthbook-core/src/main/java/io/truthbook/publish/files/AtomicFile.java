package io.truthbook.publish.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** One text file written whole or not at all. */
public final class AtomicFile {
  private AtomicFile() {}

  /**
   * Writes next to the target, then moves it into place, so a reader never sees half a file; when
   * writing or moving fails the temporary file is deleted, so no hidden copy is left behind.
   */
  public static void write(Path file, String text) throws IOException {
    Path absolute = file.toAbsolutePath();
    Files.createDirectories(absolute.getParent());
    Path temp = Files.createTempFile(absolute.getParent(), ".truthbook-", ".tmp");
    try {
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      // after a successful move there is nothing left to delete; after a failure, the copy goes
      Files.deleteIfExists(temp);
    }
  }
}
