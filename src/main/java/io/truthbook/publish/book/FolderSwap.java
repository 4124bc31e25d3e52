package io.truthbook.publish.book;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/** Puts a finished folder in place of an older one with renames, never leaving a half-written folder. */
final class FolderSwap {
  private FolderSwap() {}

  /**
   * Refuses to replace a folder that is not an earlier output: it must be missing, empty, or hold
   * the {@code marker} file, so a wrong {@code --out} never wipes a folder of the user's.
   */
  static void checkReplaceable(Path target, String marker) throws IOException {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
      throw new IOException(target + " exists and is not a folder");
    }
    if (Files.exists(target.resolve(marker), LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(target)) {
      if (entries.iterator().hasNext()) {
        throw new IOException("refusing to replace " + target + ": it is not empty and holds no " + marker);
      }
    }
  }

  /** A temporary folder is private to its owner; the published book is for everyone to read. */
  static void makeReadable(Path folder) throws IOException {
    if (Files.getFileAttributeView(folder, PosixFileAttributeView.class) != null) {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  /** Moves {@code built} to {@code target}; an existing target is moved aside first, then deleted. */
  static void replace(Path built, Path target) throws IOException {
    if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
      Files.move(built, target, StandardCopyOption.ATOMIC_MOVE);
      return;
    }
    Path previous = built.resolveSibling(built.getFileName() + "-previous");
    Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
    try {
      Files.move(built, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      Files.move(previous, target, StandardCopyOption.ATOMIC_MOVE);
      throw e;
    }
    deleteQuietly(previous);
  }

  /** Deletes a folder tree without following links; what cannot be deleted stays (a leftover, not a fault). */
  static void deleteQuietly(Path folder) {
    try {
      Files.walkFileTree(folder, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
          Files.deleteIfExists(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
          Files.deleteIfExists(dir);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      // a leftover temporary folder beside the book is harmless; the build result is what matters
    }
  }
}
