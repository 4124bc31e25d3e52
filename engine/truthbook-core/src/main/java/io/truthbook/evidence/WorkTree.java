package io.truthbook.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A folder on disk as it is now, uncommitted edits included; links are never followed. */
public final class WorkTree implements RepositoryTree {
  private final Path folder;
  private final String displayPrefix;
  private final List<String> files = new ArrayList<>();
  private final List<String> links = new ArrayList<>();

  WorkTree(Path folder, String displayPrefix) {
    this.folder = folder;
    this.displayPrefix = displayPrefix;
    try {
      Files.walkFileTree(folder, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
          return dir.getFileName() != null && dir.getFileName().toString().equals(".git") && !dir.equals(folder)
              ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
          // links are visited, not followed: listed apart, never read
          if (attributes.isRegularFile()) {
            files.add(folder.relativize(file).toString().replace('\\', '/'));
          } else if (attributes.isSymbolicLink()) {
            links.add(folder.relativize(file).toString().replace('\\', '/'));
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
    files.sort(null);
    links.sort(null);
  }

  @Override
  public List<String> files() {
    return List.copyOf(files);
  }

  @Override
  public List<String> links() {
    return List.copyOf(links);
  }

  @Override
  public long size(String file) {
    try {
      return Files.size(folder.resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + folder.resolve(file), e);
    }
  }

  @Override
  public byte[] read(String file) {
    try {
      return Files.readAllBytes(folder.resolve(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + folder.resolve(file), e);
    }
  }

  @Override
  public String displayPath(String file) {
    return displayPrefix + file;
  }

  @Override
  public Optional<String> commit() {
    return Optional.empty();
  }

  @Override
  public Optional<Instant> commitTime() {
    return Optional.empty();
  }

  @Override
  public java.util.Map<String, ChangeStamp> lastChanged(java.util.Set<String> files) {
    return java.util.Map.of();
  }

  @Override
  public void close() {
    // nothing held open
  }
}
