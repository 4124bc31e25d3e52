package io.truthbook.adopt;

import io.truthbook.evidence.RepositoryTree;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The files {@code truthbook init} writes, text by path (relative to the truth's root, forward slashes), and
 * what a draft could not state. Nothing here touches the disk.
 */
public record NewTruth(Map<String, String> files, List<String> notes) {
  public NewTruth {
    files = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(files));
    notes = List.copyOf(notes);
  }

  /**
   * A starter truth, check-clean as written. {@code top} is the repository's root seen from the truth's
   * ({@code ""} or {@code ../../}), where the workflow and the pre-commit entry go; {@code truthFromTop} the
   * truth's folder seen from there ({@code ""} at the root); {@code version} the release they name.
   */
  public static NewTruth starter(String top, String truthFromTop, String version) {
    return new NewTruth(StarterTruth.files(OwnersDraft.TEAM, top, truthFromTop, version), List.of());
  }

  /**
   * A truth drafted from the product in {@code tree} (its paths shown with {@code displayPrefix}): the
   * starter, with owners, domains, routes, ingress, topology and sources stating what the code shows.
   * {@code written} are the starter's files that lie in the product, relative to it: a glob must not select
   * them for an extractor.
   */
  public static NewTruth drafted(RepositoryTree tree, String displayPrefix, long maxFileBytes, ProductPlace place,
      java.util.Collection<String> written, String top, String truthFromTop, String version) {
    TruthDraft.Drafted drafted = TruthDraft.draft(new ProductScan(tree, displayPrefix, maxFileBytes), place, written);
    Map<String, String> files = StarterTruth.files(drafted.owner(), top, truthFromTop, version);
    files.putAll(drafted.manifests());
    return new NewTruth(files, drafted.notes());
  }

  /** Whether a file is shared with another tool (pre-commit's configuration): left as it is when present. */
  public static boolean shared(String path) {
    return path.endsWith(StarterTruth.PRE_COMMIT);
  }
}
