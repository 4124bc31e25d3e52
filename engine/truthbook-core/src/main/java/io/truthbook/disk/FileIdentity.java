package io.truthbook.disk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A name for a file's bytes that costs a stat instead of a digest: its device, inode, size, modification
 * and change times, as git's index keeps them. On a local file system every write, rename or restored
 * modification time moves the change time, which no tool sets back, so new bytes get a new name. A file
 * changed less than {@link #SETTLED} before it is looked at has no name (git's "racily clean" entries): it
 * may change again within the same tick of the file system's clock and keep every attribute. Nor has a file
 * where these attributes cannot be read (Windows): its bytes are digested instead.
 *
 * <p>A name is a strong hint, not proof: NFS answers a stat from its attribute cache for up to a minute,
 * sshfs, FAT and file system images make change times up, and a file server's clock may lag this one's.
 * So a user never trusts a name alone; the schema verdicts pair it with the bytes' length and checksum.
 * Look before reading: on a local disk a name taken before the bytes are read either names those bytes or
 * is never seen again (the change time has moved on since).
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
      if (!(stat.get("lastModifiedTime") instanceof FileTime modified) || !(stat.get("ctime") instanceof FileTime changed)) {
        return Optional.empty();
      }
      Instant settled = now.minus(SETTLED);
      if (!modified.toInstant().isBefore(settled) || !changed.toInstant().isBefore(settled)) {
        return Optional.empty();
      }
      return Optional.of("stat " + stat.get("dev") + " " + stat.get("ino") + " " + stat.get("size") + " "
          + exact(modified) + " " + exact(changed));
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
      // no unix attributes here (or the file went): the bytes are digested instead
      return Optional.empty();
    }
  }

  /** A time to the nanosecond, in seconds and nanoseconds (whole nanoseconds would saturate outside 1677-2262). */
  private static String exact(FileTime time) {
    Instant instant = time.toInstant();
    return instant.getEpochSecond() + "." + instant.getNano();
  }
}
