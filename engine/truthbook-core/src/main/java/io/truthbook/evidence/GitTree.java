package io.truthbook.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectLoader;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/** A folder of a git repository at one commit, read through JGit; uncommitted edits do not count. */
public final class GitTree implements RepositoryTree {
  private final Repository repository;
  private final ObjectReader reader;
  private final RevCommit commit;
  private final String prefix;
  private final String displayPrefix;
  private final Map<String, ObjectId> blobs = new TreeMap<>();
  private final java.util.SortedSet<String> links = new java.util.TreeSet<>();

  /**
   * Opens {@code folder} (a path inside the repository's work tree, "" for its root) at {@code
   * commit}. {@code displayPrefix} is prepended to paths in findings.
   */
  GitTree(Repository repository, RevCommit commit, String folder, String displayPrefix) {
    this.repository = repository;
    this.reader = repository.newObjectReader();
    this.commit = commit;
    this.prefix = folder.isEmpty() || folder.endsWith("/") ? folder : folder + "/";
    this.displayPrefix = displayPrefix;
    try (TreeWalk walk = new TreeWalk(repository, reader)) {
      walk.addTree(commit.getTree());
      walk.setRecursive(true);
      if (!folder.isEmpty()) {
        walk.setFilter(PathFilter.create(folder));
      }
      while (walk.next()) {
        FileMode mode = walk.getFileMode(0);
        // symbolic links are never followed: a link out of the repository must not be read
        if (mode == FileMode.REGULAR_FILE || mode == FileMode.EXECUTABLE_FILE) {
          blobs.put(walk.getPathString().substring(prefix.length()), walk.getObjectId(0));
        } else if (mode == FileMode.SYMLINK) {
          links.add(walk.getPathString().substring(prefix.length()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read git tree of " + repository.getDirectory(), e);
    }
  }

  /**
   * The files of {@code folder} (inside a git work tree) at revision {@code ref}; empty when the
   * revision does not exist. Throws when {@code folder} is not inside a git repository.
   */
  public static Optional<GitTree> at(java.nio.file.Path folder, String ref) {
    java.nio.file.Path directory = folder.toAbsolutePath().normalize();
    try {
      Repository repository = io.truthbook.git.Repositories.holding(directory)
          .orElseThrow(() -> new EvidenceException(directory + " is not inside a git repository", null));
      Optional<RevCommit> commit = resolve(repository, ref);
      if (commit.isEmpty()) {
        repository.close();
        return Optional.empty();
      }
      java.nio.file.Path workTree = repository.getWorkTree().toPath().toAbsolutePath().normalize();
      String inRepository = workTree.relativize(directory).toString().replace('\\', '/');
      return Optional.of(new GitTree(repository, commit.get(), inRepository, ""));
    } catch (IOException e) {
      throw new EvidenceException("cannot open the git repository of " + directory, e);
    }
  }

  /** Resolves {@code ref} to a commit, or empty if the repository has no such revision. */
  static Optional<RevCommit> resolve(Repository repository, String ref) {
    try {
      ObjectId id = repository.resolve(ref + "^{commit}");
      if (id == null) {
        return Optional.empty();
      }
      try (RevWalk walk = new RevWalk(repository)) {
        return Optional.of(walk.parseCommit(id));
      }
    } catch (IOException | org.eclipse.jgit.errors.RevisionSyntaxException e) {
      return Optional.empty();
    }
  }

  @Override
  public List<String> files() {
    return List.copyOf(blobs.keySet());
  }

  @Override
  public List<String> links() {
    return List.copyOf(links);
  }

  @Override
  public long size(String file) {
    try {
      return reader.getObjectSize(blobs.get(file), org.eclipse.jgit.lib.Constants.OBJ_BLOB);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + " at " + commit.name(), e);
    }
  }

  @Override
  public byte[] read(String file) {
    try {
      ObjectLoader loader = reader.open(blobs.get(file), Constants.OBJ_BLOB);
      if (!loader.isLarge()) {
        // a small blob is in memory already: one copy of its size, not a stream's 8 KiB buffers (50,000 files)
        return loader.getBytes();
      }
      // streamed: getBytes() refuses a blob over JGit's in-memory threshold, which --max-file-bytes may allow
      try (InputStream in = loader.openStream()) {
        return in.readAllBytes();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + " at " + commit.name(), e);
    }
  }

  /** The blob id of a file: identical content has the same id, so parses can be cached by it. */
  @Override
  public Optional<String> blobId(String file) {
    return Optional.ofNullable(blobs.get(file)).map(ObjectId::name);
  }

  @Override
  public String displayPath(String file) {
    return displayPrefix + file;
  }

  @Override
  public Optional<String> commit() {
    return Optional.of(commit.name());
  }

  @Override
  public Optional<Instant> commitTime() {
    return Optional.of(Instant.ofEpochSecond(commit.getCommitTime()));
  }

  /** Commits looked at when dating evidence; older history reads as "changed before this". */
  private static final int HISTORY_LIMIT = 5_000;

  @Override
  public Map<String, ChangeStamp> lastChanged(java.util.Set<String> files) {
    Map<String, String> remaining = new TreeMap<>();
    files.stream().filter(blobs::containsKey).forEach(f -> remaining.put(prefix + f, f));
    Map<String, ChangeStamp> stamps = new TreeMap<>();
    if (remaining.isEmpty()) {
      return stamps;
    }
    try (RevWalk walk = new RevWalk(repository)) {
      walk.markStart(walk.parseCommit(commit));
      int seen = 0;
      for (RevCommit current : walk) {
        if (remaining.isEmpty() || seen++ >= HISTORY_LIMIT) {
          break;
        }
        try (TreeWalk diff = new TreeWalk(repository, reader)) {
          diff.setRecursive(true);
          diff.addTree(current.getTree());
          if (current.getParentCount() > 0) {
            diff.addTree(walk.parseCommit(current.getParent(0)).getTree());
          } else {
            diff.addTree(new org.eclipse.jgit.treewalk.EmptyTreeIterator());
          }
          diff.setFilter(org.eclipse.jgit.treewalk.filter.AndTreeFilter.create(
              org.eclipse.jgit.treewalk.filter.PathFilterGroup.createFromStrings(remaining.keySet()),
              org.eclipse.jgit.treewalk.filter.TreeFilter.ANY_DIFF));
          java.util.List<String> changed = new java.util.ArrayList<>();
          while (diff.next()) {
            changed.add(diff.getPathString());
          }
          for (String path : changed) {
            String file = remaining.remove(path);
            if (file != null) {
              stamps.put(file, new ChangeStamp(current.name(), Instant.ofEpochSecond(current.getCommitTime())));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the history of " + repository.getDirectory(), e);
    }
    return stamps;
  }

  @Override
  public void close() {
    reader.close();
    repository.close();
  }
}
