package io.truthbook.disk;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Verdicts kept by content under a folder of the truth's {@code target/}: one text file per key, the
 * key the SHA-256 of everything the verdict depends on. The cache only ever saves work: an entry that
 * cannot be read is a miss, one that cannot be written is skipped (a read-only checkout), and every
 * write is whole or not at all ({@link AtomicWrite}), so a killed run leaves no half entry.
 * What an entry says is its user's to parse; a user that cannot parse one treats it as a miss.
 */
public final class ContentCache {
  private final Optional<Path> folder;

  private ContentCache(Optional<Path> folder) {
    this.folder = folder;
  }

  /** A cache in {@code folder} (created on the first write). */
  public static ContentCache in(Path folder) {
    return new ContentCache(Optional.of(folder));
  }

  /** No cache: every read misses, writes are dropped (a reader with no truth folder to keep one in). */
  public static ContentCache none() {
    return new ContentCache(Optional.empty());
  }

  /**
   * The key of a verdict on these parts, in order: each part's length goes into the digest before its
   * bytes, so no two different lists of parts share a key.
   */
  public static String key(byte[]... parts) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (byte[] part : parts) {
        digest.update(ByteBuffer.allocate(Long.BYTES).putLong(part.length).array());
        digest.update(part);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** The same, for text parts (UTF-8). */
  public static String key(String... parts) {
    byte[][] bytes = new byte[parts.length][];
    for (int i = 0; i < parts.length; i++) {
      bytes[i] = parts[i].getBytes(StandardCharsets.UTF_8);
    }
    return key(bytes);
  }

  /** The entry under the key, or empty when there is none or it cannot be read. */
  public Optional<String> read(String key) {
    if (folder.isEmpty()) {
      return Optional.empty();
    }
    try {
      Path file = folder.get().resolve(key);
      return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
    } catch (IOException | RuntimeException e) {
      // a malformed (not UTF-8) or unreadable entry is a miss; the next write replaces it
      return Optional.empty();
    }
  }

  /** Puts the entry under the key, replacing any; nothing happens where the folder cannot be written. */
  public void write(String key, String text) {
    if (folder.isEmpty()) {
      return;
    }
    try {
      AtomicWrite.write(folder.get().resolve(key), text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      // no cache where the truth cannot be written: the verdict stands without one
    }
  }
}
