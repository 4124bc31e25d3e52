package io.truthbook.publish.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Several new files put in place together: each is written whole into a scratch folder first, then moved in by
 * rename, so a failure while writing leaves none of them behind, and a reader never sees half a file.
 */
public final class NewFiles {
  private NewFiles() {}

  /** The files among {@code files} that exist (a dangling link counts: it would be written through). */
  public static List<Path> existing(Iterable<Path> files) {
    List<Path> existing = new ArrayList<>();
    files.forEach(file -> {
      if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
        existing.add(file);
      }
    });
    return existing;
  }

  /**
   * Writes every file into a scratch folder made in {@code scratchParent}, then moves each into place,
   * replacing an existing file only when {@code replace} is true (else the move fails for it).
   */
  public static void write(Path scratchParent, Map<Path, String> files, boolean replace) throws IOException {
    Path scratch = Files.createTempDirectory(scratchParent, ".truthbook-init-");
    try {
      int n = 0;
      Map<Path, Path> staged = new java.util.LinkedHashMap<>();
      for (Map.Entry<Path, String> file : files.entrySet()) {
        Path temp = scratch.resolve(Integer.toString(n++));
        Files.writeString(temp, file.getValue(), StandardCharsets.UTF_8);
        staged.put(temp, file.getKey());
      }
      for (Map.Entry<Path, Path> move : staged.entrySet()) {
        Path target = move.getValue();
        Files.createDirectories(target.getParent());
        if (replace) {
          Files.move(move.getKey(), target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } else if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
          throw new java.nio.file.FileAlreadyExistsException(target.toString());
        } else {
          Files.move(move.getKey(), target, StandardCopyOption.ATOMIC_MOVE);
        }
      }
    } finally {
      FolderSwap.deleteQuietly(scratch);
    }
  }
}
