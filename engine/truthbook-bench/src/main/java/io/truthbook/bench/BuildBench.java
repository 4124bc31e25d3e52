package io.truthbook.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The book and site half of the benchmark: {@code build} cold and warm in fresh JVMs, {@code site-src}
 * with the size of its largest pages (as AsciiDoc, and as HTML rendered by {@link PageRender}), and
 * whether {@code check} loads JRuby at all. Each run is started exactly as a user starts the command,
 * plus the JVM's class-load log, which is how the benchmark sees whether Asciidoctor (JRuby) booted.
 */
final class BuildBench {
  private static final Pattern DIAGRAMS = Pattern.compile("(\\d+) diagrams?: (\\d+) rendered, (\\d+) from cache");
  private static final Pattern ENTRIES = Pattern.compile("(\\d+) search entries");
  /** The class every JRuby runtime is an instance of: loaded exactly when Asciidoctor boots. */
  private static final String JRUBY = "org.jruby.Ruby";
  /** The largest pages of a site rendered to HTML (one Asciidoctor boot for all of them). */
  private static final int PAGES_RENDERED = 3;
  private static final String STAMP = "book/.book-stamp";

  private final BenchOptions options;
  private final PrintStream progress;

  BuildBench(BenchOptions options, PrintStream progress) {
    this.options = options;
    this.progress = progress;
  }

  /** Whether {@code check} of {@code root} loaded any JRuby class, from a fresh JVM's class-load log. */
  boolean checkLoadsJRuby(String size, Path root) {
    Path classes = options.work().resolve(size + ".check-classes.log");
    TimedProcess.Result run = TimedProcess.run(javaWithClassLog(classes, "check", "--format", "json", "--root",
        root.toString()), options.work(), size + ".check-classes", limit());
    if (!run.finished() || run.exit() > 1) {
      throw new IllegalStateException("check of " + size + " could not run (exit " + run.exit() + "); see " + run.err());
    }
    return loaded(classes, JRUBY);
  }

  /** {@code build} cold (fresh output folder and diagram cache), then warm (nothing changed). */
  Optional<SizeFigures.BuildFigures> build(String size, Path root) {
    if (!options.buildSizes().contains(size)) {
      return Optional.empty();
    }
    Path out = options.work().resolve(size + "-build");
    delete(out);
    SizeFigures.BuildRun cold = buildRun(size, root, out, "cold");
    if (!cold.finished()) {
      return Optional.of(new SizeFigures.BuildFigures(cold, Optional.empty(), -1, -1));
    }
    SizeFigures.BuildRun warm = buildRun(size, root, out, "warm");
    return Optional.of(new SizeFigures.BuildFigures(cold, Optional.of(warm), size(out.resolve("book/book.html")),
        size(out.resolve("book/book.pdf"))));
  }

  private SizeFigures.BuildRun buildRun(String size, Path root, Path out, String kind) {
    String name = size + ".build-" + kind;
    Optional<FileTime> before = modified(out.resolve(STAMP));
    Path classes = options.work().resolve(name + "-classes.log");
    progress.printf("%s: %s build ...%n", size, kind);
    TimedProcess.Result run = TimedProcess.run(javaWithClassLog(classes, "build", "--allow-drift", "--root",
        root.toString(), "--out", out.toString()), options.work(), name, limit());
    if (!run.finished()) {
      progress.printf("%s: %s build stopped after %.0f s (--build-timeout)%n", size, kind, run.wallNanos() / 1e9);
      return new SizeFigures.BuildRun(run.wallNanos(), run.cpuNanos(), false, -1, -1, false, loaded(classes, JRUBY));
    }
    if (run.exit() != 0) {
      throw new IllegalStateException("build of " + size + " failed (exit " + run.exit() + "); see " + run.err());
    }
    Matcher diagrams = DIAGRAMS.matcher(read(run.out()));
    if (!diagrams.find()) {
      throw new IllegalStateException("build of " + size + " printed no diagram count; see " + run.out());
    }
    Optional<FileTime> after = modified(out.resolve(STAMP));
    SizeFigures.BuildRun measured = new SizeFigures.BuildRun(run.wallNanos(), run.cpuNanos(), true,
        Integer.parseInt(diagrams.group(1)), Integer.parseInt(diagrams.group(2)),
        after.isPresent() && !after.equals(before), loaded(classes, JRUBY));
    progress.printf("%s: %s build: %.2f s wall, %d diagrams (%d rendered), book %s, JRuby %s%n", size, kind,
        measured.wallNanos() / 1e9, measured.diagrams(), measured.rendered(),
        measured.converted() ? "converted" : "up to date", measured.jruby() ? "loaded" : "not loaded");
    return measured;
  }

  /** {@code site-src}, its pages' sizes, and the HTML of the largest ones. */
  Optional<SizeFigures.SiteFigures> site(String size, Path root) {
    if (!options.siteSizes().contains(size)) {
      return Optional.empty();
    }
    Path out = options.work().resolve(size + "-site");
    delete(out);
    progress.printf("%s: site-src ...%n", size);
    TimedProcess.Result run = TimedProcess.run(List.of(TimedProcess.java(), "-Xmx" + options.xmx(), "-jar",
        options.jar().toString(), "site-src", "--allow-drift", "--root", root.toString(), "--out",
        out.resolve("source").toString(), "--cache", out.resolve("diagram-cache").toString()), options.work(),
        size + ".site-src", limit());
    if (!run.finished() || run.exit() != 0) {
      throw new IllegalStateException("site-src of " + size + " failed (exit " + run.exit() + "); see " + run.err());
    }
    List<Path> pages = list(out.resolve("source/asciidoc")).stream()
        .sorted(Comparator.comparingLong(BuildBench::size).reversed()).toList();
    if (pages.isEmpty()) {
      throw new IllegalStateException("site-src of " + size + " wrote no page; see " + run.out());
    }
    OptionalLong html = renderedSize(size, pages.subList(0, Math.min(PAGES_RENDERED, pages.size())), out);
    Matcher entries = ENTRIES.matcher(read(run.out()));
    SizeFigures.SiteFigures site = new SizeFigures.SiteFigures(run.wallNanos(), pages.size(),
        pages.get(0).getFileName().toString(), size(pages.get(0)), html,
        size(out.resolve("source/resources/search-index.json")), entries.find() ? Integer.parseInt(entries.group(1)) : -1);
    progress.printf("%s: site-src: %.2f s, %d pages, largest %s %.2f MB AsciiDoc%s, search index %.2f MB%n", size,
        site.wallNanos() / 1e9, site.pages(), site.largestPage(), site.largestSourceBytes() / 1e6,
        html.isPresent() ? String.format(", largest HTML %.2f MB", html.getAsLong() / 1e6) : "",
        site.searchIndexBytes() / 1e6);
    return Optional.of(site);
  }

  /** The largest HTML page {@link PageRender} writes for these pages; empty when it cannot run. */
  private OptionalLong renderedSize(String size, List<Path> pages, Path out) {
    Path html = out.resolve("html");
    List<String> command = new ArrayList<>(List.of(TimedProcess.java(), "-Xmx" + options.xmx(), "-cp",
        options.childClassPath(), PageRender.class.getName(), html.toString()));
    pages.forEach(p -> command.add(p.toString()));
    TimedProcess.Result run = TimedProcess.run(command, options.work(), size + ".page-render", limit());
    if (!run.finished() || run.exit() != 0) {
      progress.printf("%s: the largest pages could not be rendered to HTML; see %s%n", size, run.err());
      return OptionalLong.empty();
    }
    return list(html).stream().mapToLong(BuildBench::size).max();
  }

  private List<String> javaWithClassLog(Path classes, String... arguments) {
    List<String> command = new ArrayList<>(List.of(TimedProcess.java(), "-Xmx" + options.xmx()));
    command.addAll(options.launcherFlags());
    command.addAll(List.of("-Xlog:class+load=info:file=" + classes, "-jar", options.jar().toString()));
    command.addAll(List.of(arguments));
    return command;
  }

  private Duration limit() {
    return Duration.ofSeconds(options.buildTimeout());
  }

  /** Whether the class-load log names {@code className} as loaded. */
  private static boolean loaded(Path log, String className) {
    String needle = " " + className + " ";
    try (BufferedReader lines = Files.newBufferedReader(log, StandardCharsets.UTF_8)) {
      return lines.lines().anyMatch(line -> line.contains(needle));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the class-load log " + log, e);
    }
  }

  private static Optional<FileTime> modified(Path file) {
    try {
      return Files.isRegularFile(file) ? Optional.of(Files.getLastModifiedTime(file)) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static long size(Path file) {
    try {
      return Files.isRegularFile(file) ? Files.size(file) : -1;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the size of " + file, e);
    }
  }

  private static List<Path> list(Path folder) {
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(Files::isRegularFile).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
  }

  /** Deletes an output folder (or a cache) of an earlier run, for a cold start. */
  static void delete(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + folder, e);
    }
  }
}
