package io.truthbook.history;

import io.truthbook.kinds.ManifestReader;
import io.truthbook.git.HeadCommit;
import io.truthbook.git.Repositories;
import io.truthbook.load.LoadLimits;
import io.truthbook.model.Truth;
import io.truthbook.schema.SchemaValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.NoHeadException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.PathFilter;

/**
 * The commits that changed the {@code manifests/} folder of the git repository holding a root,
 * newest first and bounded, each a {@link Snapshot} whose truth is read from the committed blobs.
 * Outside git, or before the first commit, the history is empty. Everything needed is read while
 * the repository is open, so a history holds no open resources.
 */
public final class TruthHistory {
  /** How many commits of the manifests folder are read unless told otherwise. */
  public static final int DEFAULT_DEPTH = 200;

  private final List<Snapshot> snapshots;
  private final Set<String> committedFiles;

  private TruthHistory(List<Snapshot> snapshots, Set<String> committedFiles) {
    this.snapshots = List.copyOf(snapshots);
    this.committedFiles = Set.copyOf(committedFiles);
  }

  /** No history: a root outside git. */
  public static TruthHistory none() {
    return new TruthHistory(List.of(), Set.of());
  }

  /** Reads up to {@code depth} commits of the manifests under {@code root}; empty outside git. */
  public static TruthHistory open(Path root, LoadLimits limits, int depth) {
    Path real = Repositories.real(root);
    try {
      Optional<Repository> holding = Repositories.holding(real);
      if (holding.isEmpty()) {
        return none();
      }
      try (Repository repository = holding.get()) {
        return read(repository, real, limits, depth);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the git history of " + root, e);
    }
  }

  /** The history of the manifests folder below {@code real}, inside the repository's work tree. */
  private static TruthHistory read(Repository repository, Path real, LoadLimits limits, int depth) throws IOException {
    if (repository.isBare()) {
      return none();
    }
    Path workTree = repository.getWorkTree().toPath().toRealPath();
    if (!real.startsWith(workTree)) {
      return none();
    }
    String below = workTree.relativize(real).toString().replace('\\', '/');
    String folder = below.isEmpty() ? "manifests" : below + "/manifests";
    return read(repository, real, below, folder, limits, depth);
  }

  private static TruthHistory read(Repository repository, Path root, String below, String folder, LoadLimits limits,
      int depth) throws IOException {
    ObjectId head = repository.resolve(Constants.HEAD);
    if (head == null) {
      return none();
    }
    List<RevCommit> commits = new ArrayList<>();
    try (Git git = Git.wrap(repository)) {
      git.log().add(head).addPath(folder).setMaxCount(depth).call().forEach(commits::add);
    } catch (NoHeadException e) {
      return none();
    } catch (GitAPIException e) {
      throw new IOException("cannot walk the history of " + folder + ": " + e.getMessage(), e);
    }
    // the schema verdicts of old blobs are kept in the working tree's cache, under their blob ids (and by content)
    Blobs store = new Blobs(new ManifestReader(limits, (stage, nanos) -> { }, SchemaValidator.cachedIn(root)));
    List<Snapshot> snapshots = new ArrayList<>();
    try (ObjectReader reader = repository.newObjectReader()) {
      for (RevCommit commit : commits) {
        Map<String, String> files = manifests(repository, reader, commit, below, folder, limits, store);
        snapshots.add(new Snapshot(new Revision(commit.name(), HeadCommit.dayOf(commit)), files, store));
      }
    }
    return new TruthHistory(snapshots, snapshots.isEmpty() ? Set.of() : committed(root, snapshots.get(0)));
  }

  /** The manifest files of one commit, root-relative, with their blob ids; their bytes go to the store. */
  private static Map<String, String> manifests(Repository repository, ObjectReader reader, RevCommit commit,
      String below, String folder, LoadLimits limits, Blobs store) throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    try (TreeWalk walk = new TreeWalk(repository, reader)) {
      walk.addTree(commit.getTree());
      walk.setRecursive(true);
      walk.setFilter(PathFilter.create(folder));
      while (walk.next()) {
        String path = walk.getPathString();
        FileMode mode = walk.getFileMode(0);
        // links are never followed, as in the working tree; only YAML files are manifests
        if ((mode != FileMode.REGULAR_FILE && mode != FileMode.EXECUTABLE_FILE) || !path.matches(".*\\.ya?ml")) {
          continue;
        }
        String file = below.isEmpty() ? path : path.substring(below.length() + 1);
        ObjectId blob = walk.getObjectId(0);
        files.put(file, blob.name());
        store.remember(blob, reader, limits.maxManifestBytes());
      }
    }
    return files;
  }

  /** Working-tree manifest files byte-identical to their version in the newest snapshot. */
  private static Set<String> committed(Path root, Snapshot newest) {
    Set<String> same = new TreeSet<>();
    try (ObjectInserter.Formatter hasher = new ObjectInserter.Formatter()) {
      for (Map.Entry<String, String> file : newest.blobs().entrySet()) {
        Path path = root.resolve(file.getKey());
        if (Files.isRegularFile(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)
            && hasher.idFor(Constants.OBJ_BLOB, Files.readAllBytes(path)).name().equals(file.getValue())) {
          same.add(file.getKey());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read manifests under " + root, e);
    }
    return same;
  }

  /** The snapshots, newest first. */
  public List<Snapshot> snapshots() {
    return snapshots;
  }

  public Optional<Snapshot> newest() {
    return snapshots.stream().findFirst();
  }

  public boolean isEmpty() {
    return snapshots.isEmpty();
  }

  /**
   * Lets the newest snapshot use the working tree's truth when the working tree's manifests are that
   * commit's, byte for byte and read in the same order: the same bytes make the same truth, and reading
   * them a second time was a second load and schema pass over every manifest.
   *
   * @param files the working tree's manifest files, root-relative, in the order they were read
   */
  public void reuse(Truth working, List<String> files) {
    newest().filter(snapshot -> new ArrayList<>(snapshot.blobs().keySet()).equals(files)
            && files.stream().allMatch(committedFiles::contains))
        .ifPresent(snapshot -> snapshot.readAs(working));
  }

  /** True when the working-tree file is byte-identical to its version at {@link #newest()}. */
  public boolean committed(String file) {
    return committedFiles.contains(file);
  }

  /** The bytes of every blob the history read, shared by its snapshots. */
  static final class Blobs {
    private final ManifestReader reader;
    private final Map<String, byte[]> bytes = new HashMap<>();
    private final Map<String, Long> sizes = new HashMap<>();

    Blobs(ManifestReader reader) {
      this.reader = reader;
    }

    ManifestReader reader() {
      return reader;
    }

    void remember(ObjectId blob, ObjectReader objects, long maxBytes) throws IOException {
      if (sizes.containsKey(blob.name())) {
        return;
      }
      long size = objects.getObjectSize(blob, Constants.OBJ_BLOB);
      sizes.put(blob.name(), size);
      // an over-limit blob is never read; the reader reports it by its size alone
      if (size > maxBytes) {
        bytes.put(blob.name(), new byte[0]);
        return;
      }
      // streamed: getBytes() refuses a blob over JGit's in-memory threshold, which a raised limit may allow
      try (java.io.InputStream in = objects.open(blob, Constants.OBJ_BLOB).openStream()) {
        bytes.put(blob.name(), in.readAllBytes());
      }
    }

    ManifestReader.Source source(String file, String blob) {
      return new ManifestReader.Source(file, sizes.get(blob), () -> bytes.get(blob),
          Optional.of(file + "@" + blob));
    }
  }
}
