package io.truthbook.reconcile;

import io.truthbook.evidence.Evidence;
import io.truthbook.evidence.EvidenceCollector;
import java.util.List;

/** The evidence of every source, by source, as the drift rules read it. */
public record EvidenceSet(List<EvidenceCollector.Collected> sources) {
  public EvidenceSet {
    sources = List.copyOf(sources);
  }

  /** Every piece of evidence of one type, across sources, in source order. */
  public <T extends Evidence> List<T> all(Class<T> type) {
    return sources.stream().flatMap(s -> s.evidence().stream()).filter(type::isInstance).map(type::cast).toList();
  }
}
