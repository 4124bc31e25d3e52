package io.truthbook.adopt;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What one extractor reads, as the drafted sources manifest will say it: include globs (empty: every file
 * the extractor supports) and excluded files, each with the reason it was left out.
 */
record Selection(String extractor, List<String> include, Map<String, String> exclude) {
  Selection {
    Objects.requireNonNull(extractor, "extractor");
    include = List.copyOf(include);
    exclude = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(exclude));
  }

  /** Every file the extractor supports. */
  static Selection everything(String extractor) {
    return new Selection(extractor, List.of(), Map.of());
  }

  Selection including(List<String> globs) {
    return new Selection(extractor, globs, exclude);
  }

  /** This selection with more files left out; a file already left out keeps its first reason. */
  Selection excluding(Map<String, String> more) {
    Map<String, String> all = new java.util.TreeMap<>(more);
    all.putAll(exclude);
    return new Selection(extractor, include, all);
  }
}
