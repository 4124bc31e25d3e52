package io.truthbook.disk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A name for a file's bytes that costs a stat instead of a read and a digest: its device, inode, size,
 * modification and change times, as git's index keeps them. Every write, rename or restored modification
 * time moves the change time, which no tool sets back, so new bytes get a new name. A file changed less
 * than {@link #SETTLED} before it is looked at has no name (git's "racily clean" entries): it may change
 * again within the same tick of the file system's clock and keep every attribute. Neither has a file on a
 * system without these attributes. A caller without a name digests the bytes, as before.
 *
 * <p>Look before reading: a name taken before the bytes are read either names those bytes or is never
 * seen again (the change time has moved on since).
 */
public final class FileIdentity {
  /** How long a file must have stood unchanged, past any file system's clock tick (FAT's is 2 s). */
  public static final Duration SETTLED = Duration.ofSeconds(3);

  private static final String ATTRIBUTES = "unix:dev,ino,size,lastModifiedTime,ctime";

  private FileIdentity() {}

  /** The file's name now, or empty when it changed in the last seconds or the system has no such attributes. */
  public static Optional<String> of(Path file) {
    return of(file, Instant.now());
  }

  static Optional<String> of(Path file, Instant now) {
    try {
      Map<String, Object> stat = Files.readAttributes(file, ATTRIBUTES);
      FileTime modified = (FileTime) stat.get("lastModifiedTime");
      FileTime changed = (FileTime) stat.get("ctime");
      Instant settled = now.minus(SETTLED);
      if (!modified.toInstant().isBefore(settled) || !changed.toInstant().isBefore(settled)) {
        return Optional.empty();
      }
      return Optional.of("stat " + stat.get("dev") + " " + stat.get("ino") + " " + stat.get("size") + " "
          + modified.to(TimeUnit.NANOSECONDS) + " " + changed.to(TimeUnit.NANOSECONDS));
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
      // no unix attributes here (or the file went): the bytes are digested instead
      return Optional.empty();
    }
  }
}
