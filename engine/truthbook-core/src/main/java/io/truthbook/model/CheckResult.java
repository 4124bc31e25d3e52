package io.truthbook.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a check found: the sorted findings, the source lines they point into, and how much was read;
 * {@code origins}, the git repositories the findings' files lie in (the longest matching prefix holds a
 * file); {@code baselined}, how many findings a baseline set aside.
 */
public record CheckResult(List<Finding> findings, Map<String, List<String>> sources, int manifestCount,
    List<Freshness> freshness, Map<String, Long> stageNanos, List<FileOrigin> origins, int baselined) {

  public CheckResult(List<Finding> findings, Map<String, List<String>> sources, int manifestCount) {
    this(findings, sources, manifestCount, List.of(), Map.of(), List.of(), 0);
  }

  public CheckResult {
    findings = findings.stream().sorted().toList();
    freshness = freshness.stream().sorted().toList();
    // wall time per pipeline stage (load, schema, rules, evidence, reconcile), for the benchmark
    stageNanos = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stageNanos));
    sources = java.util.Collections.unmodifiableMap(new TreeMap<>(sources));
    origins = List.copyOf(origins);
  }

  /** The same check with other findings (and the source lines they point into), all else kept. */
  public CheckResult with(List<Finding> changed, Map<String, List<String>> changedSources, List<FileOrigin> changedOrigins,
      int changedBaselined) {
    return new CheckResult(changed, changedSources, manifestCount, freshness, stageNanos, changedOrigins,
        changedBaselined);
  }

  /** The same check with other findings, all else kept. */
  public CheckResult with(List<Finding> changed) {
    return with(changed, sources, origins, baselined);
  }

  /** Where {@code file} lies: the origin with the longest prefix that holds it, if any. */
  public java.util.Optional<FileOrigin> originOf(String file) {
    return origins.stream().filter(o -> o.holds(file))
        .max(java.util.Comparator.comparingInt((FileOrigin o) -> o.prefix().length()));
  }

  public long errors() {
    return findings.stream().filter(Finding::isError).count();
  }

  public long warnings() {
    return findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
  }

  public boolean passed() {
    return errors() == 0;
  }
}
