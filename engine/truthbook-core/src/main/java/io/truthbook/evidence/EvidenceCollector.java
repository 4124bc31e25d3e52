package io.truthbook.evidence;

import io.truthbook.model.Finding;
import io.truthbook.model.Location;
import io.truthbook.model.Source;
import io.truthbook.model.TextBytes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Runs the selected extractors over a source's files. Problems in a file, and even a crash inside
 * an extractor, become findings naming the file; the other files and extractors still run.
 * Extractors run on every core while files are still being read, and their results are joined in
 * selection order, so the output is the same as running them one after another.
 */
public final class EvidenceCollector {

  /** The evidence of one source at one revision. */
  public record Collected(String sourceId, Optional<String> commit, Optional<Instant> commitTime,
      List<Evidence> evidence, List<Finding> findings, int filesRead, Map<String, ChangeStamp> lastChanged) {
    public Collected {
      evidence = List.copyOf(evidence);
      findings = List.copyOf(findings);
      lastChanged = Map.copyOf(lastChanged);
    }
  }

  /** A file read must fit this many times in the heap (bytes, text, tokens). */
  private static final int HEAP_SHARE = 4;

  private final List<Extractor> extractors;
  private final long maxFileBytes;
  private final ParseCache cache;

  public EvidenceCollector(List<Extractor> extractors, long maxFileBytes) {
    this(extractors, maxFileBytes, ParseCache.none());
  }

  /** A collector whose one-file extractors' results are kept in {@code cache} by blob id. */
  public EvidenceCollector(List<Extractor> extractors, long maxFileBytes, ParseCache cache) {
    this.extractors = List.copyOf(extractors);
    this.maxFileBytes = maxFileBytes;
    this.cache = cache;
  }

  public Collected collect(Source source, RepositoryTree tree) {
    List<Evidence> evidence = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    Map<String, SourceFile> decoded = new LinkedHashMap<>();
    // the files whose results came from the cache, unread, with their printed paths
    Map<String, String> cachedOnly = new LinkedHashMap<>();
    List<Selection> selections = selections(source, findings);
    // an extractor selected twice runs once, on its last selection's files, in its first one's place
    Map<Extractor, Integer> last = new HashMap<>();
    for (int i = 0; i < selections.size(); i++) {
      last.put(selections.get(i).extractor(), i);
    }
    List<String> all = tree.files();
    unmatchedGlobs(source, selections, all, tree.links(), findings);
    for (String link : tree.links()) {
      if (selections.stream().anyMatch(selection -> selection.selects(link))) {
        findings.add(Finding.warning("source.symlink", new Location(tree.displayPath(link), 1, 1, tree.commit()),
            "'" + link + "' is a symbolic link; links are never followed, so it was not read",
            "commit the file itself in place of the link, or exclude the link from the extractor"));
      }
    }
    Map<Extractor, Future<Extracted>> runs = new LinkedHashMap<>();
    // files are read here, one at a time (a tree is not thread-safe); each extractor runs on a worker as
    // soon as its files are read, so extraction overlaps reading and uses every core. Results are taken
    // in selection order, so the evidence and findings are the same as one extractor after another.
    ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()),
        runnable -> {
          Thread thread = new Thread(runnable, "truthbook-extractor");
          thread.setDaemon(true);
          return thread;
        });
    try {
      for (int i = 0; i < selections.size(); i++) {
        Selection selection = selections.get(i);
        runs.putIfAbsent(selection.extractor(), null);
        List<Input> files = new ArrayList<>();
        boolean oneFile = !(selection.extractor() instanceof RepositoryExtractor);
        for (String file : all) {
          if (!selection.selects(file)) {
            continue;
          }
          Optional<ParseCache.Parsed> parsed = oneFile ? tree.blobId(file)
              .map(blob -> new ParseCache.Parsed(blob, file, tree.displayPath(file), tree.commit())) : Optional.empty();
          // a file over a limit goes the reading way, which reports it, even if an earlier run parsed it
          Optional<Extractor.Result> cached = parsed.isPresent() && withinLimits(tree.size(file))
              ? cache.find(selection.extractor().name(), parsed.get()) : Optional.empty();
          if (cached.isPresent()) {
            files.add(new Input(Optional.empty(), cached, parsed));
            cachedOnly.putIfAbsent(file, parsed.get().display());
            continue;
          }
          if (!decoded.containsKey(file)) {
            read(tree, file, findings).ifPresent(f -> decoded.put(file, f));
          }
          Optional.ofNullable(decoded.get(file)).ifPresent(f -> files.add(new Input(Optional.of(f), Optional.empty(),
              parsed)));
        }
        if (last.get(selection.extractor()) == i) {
          runs.put(selection.extractor(), workers.submit(() -> run(selection.extractor(), files)));
        }
      }
      DeclaredVariables variables = new DeclaredVariables(source);
      for (Future<Extracted> run : runs.values()) {
        Extracted extracted = result(run);
        evidence.addAll(variables.apply(extracted.evidence(), findings));
        findings.addAll(extracted.findings());
      }
    } finally {
      workers.shutdownNow();
    }
    // date the evidence: the commit that last changed each file evidence came from
    Map<String, String> byDisplay = new LinkedHashMap<>();
    decoded.forEach((file, sourceFile) -> byDisplay.put(sourceFile.path(), file));
    cachedOnly.forEach((file, display) -> byDisplay.putIfAbsent(display, file));
    cachedOnly.keySet().removeAll(decoded.keySet());
    java.util.Set<String> withEvidence = new java.util.TreeSet<>();
    evidence.forEach(e -> Optional.ofNullable(byDisplay.get(e.at().file())).ifPresent(withEvidence::add));
    Map<String, ChangeStamp> stamps = lastChanged(tree, withEvidence);
    return new Collected(source.id(), tree.commit(), tree.commitTime(), evidence, findings,
        decoded.size() + cachedOnly.size(), stamps);
  }

  /** The commit that last changed each file, by printed path: from the cache when this commit's were kept. */
  private Map<String, ChangeStamp> lastChanged(RepositoryTree tree, java.util.Set<String> files) {
    List<String> printed = files.stream().map(tree::displayPath).toList();
    Optional<Map<String, ChangeStamp>> kept = tree.commit().flatMap(commit -> cache.stamps(commit, printed));
    if (kept.isPresent()) {
      return new LinkedHashMap<>(kept.get());
    }
    Map<String, ChangeStamp> stamps = new LinkedHashMap<>();
    tree.lastChanged(files).forEach((file, stamp) -> stamps.put(tree.displayPath(file), stamp));
    tree.commit().ifPresent(commit -> cache.keepStamps(commit, printed, stamps));
    return stamps;
  }

  /** What one extractor found in its files, and the problems it met. */
  private record Extracted(List<Evidence> evidence, List<Finding> findings) {}

  private static Extracted result(Future<Extracted> run) {
    try {
      return run.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EvidenceException("interrupted while extracting evidence", e);
    } catch (ExecutionException e) {
      // run() turns a crash inside an extractor into a finding; what is left is fatal (out of memory)
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new EvidenceException("extraction failed", e.getCause());
    }
  }

  /** A selected file: read (and its cache key, if the tree knows its blob), or its result from the cache. */
  private record Input(Optional<SourceFile> file, Optional<Extractor.Result> cached, Optional<ParseCache.Parsed> key) {}

  private Extracted run(Extractor extractor, List<Input> inputs) {
    List<Evidence> evidence = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    if (extractor instanceof RepositoryExtractor whole) {
      try {
        // a whole-repository extractor is never given cached results: it reads every file
        add(extractor, whole.extractAll(inputs.stream().map(i -> i.file().orElseThrow()).toList()), evidence, findings);
        return new Extracted(evidence, findings);
      } catch (RuntimeException | StackOverflowError e) {
        // fall back to one file at a time, so that the crash is pinned to its file
      }
    }
    for (Input input : inputs) {
      if (input.cached().isPresent()) {
        add(extractor, input.cached().get(), evidence, findings);
        continue;
      }
      SourceFile file = input.file().orElseThrow();
      try {
        Extractor.Result result = extractor.extract(file);
        add(extractor, result, evidence, findings);
        input.key().ifPresent(key -> cache.keep(extractor.name(), key, result));
      } catch (RuntimeException | StackOverflowError e) {
        findings.add(Finding.error("evidence.crash", file.at(1, 1),
            "extractor '" + extractor.name() + "' failed on this file (" + e.getClass().getSimpleName() + ")",
            "this is a bug in Truthbook; please report it with the file. Other files and extractors still ran"));
      }
    }
    return new Extracted(evidence, findings);
  }

  private static void add(Extractor extractor, Extractor.Result result, List<Evidence> evidence,
      List<Finding> findings) {
    evidence.addAll(result.evidence());
    for (Extractor.ExtractionProblem problem : result.problems()) {
      if (!problem.rule().equals(Extractor.ExtractionProblem.PARSE)) {
        findings.add(new Finding(problem.rule(), problem.severity(), problem.at(),
            extractor.name() + ": " + problem.message(), problem.hint()));
        continue;
      }
      findings.add(Finding.error("evidence.parse", problem.at(),
          extractor.name() + ": " + problem.message(),
          "fix the file so that it parses, or exclude it from the '" + extractor.name() + "' extractor in the sources manifest"));
    }
  }

  /** True if a file of this size is read at all (see {@link #read}). */
  private boolean withinLimits(long size) {
    return size <= maxFileBytes && size <= Runtime.getRuntime().maxMemory() / HEAP_SHARE;
  }

  private Optional<SourceFile> read(RepositoryTree tree, String file, List<Finding> findings) {
    long size = tree.size(file);
    String display = tree.displayPath(file);
    if (size > maxFileBytes) {
      findings.add(Finding.warning("limit.file-size", new Location(display, 1, 1, tree.commit()),
          "file is " + size + " bytes, over the limit of " + maxFileBytes + "; it was not read",
          "exclude it from the extractor, or raise --max-file-bytes"));
      return Optional.empty();
    }
    // the bytes, the text and the extractor's tokens are all held at once: a file the user allowed with
    // --max-file-bytes may still not fit the heap, and is then skipped at its file rather than crashing
    long heap = Runtime.getRuntime().maxMemory();
    if (size > heap / HEAP_SHARE) {
      findings.add(Finding.warning("limit.file-size", new Location(display, 1, 1, tree.commit()),
          "file is " + size + " bytes, too large to read in the " + heap / (1024 * 1024) + " MB of memory Java has;"
              + " it was not read",
          "exclude it from the extractor, or give Java more heap with -Xmx (TRUTHBOOK_JAVA_OPTS for the launcher)"));
      return Optional.empty();
    }
    TextBytes decoded = TextBytes.of(tree.read(file));
    if (decoded instanceof TextBytes.NotText not) {
      findings.add(Finding.error("evidence.parse", new Location(display, not.line(), not.column(), tree.commit()),
          "file is not UTF-8 text: " + not.problem(), "save it as UTF-8 text, or exclude it from the extractors"));
      return Optional.empty();
    }
    String text = decoded.asText().orElseThrow();
    return Optional.of(new SourceFile(display, text, tree.commit()));
  }

  /**
   * An include glob that matches no file of the source is most often a typo or a moved folder; left
   * silent, the extractor reads nothing and the check passes as if the product agreed with the truth.
   */
  private static void unmatchedGlobs(Source source, List<Selection> selections, List<String> files,
      List<String> links, List<Finding> findings) {
    for (Selection selection : selections) {
      for (Glob glob : selection.include()) {
        if (files.stream().noneMatch(glob::matches) && links.stream().noneMatch(glob::matches)) {
          findings.add(Finding.warning("source.unmatched", selection.at(), "source '" + source.id()
                  + "', extractor '" + selection.extractor().name() + "': include glob '" + glob.pattern()
                  + "' matches no file, so nothing was read through it",
              "fix the glob (globs are relative to the source's folder; '**' spans folders), or remove it"));
        }
      }
    }
  }

  /** An extractor and the files it reads, as the sources manifest selects them. */
  private record Selection(Extractor extractor, List<Glob> include, List<Glob> exclude, Location at) {
    boolean selects(String file) {
      boolean included = include.isEmpty() ? extractor.supports(file) : include.stream().anyMatch(g -> g.matches(file));
      return included && exclude.stream().noneMatch(g -> g.matches(file));
    }
  }

  private List<Selection> selections(Source source, List<Finding> findings) {
    List<Selection> selections = new ArrayList<>();
    if (source.extractors().isEmpty()) {
      extractors.forEach(e -> selections.add(new Selection(e, List.of(), List.of(), source.at())));
      return selections;
    }
    for (Source.ExtractorSelection chosen : source.extractors()) {
      Optional<Extractor> extractor = extractors.stream().filter(e -> e.name().equals(chosen.name())).findFirst();
      if (extractor.isEmpty()) {
        findings.add(Finding.error("source.extractor", source.at(),
            "source '" + source.id() + "' names extractor '" + chosen.name() + "', which this build does not have",
            "use one of " + String.join(", ", extractors.stream().map(Extractor::name).toList())));
        continue;
      }
      Optional<String> tooLong = Stream.concat(chosen.include().stream(), chosen.exclude().stream())
          .flatMap(glob -> Glob.problem(glob).stream()).findFirst();
      if (tooLong.isPresent()) {
        findings.add(Finding.error("source.glob", source.at(), "source '" + source.id() + "', extractor '"
            + chosen.name() + "': " + tooLong.get() + "; the extractor did not run",
            "shorten the glob: '**' spans any number of folders"));
        continue;
      }
      selections.add(new Selection(extractor.get(), chosen.include().stream().map(Glob::of).toList(),
          chosen.exclude().stream().map(Glob::of).toList(), chosen.at()));
    }
    return selections;
  }
}
