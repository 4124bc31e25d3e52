package io.truthbook.kinds;

import io.truthbook.model.ManifestKind;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The descriptor of every manifest kind. */
public final class Kinds {
  private static final List<KindDescriptor> ALL = List.of(new OwnersKind(), new DomainsKind(), new RoutesKind(),
      new IngressKind(), new TopologyKind(), new ClaimsKind(), new GatesKind(), new WorkstreamsKind(),
      new RisksKind(), new BookKind(), new SourcesKind(), new ImportsKind(), new SyntheticKind());
  private static final Map<ManifestKind, KindDescriptor> BY_KIND = new EnumMap<>(ManifestKind.class);

  static {
    ALL.forEach(descriptor -> BY_KIND.put(descriptor.kind(), descriptor));
  }

  private Kinds() {}

  /** Every descriptor, in {@link ManifestKind} order. */
  public static List<KindDescriptor> all() {
    return ALL.stream().sorted(java.util.Comparator.comparing(KindDescriptor::kind)).toList();
  }

  /** The descriptor of a kind; every kind has one (a test holds the list to the enum). */
  public static KindDescriptor of(ManifestKind kind) {
    KindDescriptor descriptor = BY_KIND.get(kind);
    if (descriptor == null) {
      throw new IllegalStateException("no descriptor for manifest kind '" + kind.id() + "'");
    }
    return descriptor;
  }
}
