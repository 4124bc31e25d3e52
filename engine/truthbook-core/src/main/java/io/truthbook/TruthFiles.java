package io.truthbook;

import io.truthbook.disk.FileIdentity;
import io.truthbook.evidence.EvidenceException;
import io.truthbook.evidence.GitTree;
import io.truthbook.history.TruthHistory;
import io.truthbook.kinds.ManifestReader;
import io.truthbook.load.LoadLimits;
import io.truthbook.load.RepositoryFiles;
import io.truthbook.model.Finding;
import io.truthbook.model.Truth;
import io.truthbook.schema.SchemaValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The manifests as files: the folder under the root, the same as committed at a revision, and their
 * history. Every read goes through the one load loop ({@link ManifestReader}).
 */
final class TruthFiles {
  private final Path root;
  private final LoadLimits limits;
  private final Map<String, Long> stages;

  TruthFiles(Path root, LoadLimits limits) {
    this.root = root;
    this.limits = limits;
    this.stages = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>());
  }

  /** Wall time per stage of the last read and check, in nanoseconds (a synchronized map). */
  Map<String, Long> stages() {
    return stages;
  }

  /** The manifests' git history, for claims' "since" and stale sign-offs. */
  TruthHistory history() {
    return Faults.wrapIo(() -> TruthHistory.open(root, limits, TruthHistory.DEFAULT_DEPTH));
  }

  /** The load and schema stages' output. */
  record Read(List<Finding> findings, Map<String, List<String>> sources, Truth truth, int manifestCount,
      List<String> files) {}

  /**
   * One manifest file to read (links out were refused when listing): where findings say it is, its size,
   * its bytes, and a name for them known without reading them (the path and its settled stat data).
   */
  private record ManifestFile(String file, long size, Supplier<byte[]> bytes, Optional<String> name) {
    ManifestFile(String file, long size, Supplier<byte[]> bytes) {
      this(file, size, bytes, Optional.empty());
    }
  }

  Read read() {
    Path folder = root.resolve(Truthbook.MANIFESTS);
    if (!Files.isSymbolicLink(folder) && !Files.isDirectory(folder)) {
      throw new TruthbookException("no '" + Truthbook.MANIFESTS + "' folder in " + root + ": start a truth there with"
          + " 'truthbook init' (or 'truthbook init --from .' to draft it from the code), or give the folder that"
          + " holds manifests/ with --root DIR");
    }
    RepositoryFiles.Listing listing = Faults.wrapIo(() -> RepositoryFiles.manifests(root));
    List<ManifestFile> files = new ArrayList<>();
    for (Path path : listing.files()) {
      // named before it is read: a name taken first names the bytes read, or is never seen again
      String file = RepositoryFiles.relative(root, path);
      Optional<String> name = FileIdentity.of(path).map(stat -> file + "@" + stat);
      files.add(new ManifestFile(file, Faults.wrapIo(() -> size(path)), () -> read(path), name));
    }
    Read read = read(files);
    List<Finding> findings = new ArrayList<>(listing.findings());
    findings.addAll(read.findings());
    return new Read(findings, read.sources(), read.truth(), read.manifestCount(), read.files());
  }

  /**
   * The truth as the manifests stated it at a git revision of the repository holding the root. A
   * revision whose {@code manifests} is not a folder (a file, a link) has no manifests: an empty truth.
   */
  Truth truthAt(String revision) {
    // the tree is opened at the root, not at manifests/: that path may be a file or a link at this revision
    try (GitTree tree = GitTree.at(root, revision).orElseThrow(() ->
        new TruthbookException("revision '" + revision + "' does not exist in the repository of " + root))) {
      List<ManifestFile> files = new ArrayList<>();
      for (String file : tree.files()) {
        if (file.startsWith(Truthbook.MANIFESTS + "/") && file.matches(".*\\.ya?ml")) {
          byte[] bytes = tree.read(file);
          files.add(new ManifestFile(file, bytes.length, () -> bytes));
        }
      }
      return read(files).truth();
    } catch (EvidenceException | UncheckedIOException e) {
      throw new TruthbookException("cannot read revision '" + revision + "': " + e.getMessage(), e);
    }
  }

  private Read read(List<ManifestFile> files) {
    List<ManifestReader.Source> sources = files.stream()
        .map(f -> new ManifestReader.Source(f.file(), f.size(), f.bytes(), f.name())).toList();
    ManifestReader.Loaded loaded = new ManifestReader(limits, (stage, nanos) -> stages.merge(stage, nanos, Long::sum),
        SchemaValidator.cachedIn(root)).read(sources);
    return new Read(loaded.findings(), loaded.sources(), loaded.truth(), loaded.manifestCount(),
        files.stream().map(ManifestFile::file).toList());
  }

  private static long size(Path path) {
    try {
      return Files.size(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Path path) {
    return Faults.wrapIo(() -> {
      try {
        return Files.readAllBytes(path);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }
}
