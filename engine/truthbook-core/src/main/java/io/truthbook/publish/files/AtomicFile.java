package io.truthbook.publish.files;

import io.truthbook.disk.AtomicWrite;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** One text file written whole or not at all. */
public final class AtomicFile {
  private AtomicFile() {}

  /**
   * Writes next to the target, then moves it into place, so a reader never sees half a file; when
   * writing or moving fails the temporary file is deleted, so no hidden copy is left behind.
   */
  public static void write(Path file, String text) throws IOException {
    AtomicWrite.write(file, text.getBytes(StandardCharsets.UTF_8));
  }
}
