package io.truthbook.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The benchmark of issue 9 for {@code check}: for each size, generates the synthetic truth (or
 * takes the repository itself for {@code velocity}), times {@code check} in fresh JVMs exactly as a
 * user starts it, reads the stage times and peak heap from one more run in {@link BenchChild},
 * validates the same manifests with ajv-cli, and prints one table with the targets.
 */
public final class Bench {
  private static final Path GNU_TIME = Path.of("/usr/bin/time");
  private final BenchOptions options;
  private final PrintStream out;
  private final PrintStream progress;

  public Bench(BenchOptions options, PrintStream out, PrintStream progress) {
    this.options = options;
    this.out = out;
    this.progress = progress;
  }

  /** {@code java -cp truthbook.jar io.truthbook.bench.Bench [options]}; see {@link BenchOptions#USAGE}. */
  public static void main(String[] args) {
    if (java.util.Arrays.asList(args).contains("--help")) {
      System.out.println(BenchOptions.USAGE);
      return;
    }
    new Bench(BenchOptions.parse(args), System.out, System.err).run();
  }

  /** Measures every size, prints the table; returns true when every measured target passes. */
  public boolean run() {
    if (!Files.isRegularFile(options.jar())) {
      throw new IllegalArgumentException(options.jar() + " does not exist; build it first (mvn -B -DskipTests package)");
    }
    List<SizeFigures> figures = new ArrayList<>();
    for (String size : options.sizes()) {
      figures.add(measure(size));
    }
    return new BenchReport(options, figures).print(out);
  }

  private SizeFigures measure(String size) {
    Optional<Scale> scale = Scale.profile(size).map(s -> options.drift().map(s::withDrift).orElse(s));
    Path root = options.root();
    OptionalLong generated = OptionalLong.empty();
    int productFiles = -1;
    if (scale.isPresent()) {
      root = options.work().resolve(size);
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
      SizeFigures.Run measured = coldCheck(size, root);
      progress.printf("%s: cold check %d/%d: %.2f s wall, %.2f s cpu%n", size, run, options.runs(),
          measured.wallNanos() / 1e9, measured.cpuNanos() / 1e9);
      cold.add(measured);
    }
    // the fastest of the in-process runs: the one least disturbed by anything else on the machine
    SizeFigures.Child child = null;
    for (int run = 1; run <= options.runs(); run++) {
      SizeFigures.Child next = child(root);
      progress.printf("%s: in-process check %d/%d: %.2f s wall, %.2f s cpu, %d findings%n", size, run, options.runs(),
          next.wallNanos() / 1e9, next.cpuNanos() / 1e9, next.findings());
      child = child == null || next.wallNanos() < child.wallNanos() ? next : child;
    }
    Path measured = root;
    Optional<SizeFigures.Ajv> ajv = options.ajv().flatMap(script -> new AjvComparison(script, progress).run(measured));
    return new SizeFigures(size, scale, generated, productFiles, cold, child, ajv, measureBuild(size, root));
  }

  /**
   * HOOK (issue 9, book and diagrams): measure {@code build} cold and warm on {@code root} and count
   * the diagrams rendered. Until the build command exists this measures nothing and the report says so.
   */
  static Optional<SizeFigures.BuildFigures> measureBuild(String size, Path root) {
    return Optional.empty();
  }

  /**
   * {@code java -Xmx1g -jar truthbook.jar check --format json}, timed from launch to exit. Where GNU
   * time is installed it runs under it, for the process's CPU time (steadier than wall time when other
   * work shares the machine); otherwise the CPU time is unknown (-1).
   */
  private SizeFigures.Run coldCheck(String size, Path root) {
    Path report = options.work().resolve(size + ".check.json");
    Path usage = options.work().resolve(size + ".check.time");
    List<String> command = new ArrayList<>();
    boolean timed = Files.isExecutable(GNU_TIME);
    if (timed) {
      command.addAll(List.of(GNU_TIME.toString(), "-f", "%U %S", "-o", usage.toString()));
    }
    command.addAll(List.of(java(), "-Xmx" + options.xmx(), "-jar", options.jar().toString(), "check",
        "--format", "json", "--root", root.toString()));
    long start = System.nanoTime();
    int exit = exec(command, report, options.work().resolve(size + ".check.err"));
    long nanos = System.nanoTime() - start;
    if (exit != 0 && exit != 1) {
      throw new IllegalStateException("check of " + size + " could not run (exit " + exit + "); see "
          + options.work().resolve(size + ".check.err"));
    }
    return new SizeFigures.Run(nanos, timed ? cpuNanos(usage) : -1);
  }

  /** User plus system seconds as GNU time wrote them, in nanoseconds; -1 if unreadable. */
  private static long cpuNanos(Path usage) {
    try {
      String[] lines = Files.readString(usage).strip().split("\n");
      String[] parts = lines[lines.length - 1].strip().split(" ");
      return (long) ((Double.parseDouble(parts[0]) + Double.parseDouble(parts[1])) * 1e9);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  private SizeFigures.Child child(Path root) {
    Path output = options.work().resolve("child.json");
    List<String> command = List.of(java(), "-Xmx" + options.xmx(), "-cp", options.jar().toString(),
        BenchChild.class.getName(), root.toString());
    int exit = exec(command, output, options.work().resolve("child.err"));
    try {
      String text = Files.readString(output, StandardCharsets.UTF_8).strip();
      if (exit != 0 || text.isEmpty()) {
        throw new IllegalStateException("BenchChild failed (exit " + exit + "); see " + options.work().resolve("child.err"));
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

  private int exec(List<String> command, Path stdout, Path stderr) {
    try {
      Files.createDirectories(options.work());
      Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
          .start();
      return process.waitFor();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + command.get(0), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + String.join(" ", command), e);
    }
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
