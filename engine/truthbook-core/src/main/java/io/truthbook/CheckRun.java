package io.truthbook;

import io.truthbook.evidence.EvidenceCollector;
import io.truthbook.evidence.EvidenceException;
import io.truthbook.evidence.Extractors;
import io.truthbook.evidence.ParseCache;
import io.truthbook.evidence.RepositoryTree;
import io.truthbook.evidence.SourceOpener;
import io.truthbook.evidence.bundle.ParsePacks;
import io.truthbook.gates.ChapterReviewers;
import io.truthbook.gates.GateDigests;
import io.truthbook.gates.GateEvaluator;
import io.truthbook.gates.GateReport;
import io.truthbook.history.Snapshot;
import io.truthbook.history.TruthHistory;
import io.truthbook.load.ChapterLoader;
import io.truthbook.load.LoadLimits;
import io.truthbook.model.CheckResult;
import io.truthbook.model.FileOrigin;
import io.truthbook.model.Finding;
import io.truthbook.model.EntityEvidence;
import io.truthbook.model.ManifestKind;
import io.truthbook.model.Source;
import io.truthbook.model.Truth;
import io.truthbook.diagrams.HandWrittenDiagrams;
import io.truthbook.reconcile.EvidenceSet;
import io.truthbook.reconcile.FreshnessIndex;
import io.truthbook.reconcile.Reconciler;
import io.truthbook.reconcile.claims.ChapterClaimStatuses;
import io.truthbook.reconcile.claims.ClaimReconciler;
import io.truthbook.reconcile.claims.ReconciliationMatrix;
import io.truthbook.rules.RulePackException;
import io.truthbook.rules.TruthIndex;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * One check: load → schema → rules → evidence → reconcile → claims → gates. The diagrams, the git
 * history and the gates' digests run beside the product's reading; every stage's wall time is kept.
 */
final class CheckRun {
  private final Path root;
  private final Truthbook.Options options;
  private final LoadLimits limits;
  /** Wall time per stage, in nanoseconds: read by the benchmark through the check's result. */
  private final Map<String, Long> stages;
  private final TruthFiles files;

  CheckRun(Path root, Truthbook.Options options, TruthFiles files) {
    this.root = root;
    this.options = options;
    this.limits = options.limits();
    this.stages = files.stages();
    this.files = files;
  }

  Audit run(boolean withEvidence) {
    stages.clear();
    TruthFiles.Read read = files.read();
    List<Finding> findings = new ArrayList<>(read.findings());
    Map<String, List<String>> sources = new LinkedHashMap<>(read.sources());
    ChapterLoader.Chapters chapters = ChapterLoader.load(root, read.truth().chapters(), limits.maxManifestBytes());
    findings.addAll(chapters.findings());
    chapters.texts().forEach(t -> sources.put(t.file(), t.lines()));
    TruthIndex index = new TruthIndex(read.truth(), root, chapters.texts());
    // the diagrams (PlantUML) and the manifests' git history need nothing the rules or the evidence stage make:
    // they run on a second thread while the rules run and the product is read (the index is read-only by now),
    // and their findings are added in the same order as before
    Truth truth = read.truth();
    CompletableFuture<List<Finding>> diagramCheck = CompletableFuture.supplyAsync(() -> timed("diagrams",
        () -> HandWrittenDiagrams.check(root,
            ref -> index.exists(ref.kind(), ref.id()) || truth.incomplete().contains(ref.kind().definedIn()),
            ref -> index.closest(ref.kind(), ref.id()))), SIDE);
    // the past truths the claims are judged against are read there too (the newest is this one when the manifests
    // are its bytes), so that reading them overlaps the evidence stage rather than following it
    CompletableFuture<TruthHistory> opened = diagramCheck.thenApplyAsync(ignored -> timed("history", () -> {
      TruthHistory history = files.history();
      history.reuse(truth, read.files());
      history.snapshots().forEach(Snapshot::truth);
      return history;
    }), SIDE);
    // the digests of what the gates govern need the truth alone: worked out beside the rules and the product too
    CompletableFuture<GateDigests> digests = CompletableFuture.supplyAsync(() -> GateDigests.of(truth), SIDE);
    long start = System.nanoTime();
    try {
      findings.addAll(Truthbook.rules().check(index));
    } catch (RulePackException e) {
      throw new TruthbookException(e.getMessage(), e);
    }
    stages.merge("rules", System.nanoTime() - start, Long::sum);
    List<EntityEvidence> entities = List.of();
    List<Finding> drift = new ArrayList<>();
    List<FileOrigin> origins = new ArrayList<>();
    origins.add(new FileOrigin("", FileOrigin.TRUTH, io.truthbook.git.Repositories.placeOf(root)
        .map(io.truthbook.git.Repositories.Place::folder).orElse(""), java.util.Optional.empty()));
    if (withEvidence && !truth.sources().isEmpty() && !truth.incomplete().contains(ManifestKind.SOURCES)) {
      start = System.nanoTime();
      EvidenceSet evidence = scan(truth, drift, origins);
      stages.merge("evidence", System.nanoTime() - start, Long::sum);
      start = System.nanoTime();
      // the entities' freshness needs no finding: it is worked out beside the drift rules
      CompletableFuture<List<EntityEvidence>> freshness = CompletableFuture.supplyAsync(
          () -> FreshnessIndex.evidence(truth, evidence));
      drift.addAll(new Reconciler().drift(truth, evidence));
      entities = join(freshness);
      stages.merge("reconcile", System.nanoTime() - start, Long::sum);
    }
    findings.addAll(join(diagramCheck));
    sources.putAll(HandWrittenDiagrams.sources(root));
    findings.addAll(drift);
    TruthHistory history = join(opened);
    start = System.nanoTime();
    ReconciliationMatrix matrix = new ClaimReconciler(history).reconcile(truth);
    findings.addAll(matrix.findings());
    // what chapters say of claims' statuses and gates' reviewers is judged once both are known
    findings.addAll(ChapterClaimStatuses.check(chapters.texts(), matrix));
    findings.addAll(ChapterReviewers.check(chapters.texts(), truth));
    GateReport gates = new GateEvaluator(root, history).evaluate(truth, matrix, findings, sources, join(digests));
    findings.addAll(gates.findings());
    stages.merge("gates", System.nanoTime() - start, Long::sum);
    CheckResult result = new CheckResult(findings, sources, read.manifestCount(), FreshnessIndex.freshness(entities),
        stages, origins, 0);
    return new Audit(result, matrix, gates,
        entities.stream().map(e -> e.linked(truth.sources(), result::originOf)).toList(), truth);
  }

  /** {@link Truthbook#evidence}: one source's extraction as a bundle, read as {@link #scan} reads it. */
  EvidenceRun evidence(String sourceId, java.util.Optional<Path> repository) {
    TruthFiles.Read read = files.read();
    Truth truth = read.truth();
    if (truth.incomplete().contains(ManifestKind.SOURCES)) {
      // the source's declaration is unknown: say why, with every error the manifests have
      return refused(read.findings().stream().filter(Finding::isError).toList(), read);
    }
    Source declared = truth.sources().stream().filter(s -> s.id().equals(sourceId)).findFirst()
        .orElseThrow(() -> new TruthbookException("the sources manifest has no source '" + sourceId + "'"
            + (truth.sources().isEmpty() ? "" : " (it has " + String.join(", ",
                truth.sources().stream().map(Source::id).toList()) + ")")));
    Source source = repository.map(r -> declared.readFrom(r.toAbsolutePath().normalize().toString())).orElse(declared);
    if (source.path().isEmpty() && source.repository().isEmpty() && source.url().isEmpty()) {
      throw new TruthbookException("source '" + sourceId + "' names only a bundle, so there is no repository to read"
          + " here: run in the product's checkout with --repository DIR");
    }
    SourceOpener opener = new SourceOpener(root, new SourceOpener.Options(options.worktree(), options.ref(),
        options.cache()));
    try {
      SourceOpener.Opened opened = opener.open(source);
      if (opened.tree().isEmpty()) {
        return refused(opened.findings(), read);
      }
      try (RepositoryTree tree = opened.tree().get()) {
        EvidenceCollector.Collected extracted = new EvidenceCollector(Extractors.all(), options.maxFileBytes())
            .collect(source, tree);
        List<Finding> carried = new ArrayList<>(opened.findings());
        carried.addAll(extracted.findings());
        EvidenceCollector.Collected collected = new EvidenceCollector.Collected(extracted.sourceId(),
            extracted.commit(), extracted.commitTime(), extracted.evidence(), carried, extracted.filesRead(),
            extracted.lastChanged());
        String prefix = tree.displayPath("");
        String folder = opener.origins().stream().filter(o -> o.prefix().equals(prefix))
            .map(FileOrigin::inRepository).findFirst()
            .orElse(source.subdir().map(d -> d + "/").orElse(""));
        String bundle = io.truthbook.evidence.bundle.EvidenceBundle.write(collected, declared, prefix, folder,
            Truthbook.version());
        return new EvidenceRun(new CheckResult(carried, read.sources(), read.manifestCount()),
            java.util.Optional.of(bundle), collected.evidence().size(), collected.filesRead(), collected.commit());
      }
    } catch (EvidenceException | UncheckedIOException e) {
      throw unreadable(sourceId, e);
    }
  }

  /** A source the tool could not read (an I/O fault, not a finding): one line naming it and the cause. */
  private static TruthbookException unreadable(String sourceId, RuntimeException e) {
    return new TruthbookException("cannot read source '" + sourceId + "': "
        + (e.getCause() == null ? e.getMessage() : e.getMessage() + ": " + e.getCause().getMessage()), e);
  }

  private static EvidenceRun refused(List<Finding> findings, TruthFiles.Read read) {
    return new EvidenceRun(new CheckResult(findings, read.sources(), read.manifestCount()), java.util.Optional.empty(),
        0, 0, java.util.Optional.empty());
  }

  /** The second thread of a check: daemon threads, so a check never keeps the JVM alive. */
  private static final Executor SIDE = command -> {
    Thread thread = new Thread(command, "truthbook-side-stage");
    thread.setDaemon(true);
    thread.start();
  };

  /** Runs a stage, adding its wall time to the stage times (they are kept in a synchronized map). */
  private <T> T timed(String stage, Supplier<T> work) {
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
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw e;
    }
  }

  /**
   * The evidence stage: open every source, run its extractors, or read the bundle a source names instead;
   * problems become findings.
   */
  private EvidenceSet scan(Truth truth, List<Finding> findings, List<FileOrigin> origins) {
    SourceOpener opener = new SourceOpener(root, new SourceOpener.Options(options.worktree(), options.ref(),
        options.cache()));
    // one-file extractors' results are kept by blob id under target/, so an unchanged file is not parsed again
    ParseCache parses = ParsePacks.forTruth(root, Truthbook.version());
    EvidenceCollector collector = new EvidenceCollector(Extractors.all(), options.maxFileBytes(), parses);
    List<EvidenceCollector.Collected> collected = new ArrayList<>();
    for (Source source : truth.sources()) {
      if (source.bundle().isPresent()) {
        io.truthbook.evidence.bundle.EvidenceBundle.Read read = opener.openBundle(source, Truthbook.version());
        findings.addAll(read.findings());
        read.collected().ifPresent(result -> {
          findings.addAll(result.findings());
          collected.add(result);
        });
        continue;
      }
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
        throw unreadable(source.id(), e);
      }
    }
    parses.save();
    origins.addAll(opener.origins());
    return new EvidenceSet(collected);
  }
}
