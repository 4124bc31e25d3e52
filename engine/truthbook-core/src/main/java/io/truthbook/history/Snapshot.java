package io.truthbook.history;

import io.truthbook.kinds.ManifestReader;
import io.truthbook.model.Truth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The manifests at one commit; their truth is read on first use and kept (not thread-safe). */
public final class Snapshot {
  private final Revision revision;
  private final Map<String, String> blobs;
  private final TruthHistory.Blobs store;
  private Truth truth;

  Snapshot(Revision revision, Map<String, String> blobs, TruthHistory.Blobs store) {
    this.revision = revision;
    this.blobs = new TreeMap<>(blobs);
    this.store = store;
  }

  public Revision revision() {
    return revision;
  }

  /** Root-relative manifest paths at this commit, with their git blob ids. */
  public Map<String, String> blobs() {
    return java.util.Collections.unmodifiableMap(blobs);
  }

  /** Takes {@code read} as this commit's truth: it was read from the same bytes, in the same order. */
  void readAs(Truth read) {
    truth = read;
  }

  /** What the manifests said at this commit (invalid manifests left out, as in a check). */
  public Truth truth() {
    if (truth == null) {
      List<ManifestReader.Source> sources = blobs.entrySet().stream()
          .map(e -> store.source(e.getKey(), e.getValue()))
          .toList();
      truth = store.reader().read(sources).truth();
    }
    return truth;
  }

  @Override
  public String toString() {
    return revision.toString();
  }
}
