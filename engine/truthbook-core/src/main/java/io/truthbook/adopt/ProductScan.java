package io.truthbook.adopt;

import io.truthbook.evidence.Evidence;
import io.truthbook.evidence.EvidenceCollector;
import io.truthbook.evidence.Extractor;
import io.truthbook.evidence.Extractors;
import io.truthbook.evidence.RepositoryTree;
import io.truthbook.model.Finding;
import io.truthbook.model.Location;
import io.truthbook.model.Source;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The product as the engine's extractors see it, one extractor at a time, so that each piece of evidence
 * is known by the extractor that found it and each selection can be tried before it is written down.
 */
final class ProductScan {
  /** The id the scan gives the product while no sources manifest names it. */
  private static final String SOURCE = "product";

  private final RepositoryTree tree;
  private final String displayPrefix;
  private final long maxFileBytes;
  private final Map<String, Extractor> extractors = new LinkedHashMap<>();

  ProductScan(RepositoryTree tree, String displayPrefix, long maxFileBytes) {
    this.tree = tree;
    this.displayPrefix = displayPrefix;
    this.maxFileBytes = maxFileBytes;
    Extractors.all().forEach(e -> extractors.put(e.name(), e));
  }

  /** What one extractor found with a selection, and the files it met problems in (path → the first problem). */
  record Found(Selection selection, List<Evidence> evidence, Map<String, String> problems) {
    Found {
      evidence = List.copyOf(evidence);
      problems = java.util.Collections.unmodifiableMap(new TreeMap<>(problems));
    }
  }

  /** The extractors' names, in the order they are registered (and written in the sources manifest). */
  List<String> extractorNames() {
    return List.copyOf(extractors.keySet());
  }

  /** Every file of the product, relative to its folder. */
  List<String> files() {
    return tree.files();
  }

  /** Whether an extractor reads a file when its selection names no globs. */
  boolean supports(String extractor, String file) {
    return extractors.get(extractor).supports(file);
  }

  /** A path as evidence names it, relative to the product's folder again. */
  String inProduct(String displayed) {
    return displayed.startsWith(displayPrefix) ? displayed.substring(displayPrefix.length()) : displayed;
  }

  Found run(Selection selection) {
    Extractor extractor = extractors.get(selection.extractor());
    Location at = Location.of(TruthDraft.SOURCES_FILE, 1, 1);
    Source source = new Source(SOURCE, at, Optional.of("."), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), List.of(new Source.ExtractorSelection(extractor.name(),
            selection.include(), List.copyOf(selection.exclude().keySet()), at)), Map.of());
    EvidenceCollector.Collected collected = new EvidenceCollector(List.of(extractor), maxFileBytes).collect(source, tree);
    Map<String, String> problems = new TreeMap<>();
    for (Finding finding : collected.findings()) {
      if (finding.location().file().equals(TruthDraft.SOURCES_FILE)) {
        continue;   // about the selection, not a file of the product
      }
      problems.putIfAbsent(inProduct(finding.location().file()), finding.ruleId() + ": " + finding.message());
    }
    return new Found(selection, collected.evidence(), problems);
  }
}
