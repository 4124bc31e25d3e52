package io.truthbook.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What a check found: the sorted findings, the source lines they point into, and how much was read. */
public record CheckResult(List<Finding> findings, Map<String, List<String>> sources, int manifestCount,
    List<Freshness> freshness, Map<String, Long> stageNanos) {

  public CheckResult(List<Finding> findings, Map<String, List<String>> sources, int manifestCount) {
    this(findings, sources, manifestCount, List.of(), Map.of());
  }

  public CheckResult {
    findings = findings.stream().sorted().toList();
    freshness = freshness.stream().sorted().toList();
    // wall time per pipeline stage (load, schema, rules, evidence, reconcile), for the benchmark
    stageNanos = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stageNanos));
    sources = java.util.Collections.unmodifiableMap(new TreeMap<>(sources));
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
