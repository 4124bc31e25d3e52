package io.truthbook.bench;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What one size cost. {@code generateNanos} is empty when an earlier generation was reused; {@code
 * cold} are the cold-JVM check runs (JVM start included; the evidence parse cache emptied before
 * each), {@code warm} more of them with the parses of the run before kept (empty where not
 * measured); {@code child} is the in-process view of one more run; {@code schemaUncachedNanos} its
 * schema stage in a run after the truth's schema verdict cache was emptied; {@code build} and
 * {@code site} are empty where they were not measured.
 */
record SizeFigures(String size, Optional<Scale> scale, OptionalLong generateNanos, int productFiles,
    List<Run> cold, List<Run> warm, Child child, long schemaUncachedNanos, Optional<Ajv> ajv,
    Optional<BuildFigures> build, Optional<SiteFigures> site) {

  SizeFigures {
    cold = List.copyOf(cold);
    warm = List.copyOf(warm);
  }

  /** One cold-JVM check: wall time from launch to exit, and the process's CPU time (-1 when unknown). */
  record Run(long wallNanos, long cpuNanos) {}

  /** The median cold-JVM check wall time. */
  long coldMedian() {
    return median(cold.stream().map(Run::wallNanos).toList());
  }

  /** The fastest cold-JVM check wall time. */
  long coldBest() {
    return cold.stream().mapToLong(Run::wallNanos).min().orElseThrow();
  }

  /** The median cold-JVM check CPU time, -1 when unknown. */
  long coldCpuMedian() {
    return median(cold.stream().map(Run::cpuNanos).toList());
  }

  /** The median wall and CPU time of the warm-cache runs; empty where none was measured. */
  Optional<Run> warmMedian() {
    return warm.isEmpty() ? Optional.empty()
        : Optional.of(new Run(median(warm.stream().map(Run::wallNanos).toList()),
            median(warm.stream().map(Run::cpuNanos).toList())));
  }

  private static long median(List<Long> values) {
    return values.stream().sorted().toList().get(values.size() / 2);
  }

  /** The in-process figures {@link BenchChild} printed, of the fastest in-process run. */
  record Child(long wallNanos, Map<String, Long> stageNanos, int manifests, long findings, long errors,
      long warnings, Map<String, Long> byRule, long heapPoolPeakBytes, long heapGcPeakBytes, long rssPeakBytes,
      long jvmStartMs, long cpuNanos) {
    Child {
      stageNanos = Map.copyOf(stageNanos);
      byRule = Map.copyOf(byRule);
    }

    long stage(String name) {
      return stageNanos.getOrDefault(name, 0L);
    }
  }

  /**
   * ajv on the same manifests and schemas: the ajv-cli wall time (node start and YAML parsing
   * included) and, from the same ajv library in one node process, YAML parsing alone and schema
   * compilation plus validation alone.
   */
  record Ajv(long cliWallNanos, long parseNanos, long validateNanos, int files, int invalid) {}

  /**
   * {@code build} of one size: the cold run (fresh output folder and diagram cache), the warm run
   * after it (nothing changed; empty when the cold run did not finish), and the book's size.
   */
  record BuildFigures(BuildRun cold, Optional<BuildRun> warm, long htmlBytes, long pdfBytes) {
    /** The warm build's wall time as a share of the cold one's. */
    Optional<Double> warmShare() {
      return warm.filter(w -> cold.finished() && w.finished())
          .map(w -> (double) w.wallNanos() / Math.max(1, cold.wallNanos()));
    }

    /** The same share of CPU time, steadier on a busy machine; empty when unknown. */
    Optional<Double> warmCpuShare() {
      return warm.filter(w -> cold.finished() && w.finished() && w.cpuNanos() >= 0 && cold.cpuNanos() > 0)
          .map(w -> (double) w.cpuNanos() / cold.cpuNanos());
    }
  }

  /**
   * One {@code build} in a fresh JVM: wall and CPU time, whether it finished within the time limit,
   * the diagrams it wrote and how many PlantUML rendered (the others came from the cache), whether it
   * converted the book, and whether any JRuby class was loaded (the JVM's class-load log).
   */
  record BuildRun(long wallNanos, long cpuNanos, boolean finished, int diagrams, int rendered, boolean converted,
      boolean jruby) {}

  /**
   * {@code site-src} of one size: its wall time, the pages written, the largest page's source (AsciiDoc)
   * size and, where it was rendered, its HTML size, and the search index loaded on the first search.
   */
  record SiteFigures(long wallNanos, int pages, String largestPage, long largestSourceBytes,
      OptionalLong largestHtmlBytes, long searchIndexBytes, int searchEntries) {}
}
