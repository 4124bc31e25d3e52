package io.truthbook.gates;

import io.truthbook.model.ManifestKind;
import io.truthbook.model.Truth;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The digest of the content each gate of a truth governs ({@link ContentDigest}), worked out apart from
 * the gates' evaluation: it needs the truth alone, so a check works it out while the product is read.
 */
public final class GateDigests {
  private final Truth truth;
  private final Map<List<ManifestKind>, String> byKinds;

  private GateDigests(Truth truth, Map<List<ManifestKind>, String> byKinds) {
    this.truth = truth;
    this.byKinds = Map.copyOf(byKinds);
  }

  /** The digest of every gate of {@code truth}; gates governing different kinds on every core. */
  public static GateDigests of(Truth truth) {
    Map<List<ManifestKind>, String> digests = new ConcurrentHashMap<>();
    truth.gates().stream().map(gate -> ContentDigest.kinds(gate.governs())).distinct().toList()
        .parallelStream().forEach(kinds -> digests.put(kinds, ContentDigest.of(truth, kinds)));
    return new GateDigests(truth, digests);
  }

  /** None worked out ahead: each digest is taken when asked for. */
  static GateDigests none(Truth truth) {
    return new GateDigests(truth, Map.of());
  }

  /** The digest of {@code kinds} (sorted, as {@link ContentDigest#kinds} gives them) in {@code of}. */
  String of(Truth of, List<ManifestKind> kinds) {
    String known = of == truth ? byKinds.get(kinds) : null;
    return known != null ? known : ContentDigest.of(of, kinds);
  }
}
