package io.truthbook.publish.diagram;

import io.truthbook.disk.AtomicWrite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** A rendered diagram written only when it changed, whole or not at all. */
final class AtomicFiles {
  private AtomicFiles() {}

  /** Writes {@code bytes} unless the file already holds exactly them; true when it wrote. */
  static boolean write(Path file, byte[] bytes) throws IOException {
    if (Files.isRegularFile(file) && Files.size(file) == bytes.length
        && Arrays.equals(Files.readAllBytes(file), bytes)) {
      return false;
    }
    AtomicWrite.write(file, bytes);
    return true;
  }
}
