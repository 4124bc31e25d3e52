package io.truthbook;

import io.truthbook.model.CheckResult;
import io.truthbook.publish.book.PageConverter;
import io.truthbook.publish.files.FolderSwap;
import io.truthbook.publish.preview.PreviewServer;
import io.truthbook.publish.preview.PreviewSnapshot;
import io.truthbook.publish.site.SiteSourceWriter;
import io.truthbook.render.JsonReport;
import io.truthbook.render.site.SiteContent;
import io.truthbook.render.site.SiteDiagram;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * {@code truthbook serve}: the chaptered site of the truth under the root, served from memory on a local
 * address, kept current while its files are edited. A change to the manifests, the chapters, the
 * hand-written diagrams, the schemas or {@code truthbook.yaml} runs the check again and regenerates the
 * site's source (Java, fast); the server converts a page again only when its source changed and it is
 * asked for, and tells every open page what changed, so the edited page reloads and the findings overlay
 * follows the check. The diagrams are rendered again only when something besides a chapter changed,
 * through the build's diagram cache. A refresh that cannot run (a folder removed, an I/O error) keeps the
 * last site and shows why on it.
 */
public final class Preview implements AutoCloseable {
  /** How long the files must stay quiet before a refresh: an editor's save is often several events. */
  private static final long SETTLE_MILLIS = 30;
  private static final Set<String> NOT_WATCHED = Set.of("target", ".git", "node_modules");

  private final Path root;
  private final Truthbook.Options options;
  private final Consumer<String> log;
  private final UnaryOperator<CheckResult> judge;
  private final PageConverter converter;
  private final WatchService watcher;
  private final Map<WatchKey, Path> watched = new HashMap<>();
  private final PreviewServer server;
  private final Thread loop;
  private Map<String, byte[]> diagrams = Map.of();
  private List<SiteDiagram> siteDiagrams = List.of();
  /** The folders of the last good refresh's chapters, watched beside the rest. */
  private List<Path> chapterFolders = List.of();
  /** The last check's counts, as the log line says them. */
  private long errors;
  private long warnings;
  private volatile boolean closed;

  /** What one refresh did: the files that caused it, the check's errors and warnings, the pages whose source changed. */
  public record Refresh(Set<String> because, long errors, long warnings, Set<String> pagesChanged, long nanos,
      Optional<String> problem) {}

  private Preview(Path root, Truthbook.Options options, InetSocketAddress address, UnaryOperator<CheckResult> judge,
      Consumer<String> log) {
    this.root = root.toAbsolutePath().normalize();
    this.options = options;
    this.judge = judge;
    this.log = log;
    this.converter = new PageConverter(this.root);
    try {
      this.watcher = FileSystems.getDefault().newWatchService();
    } catch (IOException e) {
      throw new TruthbookException("cannot watch files for changes: " + e.getMessage(), e);
    }
    PreviewSnapshot first;
    try {
      first = snapshot(true);
    } catch (RuntimeException e) {
      closeQuietly();
      throw e;
    }
    try {
      this.server = PreviewServer.start(address, converter, first);
    } catch (UncheckedIOException e) {
      closeQuietly();
      throw new TruthbookException(e.getMessage() + " (choose another with --port, or --port 0 for any free port)", e);
    }
    this.loop = new Thread(this::watch, "truthbook-preview-watch");
    loop.setDaemon(true);
  }

  /**
   * Checks the truth, starts serving its site at {@code address} and watching its files. {@code judge}
   * turns each check's findings into the ones shown (the configuration's severities and baseline, read
   * again at each refresh: it may throw a {@link TruthbookException} saying why it cannot); {@code log}
   * hears a line per refresh.
   *
   * @throws TruthbookException when the truth cannot be read at all, or the address cannot be bound
   */
  public static Preview start(Path root, Truthbook.Options options, InetSocketAddress address,
      UnaryOperator<CheckResult> judge, Consumer<String> log) {
    Preview preview = new Preview(root, options, address, judge, log);
    preview.watchFolders();
    preview.loop.start();
    return preview;
  }

  /** The same, refreshed only when told ({@link #refresh}): for tests that must know which refresh saw an edit. */
  static Preview unwatched(Path root, Truthbook.Options options, InetSocketAddress address,
      UnaryOperator<CheckResult> judge, Consumer<String> log) {
    return new Preview(root, options, address, judge, log);
  }

  /** Where the preview answers. */
  public URI uri() {
    return server.uri();
  }

  /** The snapshot being served (its findings, its pages). */
  public PreviewSnapshot snapshot() {
    return server.snapshot();
  }

  /** Runs a refresh now, as if {@code because} had changed (a test's or the benchmark's edit, without waiting for the watcher). */
  public synchronized Refresh refresh(Set<String> because) {
    long start = System.nanoTime();
    boolean diagramsToo = because.isEmpty() || because.stream().anyMatch(f -> !f.endsWith(".adoc"));
    PreviewSnapshot next;
    Optional<String> problem = Optional.empty();
    try {
      next = snapshot(diagramsToo);
    } catch (RuntimeException e) {
      problem = Optional.of(message(e));
      next = server.snapshot().failed(problem.get());
    }
    Set<String> changed = server.publish(next);
    long nanos = System.nanoTime() - start;
    Refresh refresh = new Refresh(Set.copyOf(because), errors, warnings, Set.copyOf(changed), nanos, problem);
    log.accept(describe(refresh));
    return refresh;
  }

  @Override
  public void close() {
    closed = true;
    // the server first: no request or warm-up may ask the converter for a page once it is closed
    server.close();
    closeQuietly();
  }

  private void closeQuietly() {
    try {
      watcher.close();
    } catch (IOException e) {
      // nothing is watched any more either way
    }
    converter.close();
  }

  /**
   * The site of the truth as it is on disk now; the diagrams rendered again unless only chapters changed.
   * Everything is computed first and kept only when all of it was: a refresh that fails half-way leaves
   * the last good state whole.
   */
  private PreviewSnapshot snapshot(boolean diagramsToo) {
    Truthbook truthbook = new Truthbook(root, options);
    Audit checked = truthbook.audit();
    Audit audit = checked.judged(judge.apply(checked.result()));
    Publishing publishing = new Publishing(root, options.limits(), truthbook);
    List<SiteDiagram> listed = diagramsToo ? publishing.siteDiagrams(audit.truth()) : siteDiagrams;
    Map<String, byte[]> rendered = diagramsToo ? renderDiagrams(truthbook) : diagrams;
    SiteContent content = publishing.siteContent(audit, Optional.empty(), listed);
    Map<String, byte[]> files = new LinkedHashMap<>(SiteSourceWriter.resources(content));
    files.putAll(rendered);
    PreviewSnapshot next = new PreviewSnapshot(content.title(), truthbook.stamp().date(), content.pages(), files,
        new JsonReport().render(audit.result()), Optional.empty());
    siteDiagrams = listed;
    diagrams = rendered;
    errors = audit.result().errors();
    warnings = audit.result().warnings();
    chapterFolders = audit.truth().chapters().stream().map(c -> root.resolve(c.file().id()).normalize().getParent())
        .filter(p -> p != null && p.startsWith(root)).distinct().toList();
    return next;
  }

  /** The diagrams as the site serves them ({@code diagrams/ID.svg}, {@code .puml}), through the build's cache. */
  private Map<String, byte[]> renderDiagrams(Truthbook truthbook) {
    Path folder = null;
    try {
      folder = Files.createTempDirectory("truthbook-preview-diagrams");
      Path out = folder.resolve("diagrams");
      truthbook.diagrams(out, root.resolve("target").resolve("diagram-cache"));
      Map<String, byte[]> files = new LinkedHashMap<>();
      if (Files.isDirectory(out)) {
        try (Stream<Path> listing = Files.list(out)) {
          for (Path file : listing.filter(Files::isRegularFile).sorted().toList()) {
            String name = file.getFileName().toString();
            if (name.endsWith(".svg") || name.endsWith(".puml")) {
              files.put(SiteDiagram.FOLDER + "/" + name, Files.readAllBytes(file));
            }
          }
        }
      }
      return files;
    } catch (IOException e) {
      throw new TruthbookException("cannot render the diagrams for the preview: " + e.getMessage(), e);
    } finally {
      if (folder != null) {
        FolderSwap.deleteQuietly(folder);
      }
    }
  }

  /** Watches what a refresh reads: the root itself, the manifests, schemas, diagrams, and each chapter's folder. */
  private void watchFolders() {
    List<Path> folders = new ArrayList<>(List.of(root));
    for (String name : List.of(Truthbook.MANIFESTS, "schemas", "diagrams")) {
      folders.addAll(tree(root.resolve(name)));
    }
    chapterFolders.forEach(folder -> folders.addAll(tree(folder)));
    for (Path folder : folders) {
      if (!watched.containsValue(folder) && Files.isDirectory(folder)) {
        try {
          watched.put(folder.register(watcher, StandardWatchEventKinds.ENTRY_CREATE,
              StandardWatchEventKinds.ENTRY_MODIFY, StandardWatchEventKinds.ENTRY_DELETE), folder);
        } catch (IOException | ClosedWatchServiceException e) {
          // a folder that went away between listing and watching: nothing in it to watch
        }
      }
    }
  }

  private List<Path> tree(Path top) {
    if (!Files.isDirectory(top) || Files.isSymbolicLink(top)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(top, 8)) {
      return walk.filter(Files::isDirectory)
          .filter(p -> root.relativize(p).toString().isEmpty() || !ignored(root.relativize(p))).toList();
    } catch (IOException | UncheckedIOException e) {
      return List.of(top);
    }
  }

  private static boolean ignored(Path relative) {
    for (Path part : relative) {
      String name = part.toString();
      if (NOT_WATCHED.contains(name) || name.startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  /** The watcher's loop: wait for a change, let the burst settle, refresh, watch any new folder. */
  private void watch() {
    while (!closed) {
      try {
        WatchKey key = watcher.take();
        Set<String> because = new TreeSet<>();
        collect(key, because);
        WatchKey more;
        while ((more = watcher.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
          collect(more, because);
        }
        if (!because.isEmpty()) {
          refresh(because);
          watchFolders();
        }
      } catch (InterruptedException | ClosedWatchServiceException e) {
        return;
      } catch (RuntimeException e) {
        log.accept("preview: " + message(e));
      }
    }
  }

  private void collect(WatchKey key, Set<String> because) {
    Path folder = watched.get(key);
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.kind() == StandardWatchEventKinds.OVERFLOW || folder == null) {
        because.add(".");
        continue;
      }
      Path relative = root.relativize(folder.resolve((Path) event.context()));
      if (!ignored(relative) && !relative.toString().endsWith("~")) {
        because.add(relative.toString().replace('\\', '/'));
      }
    }
    if (!key.reset()) {
      watched.remove(key);
    }
  }

  private static String describe(Refresh refresh) {
    String files = refresh.because().isEmpty() ? "start" : String.join(", ", refresh.because().stream().limit(3).toList())
        + (refresh.because().size() > 3 ? " and " + (refresh.because().size() - 3) + " more" : "");
    String seconds = String.format(java.util.Locale.ROOT, "%.2f s", refresh.nanos() / 1e9);
    if (refresh.problem().isPresent()) {
      return files + ": cannot refresh (" + refresh.problem().get() + "); the last site stays (" + seconds + ")";
    }
    return files + ": " + refresh.errors() + " error(s), " + refresh.warnings() + " warning(s); "
        + refresh.pagesChanged().size() + " page(s) changed (" + seconds + ")";
  }

  private static String message(RuntimeException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
