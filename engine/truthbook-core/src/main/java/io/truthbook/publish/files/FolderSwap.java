package io.truthbook.publish.files;

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
public final class FolderSwap {
  private FolderSwap() {}

  /**
   * Refuses to replace a folder that is not an earlier output: it must be missing, empty, or hold
   * the {@code marker} file, so a wrong {@code --out} never wipes a folder of the user's.
   */
  public static void checkReplaceable(Path target, String marker) throws IOException {
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

  /** What is written into a staging folder before it is swapped in. */
  @FunctionalInterface
  public interface Staged<T> {
    T writeInto(Path staging) throws IOException;
  }

  /**
   * Builds {@code target} anew: checks it may be replaced ({@link #checkReplaceable}), lets {@code work}
   * fill a {@link #stage staging folder}, and swaps that in whole; when {@code work} throws, the staging
   * folder is deleted and {@code target} stays as it was.
   */
  public static <T> T rebuild(Path target, String marker, Staged<T> work) throws IOException {
    checkReplaceable(target, marker);
    Path staging = stage(target);
    try {
      T result = work.writeInto(staging);
      replace(staging, target);
      staging = null;
      return result;
    } finally {
      if (staging != null) {
        deleteQuietly(staging);
      }
    }
  }

  /**
   * A new staging folder beside {@code target} (its parent is created when missing), named after it
   * and this process ({@code .NAME.building-PID-...}), made readable. Staging folders left by builds whose process is
   * gone (killed, say) are deleted first; those of a build still running are left alone.
   */
  public static Path stage(Path target) throws IOException {
    Path parent = target.toAbsolutePath().normalize().getParent();
    String prefix = "." + target.getFileName() + ".building-";
    Files.createDirectories(parent);
    try (DirectoryStream<Path> siblings = Files.newDirectoryStream(parent, prefix + "*")) {
      for (Path sibling : siblings) {
        String rest = sibling.getFileName().toString().substring(prefix.length());
        int dash = rest.indexOf('-');
        java.util.OptionalLong pid = pid(dash < 0 ? rest : rest.substring(0, dash));
        if (pid.isPresent() && ProcessHandle.of(pid.getAsLong()).map(ProcessHandle::isAlive).orElse(false)) {
          continue;
        }
        deleteQuietly(sibling);
      }
    }
    Path staging = Files.createTempDirectory(parent, prefix + ProcessHandle.current().pid() + "-");
    makeReadable(staging);
    return staging;
  }

  private static java.util.OptionalLong pid(String text) {
    try {
      return java.util.OptionalLong.of(Long.parseLong(text));
    } catch (NumberFormatException e) {
      return java.util.OptionalLong.empty();
    }
  }

  /** A temporary folder is private to its owner; the published book is for everyone to read. */
  public static void makeReadable(Path folder) throws IOException {
    if (Files.getFileAttributeView(folder, PosixFileAttributeView.class) != null) {
      Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  /** Moves {@code built} to {@code target}; an existing target is moved aside first, then deleted. */
  public static void replace(Path built, Path target) throws IOException {
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
  public static void deleteQuietly(Path folder) {
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
