package io.truthbook;

import io.truthbook.diff.Review;
import io.truthbook.diff.TruthDiff;
import io.truthbook.evidence.EvidenceRules;
import io.truthbook.gates.ChapterReviewers;
import io.truthbook.gates.GateEvaluator;
import io.truthbook.gates.SignOff;
import io.truthbook.imports.ImportCheck;
import io.truthbook.imports.ImportInputException;
import io.truthbook.imports.ImportSummary;
import io.truthbook.imports.RowRules;
import io.truthbook.git.HeadCommit;
import io.truthbook.load.LoadLimits;
import io.truthbook.model.CheckResult;
import io.truthbook.model.PdfReference;
import io.truthbook.model.Truth;
import io.truthbook.diagrams.HandWrittenDiagrams;
import io.truthbook.publish.diagram.RenderReport;
import io.truthbook.reconcile.Reconciler;
import io.truthbook.reconcile.claims.ChapterClaimStatuses;
import io.truthbook.reconcile.claims.ClaimReconciler;
import io.truthbook.reconcile.claims.ReconciliationMatrix;
import io.truthbook.render.book.Stamp;
import io.truthbook.rules.RuleCatalog;
import io.truthbook.rules.RulePackException;
import io.truthbook.rules.Suggestions;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The pipeline in a few lines: load → schema → link → rules → evidence → reconcile → gates →
 * render → publish. The CLI and the Maven plugin call this; nothing else wires stages together.
 * The stages run in {@link TruthFiles} (reading), {@link CheckRun} (the check), {@link Publishing}
 * and {@link Revisions}.
 */
public final class Truthbook {
  public static final String MANIFESTS = "manifests";

  /**
   * How to run: the load limits; for evidence, whether to read the working tree instead of a
   * commit, a revision overriding the sources manifest, the clone cache and the largest file read.
   */
  public record Options(LoadLimits limits, boolean worktree, Optional<String> ref, Path cache, long maxFileBytes) {
    /**
     * 64 MiB: large products keep schema dumps of several megabytes, and a file skipped is a check that
     * passes without looking; SQL is read statement by statement, so the bytes and text are what it costs.
     */
    public static final long DEFAULT_MAX_FILE_BYTES = 64L * 1024 * 1024;

    public static Options defaults() {
      return new Options(LoadLimits.DEFAULTS, false, Optional.empty(),
          Path.of(System.getProperty("user.home"), ".cache", "truthbook", "repos"), DEFAULT_MAX_FILE_BYTES);
    }
  }

  private final Path root;
  private final Options options;
  private final TruthFiles files;

  public Truthbook(Path root, Options options) {
    this.root = root.toAbsolutePath().normalize();
    this.options = options;
    this.files = new TruthFiles(this.root, options.limits());
  }

  public Truthbook(Path root, LoadLimits limits) {
    this(root, new Options(limits, false, Optional.empty(), Options.defaults().cache(), Options.defaults().maxFileBytes()));
  }

  /** Every rule id any stage can report (rule packs on the class path included), with what it means and how to fix it. */
  public static RuleCatalog rules() {
    try {
      return RuleCatalog.standard(Stream.of(EvidenceRules.ALL, new Reconciler().reports(), ClaimReconciler.reports(),
          ChapterClaimStatuses.reports(), GateEvaluator.reports(), ChapterReviewers.reports(),
          HandWrittenDiagrams.RULES, RowRules.all()).flatMap(List::stream).toList());
    } catch (RulePackException e) {
      throw new TruthbookException(e.getMessage() + "; fix or remove its META-INF/services/io.truthbook.rules.Rule", e);
    }
  }

  /** The engine's version, from its jar's manifest. */
  public static String version() {
    String version = Truthbook.class.getPackage().getImplementationVersion();
    return version == null ? "(development build)" : version;
  }

  /** Writes a report whole or not at all; a fault names the file. */
  public static void writeAtomically(Path file, String text) {
    Faults.write(file, text);
  }


  /** Checks the truth under the root; content problems are findings, tool faults are exceptions. */
  public CheckResult check() {
    return audit().result();
  }

  /** The whole pipeline: load → schema → rules → evidence → reconcile → claims → gates. */
  public Audit audit() {
    return new CheckRun(root, options, files).run(true);
  }

  /** The check of the manifests, chapters and diagrams alone, without reading the product. */
  CheckResult checkWithoutEvidence() {
    return new CheckRun(root, options, files).run(false).result();
  }

  /**
   * The load and schema stages' findings alone, with the lines they point into: what {@code matrix},
   * {@code diagrams} and {@code gates} must report before they use a truth its broken manifests left incomplete.
   */
  public CheckResult manifestProblems() {
    TruthFiles.Read read = files.read();
    return new CheckResult(read.findings(), read.sources(), read.manifestCount());
  }

  /** The truth the manifests state, without judging it (invalid manifests are left out). */
  public Truth truth() {
    return files.read().truth();
  }

  /** The reconciliation matrix alone (no repository evidence needed). */
  public ReconciliationMatrix matrix() {
    return new ClaimReconciler(files.history()).reconcile(truth());
  }

  /**
   * A dry run of an import file against the truth's import model: the profile given or recognised from
   * the header row, its latest mapping, every row judged as it is read, each finding handed to {@code sink}
   * at once. Unusable input (a missing file, an unknown profile, an unrecognised header, an import model
   * with errors) is a {@link TruthbookException}: nothing was checked.
   */
  public ImportSummary importCheck(Path file, String displayName, Optional<String> profile,
      java.util.function.Consumer<io.truthbook.model.Finding> sink) {
    TruthFiles.Read read = files.read();
    Truth truth = read.truth();
    java.util.Set<String> importFiles = new java.util.HashSet<>();
    truth.importProfiles().forEach(p -> importFiles.add(p.at().file()));
    truth.importMappings().forEach(m -> importFiles.add(m.at().file()));
    List<io.truthbook.model.Finding> errors = Stream.concat(read.findings().stream(),
            rules().check(new io.truthbook.rules.TruthIndex(truth, root, List.of())).stream()
                .filter(f -> f.ruleId().startsWith("import.") || importFiles.contains(f.location().file())))
        .filter(io.truthbook.model.Finding::isError).sorted().toList();
    if (!errors.isEmpty()) {
      io.truthbook.model.Finding first = errors.get(0);
      throw new TruthbookException("the truth has " + errors.size() + (errors.size() == 1 ? " error" : " errors")
          + " an import check depends on, first: " + first.location() + ": [" + first.ruleId() + "] "
          + first.message() + "; run 'truthbook check' and fix them first");
    }
    try {
      return new ImportCheck(truth, Suggestions::closest).run(file, displayName, profile, sink);
    } catch (ImportInputException e) {
      throw new TruthbookException(e.getMessage(), e);
    }
  }

  /**
   * Generates {@code count} synthetic client graphs from the truth's brief with {@code seed} into
   * {@code out}, replaced whole (a folder it wrote before, marked {@value #SYNTH_MARKER}): the DDL of the
   * canonical tables, the pool, one folder per graph and the manifests. Refused, with the findings, when
   * the manifests or the brief have errors; a truth without a brief is a {@link TruthbookException}.
   */
  public SynthRun synth(int count, long seed, Path out) {
    TruthFiles.Read read = files.read();
    Truth truth = read.truth();
    if (truth.synthBrief().isEmpty()) {
      throw new TruthbookException("the truth has no synthetic-data brief: write a manifest of kind 'synthetic'"
          + " (see docs/manifest-format.md)");
    }
    String briefFile = truth.synthBrief().get().at().file();
    List<io.truthbook.model.Finding> errors = Stream.concat(read.findings().stream(),
            rules().check(new io.truthbook.rules.TruthIndex(truth, root, List.of())).stream()
                .filter(f -> f.ruleId().startsWith("synth.") || f.location().file().equals(briefFile)))
        .filter(io.truthbook.model.Finding::isError).sorted().toList();
    if (!errors.isEmpty()) {
      return new SynthRun(new CheckResult(errors, read.sources(), read.manifestCount()), Optional.empty(), out);
    }
    io.truthbook.synth.BriefPlan plan = io.truthbook.synth.BriefPlan.of(truth).orElseThrow();
    String ddl = "-- the canonical tables, generated by truthbook synth from the truth's columns\n"
        + io.truthbook.render.SchemaDdl.of(truth);
    try {
      return new SynthRun(new CheckResult(List.of(), read.sources(), read.manifestCount()),
          Optional.of(io.truthbook.publish.files.FolderSwap.rebuild(out, SYNTH_MARKER,
          staging -> {
            java.nio.file.Files.writeString(staging.resolve(SYNTH_MARKER), "written by truthbook synth; the folder is"
                + " replaced whole on the next run\n");
            return io.truthbook.synth.SynthWriter.write(plan, count, seed, ddl, staging);
          })), out);
    } catch (java.io.IOException e) {
      throw new TruthbookException("cannot write the synthetic graphs to " + out + ": " + e.getMessage(), e);
    }
  }

  /**
   * The evidence bundle of source {@code sourceId}: its extractors run as the check runs them, over the
   * repository the source names, or over {@code repository} (the product's checkout, in the product's
   * own CI) read as a local repository with the source's subdir, ref, extractors and variables. Refused,
   * with the findings, when the sources manifest has errors or the source cannot be read; an unknown source
   * is a {@link TruthbookException}.
   */
  public EvidenceRun evidence(String sourceId, Optional<Path> repository) {
    return new CheckRun(root, options, files).evidence(sourceId, repository);
  }

  /** The file that marks a folder {@link #synth} wrote, so a later run may replace it. */
  public static final String SYNTH_MARKER = ".truthbook-synth";

  /** Records a reviewer's sign-off of a gate, rewriting its manifest atomically, comments kept. */
  public SignOff.Signed sign(String gate, String owner, LocalDate date) {
    return Faults.signing(() -> SignOff.sign(root, gate, owner, date, options.limits()));
  }


  /** The commit and day the truth is read at ({@link HeadCommit}: HEAD's committer day in UTC): never the clock. */
  public Stamp stamp() {
    HeadCommit head = Faults.wrapIo(() -> HeadCommit.of(root));
    return new Stamp(head.id(), head.day());
  }

  /** Renders the generated and hand-written diagrams into outDir as SVG plus source, through the cache. */
  public RenderReport diagrams(Path outDir, Path cacheDir) {
    return publishing().diagrams(outDir, cacheDir);
  }

  /**
   * The book stage: renders the diagrams (through the cache), assembles chapters and reference into
   * one AsciiDoc document and publishes it as HTML and PDF into {@code outDir/book}. Asciidoctor is
   * booted once, and not at all when the book of the same inputs is already there (nothing changed).
   * {@code audit} is the check it is built after: its reconciliation matrix, gates' states and entities'
   * evidence fill the reference, and a failed check marks every page DRAFT.
   */
  public Built build(Path outDir, Audit audit) {
    return build(outDir, audit, stage -> { });
  }

  /** {@link #build(Path, Audit)}, telling {@code done} each part as it finishes ({@code diagrams}, {@code book}). */
  public Built build(Path outDir, Audit audit, java.util.function.Consumer<String> done) {
    try (BookRun run = startBuild(outDir)) {
      return run.build(audit, done);
    }
  }

  /**
   * Begins a build into {@code outDir} before its check: when that folder holds no book yet (the build
   * must convert one), Asciidoctor starts now, on a thread of its own, while the check and the diagrams
   * run. Close the run when done; it stops Asciidoctor.
   */
  public BookRun startBuild(Path outDir) {
    return startBuild(outDir, PdfReference.INCLUDED);
  }

  /** The same, the PDF holding the generated reference or linking to it in the HTML book ({@code pdf.reference}). */
  public BookRun startBuild(Path outDir, PdfReference pdfReference) {
    return new BookRun(publishing(), outDir, pdfReference);
  }

  /**
   * Writes the Maven site source of the chaptered book (pages, menu, diagrams, search index) into
   * {@code outDir}, replaced whole, its diagrams rendered through {@code cacheDir}. {@code audit} is the
   * check it is published after: its matrix fills the reconciliation chapter, and a failed check marks
   * every page DRAFT.
   */
  public SiteWritten siteSource(Path outDir, Path cacheDir, Audit audit) {
    return publishing().siteSource(outDir, cacheDir, audit, Optional.empty());
  }

  /**
   * The same, the site also serving the book {@code built} from the same truth (the one-page HTML,
   * the PDF and their diagrams, under {@code book/}), which its landing page links.
   */
  public SiteWritten siteSource(Path outDir, Path cacheDir, Audit audit, Built built) {
    return publishing().siteSource(outDir, cacheDir, audit, Optional.of(built));
  }

  /**
   * Moves a site the Maven Site plugin rendered into {@code from} in place of {@code to}, whole, every
   * page dated with the truth's commit; returns the number of pages, or empty when nothing was rendered.
   */
  public Optional<Integer> publishSite(Path from, Path to) {
    return publishing().publishSite(from, to);
  }

  /**
   * The truth as the manifests stated it at a git revision of the repository holding the root. A
   * revision whose {@code manifests} is not a folder (a file, a link) has no manifests: an empty truth.
   */
  public Truth truthAt(String revision) {
    return files.truthAt(revision);
  }

  /** The semantic diff of the truth between two revisions. */
  public TruthDiff diff(String base, String head) {
    return new Revisions(root, options, files).diff(base, head);
  }

  /**
   * The reviewer's view of a change between two revisions. Its findings come from the manifests
   * and chapters at each revision (repository evidence is the business of {@code check}).
   */
  public Review review(String base, String head) {
    return new Revisions(root, options, files).review(base, head);
  }

  private Publishing publishing() {
    return new Publishing(root, options.limits(), this);
  }
}
