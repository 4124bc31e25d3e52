package io.truthbook.kinds;

import io.truthbook.load.Fields;
import io.truthbook.load.Manifest;
import io.truthbook.model.ManifestKind;
import io.truthbook.model.Truth;
import java.util.List;
import java.util.Set;

/** Turns schema-valid manifests into the immutable {@link Truth}, each through its kind's descriptor. */
public final class TruthMapper {
  private TruthMapper() {}

  /** Maps every valid manifest, merging files of one kind; {@code incomplete} names kinds that had an invalid manifest. */
  public static Truth map(List<Manifest> valid, Set<ManifestKind> present, Set<ManifestKind> incomplete) {
    Truth.Builder truth = Truth.builder().present(present).incomplete(incomplete);
    for (Manifest manifest : valid) {
      Kinds.of(manifest.kind()).map(new Fields(manifest.root()), truth);
    }
    return truth.build();
  }
}
