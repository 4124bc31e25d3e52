package io.truthbook.bench;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What one size cost. {@code generateNanos} is empty when an earlier generation was reused; {@code
 * cold} are the cold-JVM check runs (JVM start included); {@code child} is the in-process view of one
 * more run; {@code build} is the hook for the book and diagram figures.
 */
record SizeFigures(String size, Optional<Scale> scale, OptionalLong generateNanos, int productFiles,
    List<Run> cold, Child child, Optional<Ajv> ajv, Optional<BuildFigures> build) {

  SizeFigures {
    cold = List.copyOf(cold);
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
   * HOOK (issue 9, book and diagrams): {@code build} cold and warm (nothing changed), the diagrams
   * rendered, and the largest site page. Filled by {@link Bench#measureBuild} once the build exists.
   */
  record BuildFigures(long coldNanos, long warmNanos, int diagrams, long largestPageBytes) {}
}
