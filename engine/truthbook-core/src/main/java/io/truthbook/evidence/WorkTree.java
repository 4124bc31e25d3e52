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
import org.eclipse.jgit.dircache.DirCacheIterator;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.treewalk.FileTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.WorkingTreeIterator;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/** A folder on disk as it is now, uncommitted edits included; links are never followed. */
public final class WorkTree implements RepositoryTree {
  private final Path folder;
  private final String displayPrefix;
  private final List<String> files = new ArrayList<>();
  private final List<String> links = new ArrayList<>();

  private WorkTree(Path folder, String displayPrefix, List<String> files, List<String> links) {
    this.folder = folder;
    this.displayPrefix = displayPrefix;
    this.files.addAll(files);
    this.links.addAll(links);
  }

  /**
   * The files of {@code folder} (inside a git work tree) that git would commit: tracked ones as they are
   * on disk, and untracked ones its ignore rules do not ignore (a virtualenv or {@code node_modules} is
   * not the product). {@code displayPrefix} is prepended to paths in findings.
   */
  public static WorkTree committable(Path folder, String displayPrefix) {
    Path directory = folder.toAbsolutePath().normalize();
    List<String> files = new ArrayList<>();
    List<String> links = new ArrayList<>();
    try (Repository repository = io.truthbook.git.Repositories.holding(directory)
        .orElseThrow(() -> new EvidenceException(directory + " is not inside a git repository", null))) {
      Path workTree = repository.getWorkTree().toPath().toAbsolutePath().normalize();
      String inRepository = workTree.relativize(directory).toString().replace('\\', '/');
      String prefix = inRepository.isEmpty() ? "" : inRepository + "/";
      try (TreeWalk walk = new TreeWalk(repository)) {
        walk.addTree(new FileTreeIterator(repository));
        walk.addTree(new DirCacheIterator(repository.readDirCache()));
        if (!inRepository.isEmpty()) {
          walk.setFilter(PathFilter.create(inRepository));
        }
        while (walk.next()) {
          WorkingTreeIterator onDisk = walk.getTree(0, WorkingTreeIterator.class);
          boolean tracked = walk.getTree(1, DirCacheIterator.class) != null;
          if (onDisk == null || !tracked && onDisk.isEntryIgnored()) {
            continue;
          }
          FileMode mode = onDisk.getEntryFileMode();
          String path = walk.getPathString();
          if (walk.isSubtree()) {
            walk.enterSubtree();
          } else if (path.startsWith(prefix) && (mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE)) {
            files.add(path.substring(prefix.length()));
          } else if (path.startsWith(prefix) && mode == FileMode.SYMLINK) {
            links.add(path.substring(prefix.length()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the files of " + directory, e);
    }
    files.sort(null);
    links.sort(null);
    return new WorkTree(directory, displayPrefix, files, links);
  }

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
