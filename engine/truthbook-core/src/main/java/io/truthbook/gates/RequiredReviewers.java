package io.truthbook.gates;

import io.truthbook.kinds.Kinds;
import io.truthbook.model.Owner;
import io.truthbook.model.Gate;
import io.truthbook.model.ManifestKind;
import io.truthbook.model.Truth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Who must sign a gate: the reviewers of each kind it governs, as the kind's descriptor names them
 * ({@link io.truthbook.kinds.KindDescriptor#reviewers}). Only ids the owners manifest defines count.
 * When nothing yields an owner, every owner must sign, so that no gate passes unreviewed.
 */
public final class RequiredReviewers {
  private RequiredReviewers() {}

  public static SortedSet<String> of(Gate gate, Truth truth) {
    Set<String> defined = truth.owners().stream().map(Owner::id).collect(Collectors.toSet());
    SortedSet<String> required = new TreeSet<>();
    for (ManifestKind kind : ContentDigest.kinds(gate.governs())) {
      required.addAll(owners(kind, truth));
    }
    required.retainAll(defined);
    return required.isEmpty() ? new TreeSet<>(defined) : required;
  }

  /** Every gate's required reviewers by gate id (the first of two gates with one id), for the book. */
  public static Map<String, List<String>> ofEach(Truth truth) {
    Map<String, List<String>> all = new TreeMap<>();
    truth.gates().forEach(gate -> all.putIfAbsent(gate.id(), List.copyOf(of(gate, truth))));
    return all;
  }

  private static Set<String> owners(ManifestKind kind, Truth truth) {
    return Kinds.of(kind).reviewers(truth);
  }
}
