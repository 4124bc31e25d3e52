package io.truthbook;

import io.truthbook.diff.Review;
import io.truthbook.diff.TruthDiff;
import io.truthbook.evidence.EvidenceCollector;
import io.truthbook.gates.GateEvaluator;
import io.truthbook.gates.GateReport;
import io.truthbook.gates.RequiredReviewers;
import io.truthbook.gates.SignOff;
import io.truthbook.gates.SignOffException;
import io.truthbook.history.TruthHistory;
import io.truthbook.publish.book.BookBuilder;
import io.truthbook.publish.book.BookFile;
import io.truthbook.publish.book.BookInput;
import io.truthbook.publish.book.BookOutput;
import io.truthbook.publish.book.PublishException;
import io.truthbook.publish.diagram.DiagramCache;
import io.truthbook.publish.diagram.DiagramRenderer;
import io.truthbook.publish.diagram.HandWrittenDiagrams;
import io.truthbook.publish.diagram.RenderReport;
import io.truthbook.render.book.BookAssembler;
import io.truthbook.render.book.BookSource;
import io.truthbook.render.book.ChapterText;
import io.truthbook.render.book.Diagram;
import io.truthbook.render.book.Stamp;
import io.truthbook.render.diagram.DiagramSet;
import io.truthbook.render.diagram.DiagramSource;
import io.truthbook.reconcile.claims.ClaimReconciler;
import io.truthbook.reconcile.claims.ReconciliationMatrix;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

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
  private final Map<String, Long> stages = java.util.Collections.synchronizedMap(new LinkedHashMap<>());

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
    other.addAll(ClaimReconciler.reports());
    other.addAll(GateEvaluator.reports());
    other.addAll(HandWrittenDiagrams.RULES);
    return RuleCatalog.standard(other);
  }

  /** The engine's version, from its jar's manifest. */
  public static String version() {
    String version = Truthbook.class.getPackage().getImplementationVersion();
    return version == null ? "(development build)" : version;
  }

  /** Writes a report whole or not at all; a fault names the file. */
  public static void writeAtomically(Path file, String text) {
    try {
      io.truthbook.publish.files.AtomicFile.write(file, text);
    } catch (IOException e) {
      throw new TruthbookException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  /** Checks the truth under the root; content problems are findings, tool faults are exceptions. */
  public CheckResult check() {
    return audit().result();
  }

  /** A check with the reconciliation matrix and the gates' states it computed on the way. */
  public record Audit(CheckResult result, ReconciliationMatrix matrix, GateReport gates) {}

  /** The whole pipeline: load → schema → rules → evidence → reconcile → claims → gates. */
  public Audit audit() {
    return check(true);
  }

  /**
   * The load and schema stages' findings alone, with the lines they point into: what {@code matrix},
   * {@code diagrams} and {@code gates} must report before they use a truth its broken manifests left incomplete.
   */
  public CheckResult manifestProblems() {
    Read read = read();
    return new CheckResult(read.findings(), read.sources(), read.manifestCount());
  }

  /** The reconciliation matrix alone (no repository evidence needed). */
  public ReconciliationMatrix matrix() {
    return new ClaimReconciler(history()).reconcile(truth());
  }

  /** Records a reviewer's sign-off of a gate, rewriting its manifest atomically, comments kept. */
  public SignOff.Signed sign(String gate, String owner, LocalDate date) {
    try {
      return SignOff.sign(root, gate, owner, date, limits);
    } catch (SignOffException e) {
      throw new TruthbookException(e.getMessage(), e);
    } catch (UncheckedIOException e) {
      throw new TruthbookException("I/O error: " + e.getCause().getMessage(), e);
    }
  }

  /** Renders the generated and hand-written diagrams into outDir as SVG plus source, through the cache. */
  public RenderReport diagrams(Path outDir, Path cacheDir) {
    return render(diagramSources(truth()), outDir, cacheDir);
  }

  private List<DiagramSource> diagramSources(Truth truth) {
    List<DiagramSource> all = new ArrayList<>(DiagramSet.generate(truth));
    HandWrittenDiagrams.load(root).stream().filter(d -> !DiagramSet.reserves(d.id())).forEach(all::add);
    return all;
  }

  private static RenderReport render(List<DiagramSource> diagrams, Path outDir, Path cacheDir) {
    try {
      return DiagramRenderer.renderAll(diagrams, outDir, new DiagramCache(cacheDir));
    } catch (UncheckedIOException e) {
      throw new TruthbookException("I/O error: " + e.getMessage(), e);
    }
  }

  /** The commit and date the truth is read at (HEAD's committer date, UTC): never the clock. */
  public Stamp stamp() {
    Path directory = root;
    try (GitTree tree = GitTree.at(directory, "HEAD").orElse(null)) {
      if (tree == null) {
        return new Stamp("uncommitted", LocalDate.EPOCH);
      }
      return new Stamp(tree.commit().orElseThrow(),
          tree.commitTime().orElseThrow().atZone(java.time.ZoneOffset.UTC).toLocalDate());
    } catch (EvidenceException e) {
      return new Stamp("unversioned", LocalDate.EPOCH);
    }
  }

  /**
   * The book stage: renders the diagrams (through the cache), assembles chapters and reference into
   * one AsciiDoc document and publishes it as HTML and PDF into {@code outDir/book}. Asciidoctor is
   * booted once, and not at all when the book of the same inputs is already there (nothing changed).
   * {@code draft} marks every page DRAFT.
   */
  public Built build(Path outDir, boolean draft) {
    Truth truth = read().truth();
    Stamp stamp = stamp();
    Path diagramsDir = outDir.resolve("diagrams");
    List<DiagramSource> sources = diagramSources(truth);
    RenderReport rendered = render(sources, diagramsDir, outDir.resolve("diagram-cache"));
    List<Diagram> diagrams = new ArrayList<>();
    List<BookFile> files = new ArrayList<>();
    for (DiagramSource diagram : sources) {
      Path svg = diagramsDir.resolve(diagram.id() + ".svg");
      if (Files.isRegularFile(svg)) {
        diagrams.add(new Diagram(diagram.id(), diagram.title(), diagram.caption(), diagram.alt(), diagram.id() + ".svg",
            diagram.id() + ".puml"));
        files.add(new BookFile(diagram.id() + ".svg", wrapIo(() -> readString(svg))));
        files.add(new BookFile(diagram.id() + ".puml", diagram.source()));
      }
    }
    var texts = ChapterLoader.load(root, truth.chapters(), limits.maxManifestBytes()).texts();
    String book = BookAssembler.assemble(new BookSource(truth, ChapterText.pair(truth.chapters(), texts), stamp, draft,
        diagrams, rules().all()).withMatrix(matrix()));
    try (BookBuilder builder = BookBuilder.open()) {
      BookOutput output = builder.build(new BookInput(book, stamp.date(), files), outDir.resolve("book"));
      return new Built(output, rendered, builder.boots());
    } catch (PublishException e) {
      throw new TruthbookException(e.getMessage(), e);
    }
  }

  /**
   * Writes the Maven site source of the chaptered book (pages, menu, diagrams, search index) into
   * {@code outDir}, replaced whole, its diagrams rendered through {@code cacheDir}. {@code audit} is the
   * check it is published after: its matrix fills the reconciliation chapter, and a failed check marks
   * every page DRAFT.
   */
  public SiteWritten siteSource(Path outDir, Path cacheDir, Audit audit) {
    boolean draft = !audit.result().passed();
    Truth truth = truth();
    List<io.truthbook.model.SourceText> texts = ChapterLoader.load(root, truth.chapters(), limits.maxManifestBytes()).texts();
    BookSource book = new BookSource(truth, ChapterText.pair(truth.chapters(), texts),
        io.truthbook.publish.site.HeadStamp.of(root), draft, List.of(), rules().all());
    List<io.truthbook.render.site.SiteDiagram> diagrams = new ArrayList<>();
    diagramSources(truth).forEach(d -> diagrams.add(io.truthbook.render.site.SiteDiagram.of(d)));
    io.truthbook.render.site.SiteContent content = io.truthbook.render.site.SiteSource.render(
        new io.truthbook.render.site.SiteInput(book, diagrams, Optional.of(audit.matrix())));
    java.util.concurrent.atomic.AtomicReference<RenderReport> rendered = new java.util.concurrent.atomic.AtomicReference<>();
    Path written = io.truthbook.publish.site.SiteSourceWriter.write(content, outDir,
        folder -> rendered.set(diagrams(folder, cacheDir)));
    long chapters = content.pages().stream()
        .filter(p -> p.kind() == io.truthbook.render.site.SitePage.Kind.CHAPTER).count();
    return new SiteWritten(written, content.pages().size(), chapters, content.entries().size(), rendered.get(), draft);
  }

  /**
   * Moves a site the Maven Site plugin rendered into {@code from} in place of {@code to}, whole, every
   * page dated with the truth's commit; returns the number of pages, or empty when nothing was rendered.
   */
  public Optional<Integer> publishSite(Path from, Path to) {
    if (!Files.isDirectory(from)) {
      return Optional.empty();
    }
    return Optional.of(io.truthbook.publish.site.SitePublisher.publish(from, to, stamp().date()));
  }

  /** What {@code siteSource} wrote: the folder, its page, chapter and search-entry counts, the diagrams. */
  public record SiteWritten(Path folder, int pages, long chapters, int searchEntries, RenderReport diagrams,
      boolean draft) {
    /** {@code site source: 24 pages (12 chapters), 310 search entries, ... -> DIR}. */
    public String summary() {
      return (draft ? "DRAFT " : "") + "site source: " + pages + " pages (" + chapters + " chapters), "
          + searchEntries + " search entries, " + diagrams.summary() + " -> " + folder;
    }
  }

  /**
   * What {@code build} produced: the book's files, the diagram render counts, and how many times
   * Asciidoctor was booted (1 when the book was converted, 0 when it was up to date).
   */
  public record Built(BookOutput book, RenderReport diagrams, int asciidoctorBoots) {}

  private static String readString(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private TruthHistory history() {
    return wrapIo(() -> TruthHistory.open(root, limits, TruthHistory.DEFAULT_DEPTH));
  }

  private Audit check(boolean withEvidence) {
    stages.clear();
    Read read = read();
    List<Finding> findings = new ArrayList<>(read.findings());
    Map<String, List<String>> sources = new LinkedHashMap<>(read.sources());
    ChapterLoader.Chapters chapters = ChapterLoader.load(root, read.truth().chapters(), limits.maxManifestBytes());
    findings.addAll(chapters.findings());
    chapters.texts().forEach(t -> sources.put(t.file(), t.lines()));
    long start = System.nanoTime();
    TruthIndex index = new TruthIndex(read.truth(), root, chapters.texts());
    findings.addAll(rules().check(index));
    stages.merge("rules", System.nanoTime() - start, Long::sum);
    // the diagrams (PlantUML) and the manifests' git history need nothing the evidence stage makes: they run
    // on a second thread while the product is read, and their findings are added in the same order as before
    Truth truth = read.truth();
    CompletableFuture<List<Finding>> diagramCheck = CompletableFuture.supplyAsync(() -> timed("diagrams",
        () -> HandWrittenDiagrams.check(root,
            ref -> index.exists(ref.kind(), ref.id()) || truth.incomplete().contains(ref.kind().definedIn()),
            ref -> index.closest(ref.kind(), ref.id()))), SIDE);
    CompletableFuture<TruthHistory> opened = diagramCheck.thenApplyAsync(ignored -> timed("history", this::history),
        SIDE);
    List<Freshness> freshness = List.of();
    List<Finding> drift = new ArrayList<>();
    if (withEvidence && !truth.sources().isEmpty() && !truth.incomplete().contains(ManifestKind.SOURCES)) {
      start = System.nanoTime();
      EvidenceSet evidence = scan(truth, drift);
      stages.merge("evidence", System.nanoTime() - start, Long::sum);
      start = System.nanoTime();
      drift.addAll(new Reconciler().drift(truth, evidence));
      freshness = FreshnessIndex.of(truth, evidence);
      stages.merge("reconcile", System.nanoTime() - start, Long::sum);
    }
    findings.addAll(join(diagramCheck));
    sources.putAll(HandWrittenDiagrams.sources(root));
    findings.addAll(drift);
    TruthHistory history = join(opened);
    start = System.nanoTime();
    ReconciliationMatrix matrix = new ClaimReconciler(history).reconcile(truth);
    findings.addAll(matrix.findings());
    GateReport gates = new GateEvaluator(root, history).evaluate(truth, matrix, findings, sources);
    findings.addAll(gates.findings());
    stages.merge("gates", System.nanoTime() - start, Long::sum);
    return new Audit(new CheckResult(findings, sources, read.manifestCount(), freshness, stages), matrix, gates);
  }

  /** The second thread of a check: daemon threads, so a check never keeps the JVM alive. */
  private static final java.util.concurrent.Executor SIDE = command -> {
    Thread thread = new Thread(command, "truthbook-side-stage");
    thread.setDaemon(true);
    thread.start();
  };

  /** Runs a stage, adding its wall time to the stage times (they are kept in a synchronized map). */
  private <T> T timed(String stage, java.util.function.Supplier<T> work) {
    long start = System.nanoTime();
    try {
      return work.get();
    } finally {
      stages.merge(stage, System.nanoTime() - start, Long::sum);
    }
  }

  /** The result of a side stage; what it threw is thrown here as it was. */
  private static <T> T join(CompletableFuture<T> stage) {
    try {
      return stage.join();
    } catch (java.util.concurrent.CompletionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
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

  /** One manifest file to read (links out were refused when listing): where findings say it is, its size, its bytes. */
  private record ManifestFile(String file, long size, java.util.function.Supplier<byte[]> bytes) {}

  private Read read() {
    Path folder = root.resolve(MANIFESTS);
    if (!Files.isSymbolicLink(folder) && !Files.isDirectory(folder)) {
      throw new TruthbookException("no '" + MANIFESTS + "' folder in " + root
          + " (give the repository root with --root DIR)");
    }
    RepositoryFiles.Listing listing = wrapIo(() -> RepositoryFiles.manifests(root));
    List<ManifestFile> files = new ArrayList<>();
    for (Path path : listing.files()) {
      files.add(new ManifestFile(RepositoryFiles.relative(root, path), wrapIo(() -> size(path)), () -> read(path)));
    }
    Read read = read(files);
    List<Finding> findings = new ArrayList<>(listing.findings());
    findings.addAll(read.findings());
    return new Read(findings, read.sources(), read.truth(), read.manifestCount());
  }

  /**
   * The truth as the manifests stated it at a git revision of the repository holding the root. A
   * revision whose {@code manifests} is not a folder (a file, a link) has no manifests: an empty truth.
   */
  public Truth truthAt(String revision) {
    // the tree is opened at the root, not at manifests/: that path may be a file or a link at this revision
    try (GitTree tree = GitTree.at(root, revision).orElseThrow(() ->
        new TruthbookException("revision '" + revision + "' does not exist in the repository of " + root))) {
      List<ManifestFile> files = new ArrayList<>();
      for (String file : tree.files()) {
        if (file.startsWith(MANIFESTS + "/") && file.matches(".*\\.ya?ml")) {
          byte[] bytes = tree.read(file);
          files.add(new ManifestFile(file, bytes.length, () -> bytes));
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
    Truth after = truthAt(head);
    return Review.of(base, head, truthAt(base), after, checkAt(base), checkAt(head),
        gate -> RequiredReviewers.of(gate, after));
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
      return atRevision.check(false).result().findings();
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
