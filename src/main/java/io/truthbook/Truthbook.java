package io.truthbook;

import io.truthbook.diff.Review;
import io.truthbook.diff.TruthDiff;
import io.truthbook.evidence.EvidenceCollector;
import io.truthbook.evidence.EvidenceException;
import io.truthbook.evidence.EvidenceRules;
import io.truthbook.evidence.Extractors;
import io.truthbook.evidence.GitTree;
import io.truthbook.evidence.RepositoryTree;
import io.truthbook.evidence.SourceOpener;
import io.truthbook.load.ChapterLoader;
import io.truthbook.load.LoadLimits;
import io.truthbook.load.LoadedFile;
import io.truthbook.load.Manifest;
import io.truthbook.load.RepositoryFiles;
import io.truthbook.load.TruthMapper;
import io.truthbook.load.YamlLoader;
import io.truthbook.model.CheckResult;
import io.truthbook.model.Finding;
import io.truthbook.model.Location;
import io.truthbook.model.ManifestKind;
import io.truthbook.model.RuleInfo;
import io.truthbook.model.Source;
import io.truthbook.model.Freshness;
import io.truthbook.reconcile.EvidenceSet;
import io.truthbook.reconcile.FreshnessIndex;
import io.truthbook.reconcile.Reconciler;
import io.truthbook.model.Truth;
import io.truthbook.rules.RuleCatalog;
import io.truthbook.rules.TruthIndex;
import io.truthbook.schema.SchemaValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The pipeline in a few lines: load → schema → link → rules. The CLI and the build call this; nothing
 * else wires stages together.
 */
public final class Truthbook {
  public static final String MANIFESTS = "manifests";

  /**
   * How to run: the load limits; for evidence, whether to read the working tree instead of a
   * commit, a revision overriding the sources manifest, the clone cache and the largest file read.
   */
  public record Options(LoadLimits limits, boolean worktree, Optional<String> ref, Path cache, long maxFileBytes) {
    public static Options defaults() {
      return new Options(LoadLimits.DEFAULTS, false, Optional.empty(),
          Path.of(System.getProperty("user.home"), ".cache", "truthbook", "repos"), 2L * 1024 * 1024);
    }
  }

  private final Path root;
  private final LoadLimits limits;
  private final Options options;
  /** Wall time per stage of the last check, in nanoseconds. */
  private final Map<String, Long> stages = new LinkedHashMap<>();

  public Truthbook(Path root, Options options) {
    this.root = root.toAbsolutePath().normalize();
    this.options = options;
    this.limits = options.limits();
  }

  public Truthbook(Path root, LoadLimits limits) {
    this(root, new Options(limits, false, Optional.empty(), Options.defaults().cache(), Options.defaults().maxFileBytes()));
  }

  /** Every rule id any stage can report, with what it means and how to fix it. */
  public static RuleCatalog rules() {
    List<RuleInfo> other = new ArrayList<>(EvidenceRules.ALL);
    other.addAll(new Reconciler().reports());
    return RuleCatalog.standard(other);
  }

  /** Checks the truth under the root; content problems are findings, tool faults are exceptions. */
  public CheckResult check() {
    return check(true);
  }

  private CheckResult check(boolean withEvidence) {
    stages.clear();
    Read read = read();
    List<Finding> findings = new ArrayList<>(read.findings());
    Map<String, List<String>> sources = new LinkedHashMap<>(read.sources());
    ChapterLoader.Chapters chapters = ChapterLoader.load(root, read.truth().chapters(), limits.maxManifestBytes());
    findings.addAll(chapters.findings());
    chapters.texts().forEach(t -> sources.put(t.file(), t.lines()));
    long start = System.nanoTime();
    findings.addAll(rules().check(new TruthIndex(read.truth(), root, chapters.texts())));
    stages.merge("rules", System.nanoTime() - start, Long::sum);
    Truth truth = read.truth();
    List<Freshness> freshness = List.of();
    if (withEvidence && !truth.sources().isEmpty() && !truth.incomplete().contains(ManifestKind.SOURCES)) {
      start = System.nanoTime();
      EvidenceSet evidence = scan(truth, findings);
      stages.merge("evidence", System.nanoTime() - start, Long::sum);
      start = System.nanoTime();
      findings.addAll(new Reconciler().drift(truth, evidence));
      freshness = FreshnessIndex.of(truth, evidence);
      stages.merge("reconcile", System.nanoTime() - start, Long::sum);
    }
    return new CheckResult(findings, sources, read.manifestCount(), freshness, stages);
  }

  /** The evidence stage: open every source, run its extractors; problems become findings. */
  private EvidenceSet scan(Truth truth, List<Finding> findings) {
    SourceOpener opener = new SourceOpener(root, new SourceOpener.Options(options.worktree(), options.ref(),
        options.cache()));
    EvidenceCollector collector = new EvidenceCollector(Extractors.all(), options.maxFileBytes());
    List<EvidenceCollector.Collected> collected = new ArrayList<>();
    for (Source source : truth.sources()) {
      try {
        SourceOpener.Opened opened = opener.open(source);
        findings.addAll(opened.findings());
        if (opened.tree().isPresent()) {
          try (RepositoryTree tree = opened.tree().get()) {
            EvidenceCollector.Collected result = collector.collect(source, tree);
            findings.addAll(result.findings());
            collected.add(result);
          }
        }
      } catch (EvidenceException | UncheckedIOException e) {
        throw new TruthbookException("cannot read source '" + source.id() + "': "
            + (e.getCause() == null ? e.getMessage() : e.getMessage() + ": " + e.getCause().getMessage()), e);
      }
    }
    return new EvidenceSet(collected);
  }

  /** The truth the manifests state, without judging it (invalid manifests are left out). */
  public Truth truth() {
    return read().truth();
  }

  /** The load and schema stages' output. */
  private record Read(List<Finding> findings, Map<String, List<String>> sources, Truth truth, int manifestCount) {}

  /** One manifest file to read: where findings say it is, its size, its bytes, and whether it links out. */
  private record ManifestFile(String file, long size, java.util.function.Supplier<byte[]> bytes, boolean outside) {}

  private Read read() {
    Path folder = root.resolve(MANIFESTS);
    if (!Files.isDirectory(folder)) {
      throw new TruthbookException("no '" + MANIFESTS + "' folder in " + root
          + " (give the repository root with --root DIR)");
    }
    List<ManifestFile> files = new ArrayList<>();
    for (Path path : wrapIo(() -> RepositoryFiles.manifests(folder))) {
      files.add(new ManifestFile(RepositoryFiles.relative(root, path), wrapIo(() -> size(path)), () -> read(path),
          !RepositoryFiles.insideReal(root, path)));
    }
    return read(files);
  }

  /** The truth as the manifests stated it at a git revision of the repository holding the root. */
  public Truth truthAt(String revision) {
    Path folder = root.resolve(MANIFESTS);
    try (GitTree tree = GitTree.at(folder, revision).orElseThrow(() ->
        new TruthbookException("revision '" + revision + "' does not exist in the repository of " + root))) {
      List<ManifestFile> files = new ArrayList<>();
      for (String file : tree.files()) {
        if (file.matches("[^/]*\\.ya?ml") || file.matches(".*/[^/]*\\.ya?ml")) {
          byte[] bytes = tree.read(file);
          files.add(new ManifestFile(MANIFESTS + "/" + file, bytes.length, () -> bytes, false));
        }
      }
      return read(files).truth();
    } catch (EvidenceException | UncheckedIOException e) {
      throw new TruthbookException("cannot read revision '" + revision + "': " + e.getMessage(), e);
    }
  }

  /** The semantic diff of the truth between two revisions. */
  public TruthDiff diff(String base, String head) {
    return TruthDiff.between(truthAt(base), truthAt(head));
  }

  /**
   * The reviewer's view of a change between two revisions. Its findings come from the manifests
   * and chapters at each revision (repository evidence is the business of {@code check}).
   */
  public Review review(String base, String head) {
    return Review.of(base, head, truthAt(base), truthAt(head), checkAt(base), checkAt(head));
  }

  /** Checks the manifests and chapters as committed at a revision, in a temporary copy. */
  private List<Finding> checkAt(String revision) {
    Path copy = null;
    try (GitTree tree = GitTree.at(root, revision).orElseThrow(() ->
        new TruthbookException("revision '" + revision + "' does not exist in the repository of " + root))) {
      copy = Files.createTempDirectory("truthbook-review-");
      for (String file : tree.files()) {
        if (file.startsWith(MANIFESTS + "/") || file.startsWith("chapters/") || file.startsWith("diagrams/")) {
          Path target = copy.resolve(file).normalize();
          if (target.startsWith(copy)) {
            Files.createDirectories(target.getParent());
            Files.write(target, tree.read(file));
          }
        }
      }
      Files.createDirectories(copy.resolve(MANIFESTS));
      Truthbook atRevision = new Truthbook(copy, options);
      return atRevision.check(false).findings();
    } catch (IOException | EvidenceException | UncheckedIOException e) {
      throw new TruthbookException("cannot check revision '" + revision + "': " + e.getMessage(), e);
    } finally {
      deleteTree(copy);
    }
  }

  private static void deleteTree(Path folder) {
    if (folder == null) {
      return;
    }
    try (java.util.stream.Stream<Path> walk = Files.walk(folder)) {
      for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      // a temporary folder left behind is not worth failing the review for
    }
  }

  private Read read(List<ManifestFile> files) {
    List<Finding> findings = new ArrayList<>();
    Map<String, List<String>> sources = new LinkedHashMap<>();
    List<Manifest> valid = new ArrayList<>();
    Set<ManifestKind> present = EnumSet.noneOf(ManifestKind.class);
    Set<ManifestKind> incomplete = EnumSet.noneOf(ManifestKind.class);
    YamlLoader loader = new YamlLoader(limits);
    long schemaLoad = System.nanoTime();
    SchemaValidator schemas = new SchemaValidator();
    stages.merge("schema", System.nanoTime() - schemaLoad, Long::sum);
    for (ManifestFile manifestFile : files) {
      String file = manifestFile.file();
      if (manifestFile.outside()) {
        findings.add(Finding.error("manifest.outside", Location.of(file, 1, 1),
            "manifest '" + file + "' is a link that leaves the repository",
            "copy the file into the repository instead of linking to it"));
        continue;
      }
      long size = manifestFile.size();
      long loadStart = System.nanoTime();
      LoadedFile loaded = size > limits.maxManifestBytes() ? loader.tooLarge(file, size)
          : loader.load(file, manifestFile.bytes().get());
      stages.merge("load", System.nanoTime() - loadStart, Long::sum);
      sources.put(file, loaded.lines());
      findings.addAll(loaded.findings());
      if (loaded.manifest().isEmpty()) {
        // a manifest that has content we could not read leaves its kind incomplete, or every kind if
        // its kind is unreadable too; an empty, binary or unknown-kind file defines nothing
        boolean unreadableContent = loaded.findings().stream()
            .anyMatch(f -> f.ruleId().startsWith("yaml.") && !f.ruleId().equals("yaml.encoding")
                || f.ruleId().startsWith("limit."));
        loaded.declaredKind().ifPresentOrElse(incomplete::add, () -> {
          if (unreadableContent) {
            incomplete.addAll(EnumSet.allOf(ManifestKind.class));
          }
        });
        loaded.declaredKind().ifPresent(present::add);
        continue;
      }
      Manifest manifest = loaded.manifest().get();
      present.add(manifest.kind());
      long schemaStart = System.nanoTime();
      List<Finding> schemaFindings = schemas.validate(manifest);
      stages.merge("schema", System.nanoTime() - schemaStart, Long::sum);
      findings.addAll(schemaFindings);
      if (schemaFindings.isEmpty()) {
        valid.add(manifest);
      } else {
        incomplete.add(manifest.kind());
      }
    }

    return new Read(findings, sources, TruthMapper.map(valid, present, incomplete), files.size());
  }

  private static long size(Path path) {
    try {
      return Files.size(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Path path) {
    return wrapIo(() -> {
      try {
        return Files.readAllBytes(path);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static <T> T wrapIo(java.util.function.Supplier<T> action) {
    try {
      return action.get();
    } catch (UncheckedIOException e) {
      throw new TruthbookException("I/O error: " + e.getCause().getMessage(), e);
    }
  }
}
