package io.truthbook.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToLongFunction;

/** Prints the figures of every size, the growth between sizes, and the targets of issue 9 with PASS/FAIL. */
final class BenchReport {
  /** The stages of issue 9 first; stages the pipeline grows later (gates, diagrams) follow as they appear. */
  static final List<String> STAGES = List.of("load", "schema", "rules", "evidence", "reconcile");
  private static final double MIB = 1024.0 * 1024.0;
  private static final long GIB = 1024L * 1024 * 1024;

  private final BenchOptions options;
  private final List<SizeFigures> sizes;
  private final List<String> stages;
  private final Optional<Boolean> checkLoadsJRuby;
  private final Optional<ServeBench.Figures> serve;
  private final Optional<MavenVerifyBench.Figures> verify;

  BenchReport(BenchOptions options, List<SizeFigures> sizes, Optional<Boolean> checkLoadsJRuby,
      Optional<ServeBench.Figures> serve, Optional<MavenVerifyBench.Figures> verify) {
    this.options = options;
    this.serve = serve;
    this.verify = verify;
    this.sizes = List.copyOf(sizes);
    this.checkLoadsJRuby = checkLoadsJRuby;
    java.util.Set<String> names = new java.util.LinkedHashSet<>(STAGES);
    sizes.forEach(s -> names.addAll(new java.util.TreeSet<>(s.child().stageNanos().keySet())));
    this.stages = List.copyOf(names);
  }

  /** Prints everything; returns true when every target that was measured passes. */
  boolean print(PrintStream out) {
    out.printf("%nTruthbook check benchmark: java -Xmx%s, %d cores, Java %s; per size %d cold-JVM check run(s)"
        + " (median wall, best wall, median cpu) and %d in-process run(s) (the fastest is shown)%n", options.xmx(),
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), options.runs(), options.runs());
    out.println("check cold: ./truthbook's JVM flags (" + String.join(" ", options.launcherFlags()) + ")"
        + (options.archiveFlags().isEmpty() ? "; no class-data archive beside the jar (or older than it)" : ""));
    out.println("load average when done: " + loadAverage() + " (other work on the machine inflates wall times;"
        + " the cpu columns are each JVM's own user + system time, all threads)");
    out.printf("%-9s %7s %6s %8s | %10s %8s %8s | %10s %8s | %8s %8s %8s | %s%n", "size", "files", "manif",
        "generate", "check cold", "best", "cpu", "in-process", "cpu", "heap-gc", "pools", "rss",
        "stages in-process (s): " + String.join(" / ", stages));
    for (SizeFigures s : sizes) {
      String times = String.join(" / ", stages.stream().map(st -> seconds(s.child().stage(st))).toList());
      out.printf("%-9s %7s %6d %8s | %9ss %7ss %7ss | %9ss %7ss | %7.0fM %7.0fM %7.0fM | %s   findings %d (%d errors)%n",
          s.size(), s.productFiles() < 0 ? "-" : String.valueOf(s.productFiles()), s.child().manifests(),
          s.generateNanos().isPresent() ? seconds(s.generateNanos().getAsLong()) + "s" : "reused",
          seconds(s.coldMedian()), seconds(s.coldBest()), s.coldCpuMedian() < 0 ? "-" : seconds(s.coldCpuMedian()),
          seconds(s.child().wallNanos()), seconds(s.child().cpuNanos()),
          s.child().heapGcPeakBytes() / MIB, s.child().heapPoolPeakBytes() / MIB, s.child().rssPeakBytes() / MIB,
          times, s.child().findings(), s.child().errors());
    }
    growth(out);
    ajv(out);
    new BuildReport(options, sizes).print(out);
    return targets(out);
  }

  private void growth(PrintStream out) {
    List<SizeFigures> synthetic = sizes.stream().filter(s -> s.scale().isPresent()).toList();
    if (synthetic.size() < 2) {
      return;
    }
    out.println("\ngrowth (time ratio between consecutive synthetic sizes; input grows 10x each step):");
    for (int i = 1; i < synthetic.size(); i++) {
      SizeFigures from = synthetic.get(i - 1);
      SizeFigures to = synthetic.get(i);
      StringBuilder line = new StringBuilder(String.format(Locale.ROOT,
          "  %s -> %s: check cold %.1fx (cpu %.1fx), in-process %.1fx (cpu %.1fx)", from.size(), to.size(),
          ratio(to, from, SizeFigures::coldMedian), ratio(to, from, SizeFigures::coldCpuMedian),
          ratio(to, from, s -> s.child().wallNanos()), ratio(to, from, s -> s.child().cpuNanos())));
      for (String stage : stages) {
        // a stage that took under a millisecond has no meaningful growth
        line.append(from.child().stage(stage) < 1_000_000 ? ", " + stage + " -"
            : String.format(Locale.ROOT, ", %s %.1fx", stage, ratio(to, from, s -> s.child().stage(stage))));
      }
      out.println(line);
    }
  }

  private void ajv(PrintStream out) {
    List<SizeFigures> compared = sizes.stream().filter(s -> s.ajv().isPresent()).toList();
    if (compared.isEmpty()) {
      out.println("\nschema validation vs ajv-cli: ajv-cli not available");
      return;
    }
    out.println("\nschema validation vs ajv-cli (same manifests, same draft-07 schemas):");
    out.printf("  %-9s %14s %14s %8s | %14s %8s | %14s %14s %14s%n", "size", "ours: schema", "ajv: validate", "ratio",
        "ours: no cache", "ratio", "ours: load", "ajv: parse", "ajv-cli wall");
    for (SizeFigures s : compared) {
      SizeFigures.Ajv a = s.ajv().get();
      out.printf("  %-9s %13ss %13ss %7.2fx | %13ss %7.2fx | %13ss %13ss %13ss%s%n", s.size(),
          seconds(s.child().stage("schema")), seconds(a.validateNanos()), ajvRatio(s, s.child().stage("schema")),
          seconds(s.schemaUncachedNanos()), ajvRatio(s, s.schemaUncachedNanos()),
          seconds(s.child().stage("load")), seconds(a.parseNanos()), seconds(a.cliWallNanos()),
          a.invalid() > 0 ? "   (ajv found " + a.invalid() + " invalid file(s))" : "");
    }
    out.println("  ratio = our schema stage (Everit, in-process; verdicts from target/schema-cache, or with that cache"
        + " emptied: schemas compiled and every manifest validated) / ajv (compile + validate in one node process);"
        + " ajv-cli wall adds node start and YAML parsing, per kind");
  }

  private static double ajvRatio(SizeFigures s, long ours) {
    return (double) ours / Math.max(1, s.ajv().orElseThrow().validateNanos());
  }

  private boolean targets(PrintStream out) {
    out.println("\ntargets (issue 9):");
    List<Boolean> results = new ArrayList<>();
    find("velocity").ifPresent(v -> results.add(target(out, "check of the Velocity truth <= 2 s wall (JVM start included)",
        seconds(v.coldMedian()) + " s", v.coldMedian() <= 2_000_000_000L)));
    find("100x").ifPresent(s -> {
      results.add(target(out, "100x check <= 15 s wall", seconds(s.coldMedian()) + " s", s.coldMedian() <= 15_000_000_000L));
      // heap occupancy only falls at a collection, so its peak is the largest occupancy seen just before one;
      // the sum of the pools' own peaks adds peaks of different moments and can exceed -Xmx itself
      long heap = s.child().heapGcPeakBytes();
      results.add(target(out, "100x peak heap <= 1 GiB (largest heap occupancy before a collection)",
          String.format(Locale.ROOT, "%.0f MiB; the sum of heap pool peaks, an upper bound, is %.0f MiB", heap / MIB,
              s.child().heapPoolPeakBytes() / MIB), heap <= GIB));
    });
    List<SizeFigures> synthetic = sizes.stream().filter(s -> s.scale().isPresent()).toList();
    for (int i = 1; i < synthetic.size(); i++) {
      double r = ratio(synthetic.get(i), synthetic.get(i - 1), SizeFigures::coldMedian);
      results.add(target(out, "10x input costs <= 12x time (" + synthetic.get(i - 1).size() + " -> "
          + synthetic.get(i).size() + ", check cold)", String.format(Locale.ROOT, "%.1fx", r), r <= 12.0));
    }
    results.addAll(new BuildReport(options, sizes).targets(out, checkLoadsJRuby));
    results.addAll(issue19(out));
    return results.stream().allMatch(b -> b);
  }

  /** The targets of issue 19 this benchmark measures: Velocity's cold check and cold build, the schema stage against ajv. */
  private List<Boolean> issue19(PrintStream out) {
    out.println("\ntargets (issue 19):");
    List<Boolean> results = new ArrayList<>();
    // the writer's loop: a check in a new JVM after an earlier one, whose verdict and parse caches it finds (a chapter
    // or manifest edit misses only the edited file's entries); the first check of a product is the [info] line
    find("velocity").ifPresent(v -> v.warmMedian().ifPresent(w -> {
      results.add(target(out, "Velocity check cold <= 0.8 s wall (median, a new JVM as ./truthbook starts it"
          + (options.archiveFlags().isEmpty() ? ", no class-data archive" : " with the class-data archive")
          + ", after an earlier check)", seconds(w.wallNanos()) + " s, cpu " + cpu(w.cpuNanos()),
          w.wallNanos() <= 800_000_000L));
      out.printf("  [info] Velocity check, a new JVM with the evidence parse cache emptied (a first check of the"
          + " product; not the target): %s s, cpu %s%n", seconds(v.coldMedian()), cpu(v.coldCpuMedian()));
    }));
    serve.ifPresent(f -> results.add(target(out, "serve: a Velocity chapter edit to its updated page <= 1 s (median of "
        + f.editNanos().size() + " edits, the page fetched over HTTP after the event)", seconds(f.median(f.editNanos()))
        + " s, cpu " + seconds(f.median(f.editCpuNanos())) + " s (serve started in " + seconds(f.startNanos()) + " s)",
        f.median(f.editNanos()) <= 1_000_000_000L)));
    find("100x").ifPresent(s -> {
      results.add(target(out, "100x check cold <= 8 s wall (median, JVM start included, evidence parse cache emptied"
          + " before each run)", seconds(s.coldMedian()) + " s, cpu " + cpu(s.coldCpuMedian()),
          s.coldMedian() <= 8_000_000_000L));
      // not the issue's figure: what a check costs once an earlier one kept the product's parses
      s.warmMedian().ifPresent(w -> out.printf("  [info] 100x check, evidence parse cache warm (a second check of the"
          + " same commit; not a target): %s s, cpu %s%n", seconds(w.wallNanos()), cpu(w.cpuNanos())));
    });
    find("velocity").flatMap(SizeFigures::build).ifPresent(b -> results.add(target(out,
        "Velocity build cold <= 15 s wall (one run: JVM start, check, diagrams, HTML and PDF; ./truthbook's JVM flags)",
        seconds(b.cold().wallNanos()) + " s, cpu " + (b.cold().cpuNanos() < 0 ? "-" : seconds(b.cold().cpuNanos()) + " s")
            + (b.cold().finished() ? "" : ", stopped by --build-timeout"),
        b.cold().finished() && b.cold().wallNanos() <= 15_000_000_000L)));
    verify.ifPresent(v -> results.add(target(out, "mvn -B -o -DskipTests verify on a clean clone <= 45 s wall"
        + " (dependencies cached; book, site and check of the truth)", seconds(v.wallNanos()) + " s, cpu "
        + cpu(v.cpuNanos()) + (v.passed() ? "" : ", the build FAILED"), v.passed() && v.wallNanos() <= 45_000_000_000L)));
    for (SizeFigures s : sizes.stream().filter(f -> f.ajv().isPresent()).toList()) {
      double cached = ajvRatio(s, s.child().stage("schema"));
      double uncached = ajvRatio(s, s.schemaUncachedNanos());
      // the issue makes the stage fast by caching its verdicts by content; what a first check of every manifest
      // costs (Everit compiling the schemas, no verdict kept) is printed beside it, and BENCHMARKS.md says why
      results.add(target(out, s.size() + " schema stage <= 1.0x ajv, verdicts cached",
          String.format(Locale.ROOT, "%.2fx", cached), cached <= 1.0));
      out.printf(Locale.ROOT, "  [info] %s schema stage, verdict cache emptied (every manifest new; not the target):"
          + " %.2fx ajv%n", s.size(), uncached);
    }
    return results;
  }

  static boolean target(PrintStream out, String what, String measured, boolean pass) {
    out.printf("  [%s] %s: %s%n", pass ? "PASS" : "FAIL", what, measured);
    return pass;
  }

  private Optional<SizeFigures> find(String size) {
    return sizes.stream().filter(s -> s.size().equals(size)).findFirst();
  }

  static double ratio(SizeFigures to, SizeFigures from, ToLongFunction<SizeFigures> figure) {
    return (double) figure.applyAsLong(to) / Math.max(1, figure.applyAsLong(from));
  }

  private static String loadAverage() {
    try {
      String[] parts = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (java.io.IOException | ArrayIndexOutOfBoundsException e) {
      return "unknown";
    }
  }

  private static String cpu(long nanos) {
    return nanos < 0 ? "-" : seconds(nanos) + " s";
  }

  static String seconds(long nanos) {
    return String.format(Locale.ROOT, "%.2f", nanos / 1e9);
  }
}
