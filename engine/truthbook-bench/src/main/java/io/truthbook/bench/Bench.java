package io.truthbook.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The benchmark of issue 9: for each size, generates the synthetic truth (or takes the repository
 * itself for {@code velocity}), times {@code check} in fresh JVMs exactly as a user starts it, reads
 * the stage times and peak heap from one more run in {@link BenchChild}, validates the same manifests
 * with ajv-cli, times {@code build} cold and warm and weighs the site's pages ({@link BuildBench}),
 * and prints one table with the targets.
 */
public final class Bench {
  /** A check has no time limit: the benchmark is about how long it takes. */
  private static final Duration NO_LIMIT = Duration.ofHours(2);
  /** Where the check keeps its evidence parses: emptied before each cold run. */
  private static final String EVIDENCE_CACHE = io.truthbook.evidence.bundle.ParsePacks.CACHE_FOLDER;
  private final BenchOptions options;
  private final PrintStream out;
  private final PrintStream progress;
  private final BuildBench builds;

  public Bench(BenchOptions options, PrintStream out, PrintStream progress) {
    this.options = options;
    this.out = out;
    this.progress = progress;
    this.builds = new BuildBench(options, progress);
  }

  /** Measures every size, prints the table; returns true when every measured target passes. */
  public boolean run() {
    if (!Files.isRegularFile(options.jar())) {
      throw new IllegalArgumentException(options.jar() + " does not exist; build it first (mvn -B -DskipTests package)");
    }
    List<SizeFigures> figures = new ArrayList<>();
    Optional<Boolean> checkLoadsJRuby = Optional.empty();
    for (String size : options.sizes()) {
      SizeFigures measured = measure(size);
      figures.add(measured);
      if (checkLoadsJRuby.isEmpty()) {
        // what check loads does not depend on the size: one run with the class-load log is enough
        checkLoadsJRuby = Optional.of(builds.checkLoadsJRuby(size, root(size)));
      }
    }
    Optional<ServeBench.Figures> serve = Optional.empty();
    if (options.sizes().contains("velocity") && options.serveEdits() > 0) {
      serve = Optional.of(new ServeBench(options, progress).measure(options.root(), options.serveEdits()));
    }
    Optional<MavenVerifyBench.Figures> verify = options.mavenVerify()
        ? Optional.of(MavenVerifyBench.measure(options, progress)) : Optional.empty();
    return new BenchReport(options, figures, checkLoadsJRuby, serve, verify).print(out);
  }

  private SizeFigures measure(String size) {
    Optional<Scale> scale = Scale.profile(size).map(s -> options.drift().map(s::withDrift).orElse(s));
    Path root = root(size);
    OptionalLong generated = OptionalLong.empty();
    int productFiles = -1;
    if (scale.isPresent()) {
      SyntheticTruth truth = new SyntheticTruth(scale.get(), options.seed());
      if (options.regenerate() || !truth.isIn(root)) {
        progress.printf("%s: generating %s ...%n", size, scale.get());
        long start = System.nanoTime();
        SyntheticTruth.Generated result = truth.write(root);
        generated = OptionalLong.of(System.nanoTime() - start);
        progress.printf("%s: %d manifests, %d product files, %.1f MB, commit %s, in %.1f s%n", size,
            result.manifests(), result.productFiles(), result.bytes() / 1e6, result.commit().substring(0, 12),
            generated.getAsLong() / 1e9);
      } else {
        progress.printf("%s: reusing %s%n", size, root);
      }
      productFiles = scale.get().files();
    }
    List<SizeFigures.Run> cold = new ArrayList<>();
    for (int run = 1; run <= options.runs(); run++) {
      // cold: a new JVM, and no evidence parses kept from an earlier check (a first check of the product)
      BuildBench.delete(root.resolve(EVIDENCE_CACHE));
      SizeFigures.Run measured = coldCheck(size, root);
      progress.printf("%s: cold check %d/%d: %.2f s wall, %.2f s cpu%n", size, run, options.runs(),
          measured.wallNanos() / 1e9, measured.cpuNanos() / 1e9);
      cold.add(measured);
    }
    // warm: a new JVM, with the parses the run before kept: a check after a commit that changed no product file
    List<SizeFigures.Run> warm = new ArrayList<>();
    for (int run = 1; run <= options.runs(); run++) {
      SizeFigures.Run measured = coldCheck(size, root);
      progress.printf("%s: cold-JVM check, evidence parse cache warm %d/%d: %.2f s wall, %.2f s cpu%n", size, run,
          options.runs(), measured.wallNanos() / 1e9, measured.cpuNanos() / 1e9);
      warm.add(measured);
    }
    // the schema stage without its verdict cache (a first check, or one after every manifest changed)
    BuildBench.delete(root.resolve("target/schema-cache"));
    long schemaUncached = child(root).stage("schema");
    progress.printf("%s: in-process check, schema verdict cache emptied: schema %.2f s%n", size, schemaUncached / 1e9);
    // the fastest of the in-process runs: the one least disturbed by anything else on the machine
    SizeFigures.Child child = null;
    for (int run = 1; run <= options.runs(); run++) {
      // the in-process stages as a first check has them, comparable with the figures before the parse cache
      BuildBench.delete(root.resolve(EVIDENCE_CACHE));
      SizeFigures.Child next = child(root);
      progress.printf("%s: in-process check %d/%d: %.2f s wall, %.2f s cpu, %d findings%n", size, run, options.runs(),
          next.wallNanos() / 1e9, next.cpuNanos() / 1e9, next.findings());
      child = child == null || next.wallNanos() < child.wallNanos() ? next : child;
    }
    Path measured = root;
    Optional<SizeFigures.Ajv> ajv = options.ajv().flatMap(script -> new AjvComparison(script, progress).run(measured));
    return new SizeFigures(size, scale, generated, productFiles, cold, warm, child, schemaUncached, ajv, builds.build(size, root),
        builds.site(size, root));
  }

  /** The repository of a size: the root itself for {@code velocity}, else its generated truth. */
  private Path root(String size) {
    return size.equals("velocity") ? options.root() : options.work().resolve(size);
  }

  /**
   * {@code check --format json} in a new JVM as {@code ./truthbook} runs it (its JVM flags, the jar's class-data
   * archive when the build made one, and the truth's own rule pack, {@code target/classes}, when it has one),
   * timed from launch to exit, with the process's CPU time where GNU time is installed (-1 otherwise). Without
   * the flags the JVM picks G1 and C2 on this machine, whose compiler threads alone cost the 100x check about 7 s
   * of CPU (BENCHMARKS.md).
   */
  private SizeFigures.Run coldCheck(String size, Path root) {
    List<String> command = new ArrayList<>(List.of(TimedProcess.java(), "-Xmx" + options.xmx()));
    command.addAll(options.launcherFlags());
    command.addAll(List.of("-cp", options.jar() + rulePack(root), "io.truthbook.cli.Main", "check", "--format", "json",
        "--root", root.toString()));
    TimedProcess.Result run = TimedProcess.run(command, options.work(), size + ".check", NO_LIMIT);
    if (run.exit() != 0 && run.exit() != 1) {
      throw new IllegalStateException("check of " + size + " could not run (exit " + run.exit() + "); see " + run.err());
    }
    return new SizeFigures.Run(run.wallNanos(), run.cpuNanos());
  }

  /** The truth's own rule pack on the class path, as ./truthbook adds it: its compiled classes, when it has them. */
  private static String rulePack(Path root) {
    Path classes = root.resolve("target/classes");
    return Files.isDirectory(classes) ? java.io.File.pathSeparator + classes : "";
  }

  private SizeFigures.Child child(Path root) {
    TimedProcess.Result run = TimedProcess.run(List.of(TimedProcess.java(), "-Xmx" + options.xmx(), "-cp",
        options.childClassPath() + rulePack(root), BenchChild.class.getName(), root.toString()), options.work(), "child",
        NO_LIMIT);
    try {
      String text = Files.readString(run.out(), StandardCharsets.UTF_8).strip();
      if (run.exit() != 0 || text.isEmpty()) {
        throw new IllegalStateException("BenchChild failed (exit " + run.exit() + "); see " + run.err());
      }
      JsonNode json = new ObjectMapper().readTree(text.substring(text.lastIndexOf('\n') + 1));
      return new SizeFigures.Child(json.get("wallNanos").asLong(), longs(json.get("stageNanos")),
          json.get("manifests").asInt(), json.get("findings").asLong(), json.get("errors").asLong(),
          json.get("warnings").asLong(), longs(json.get("byRule")), json.get("heapPoolPeakBytes").asLong(),
          json.get("heapGcPeakBytes").asLong(), json.get("rssPeakBytes").asLong(), json.get("jvmStartMs").asLong(),
          json.get("cpuNanos").asLong());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the output of BenchChild", e);
    }
  }

  private static Map<String, Long> longs(JsonNode object) {
    Map<String, Long> values = new LinkedHashMap<>();
    object.properties().forEach(e -> values.put(e.getKey(), e.getValue().asLong()));
    return values;
  }
}
