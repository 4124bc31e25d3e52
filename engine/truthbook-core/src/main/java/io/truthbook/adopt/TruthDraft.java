package io.truthbook.adopt;

import io.truthbook.evidence.Evidence;
import io.truthbook.model.ManifestKind;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A truth drafted from the product's evidence, so that {@code check} passes on it as written and every later
 * change of the code is drift. Each extractor reads the folders where it found something; a file whose
 * evidence no manifest can state, or that an extractor cannot read, is left out of that extractor with the
 * reason, and the product is read again, until the evidence and the draft agree.
 */
final class TruthDraft {
  static final String SOURCES_FILE = "manifests/sources.yaml";
  /** Each round only leaves more files out, so it ends; this bounds a pathological product. */
  private static final int MAX_ROUNDS = 64;

  private TruthDraft() {}

  /** The drafted manifests by path, the owner the rest of the truth names, and what the draft left out. */
  record Drafted(Map<String, String> manifests, String owner, List<String> notes) {}

  static Drafted draft(ProductScan scan, ProductPlace place, Collection<String> alsoWritten) {
    Map<String, ProductScan.Found> wide = new LinkedHashMap<>();
    scan.extractorNames().forEach(name -> wide.put(name, scan.run(Selection.everything(name))));
    Set<String> files = new HashSet<>(scan.files());
    files.addAll(alsoWritten);
    Map<String, Selection> chosen = new LinkedHashMap<>();
    wide.forEach((name, found) -> {
      if (!found.evidence().isEmpty()) {
        chosen.put(name, narrowed(scan, found, files));
      }
    });
    List<ProductEvidence.Item<Evidence.CodeOwner>> codeOwners = new ProductEvidence(evidence(wide), scan::inProduct)
        .all(Evidence.CodeOwner.class);
    for (int round = 0; round < MAX_ROUNDS; round++) {
      Map<String, ProductScan.Found> runs = new LinkedHashMap<>();
      chosen.forEach((name, selection) -> runs.put(name, scan.run(selection)));
      boolean changed = false;
      for (ProductScan.Found found : runs.values()) {
        changed |= exclude(chosen, found.selection().extractor(), found.problems());
      }
      if (changed) {
        continue;
      }
      ProductEvidence evidence = new ProductEvidence(evidence(runs), scan::inProduct);
      Drafted drafted = manifests(evidence, codeOwners, place, chosen, runs);
      for (Map.Entry<String, Map<String, String>> skipped : evidence.skipped().entrySet()) {
        changed |= chosen.containsKey(skipped.getKey()) && exclude(chosen, skipped.getKey(), skipped.getValue());
      }
      if (!changed) {
        return new Drafted(drafted.manifests(), drafted.owner(), notes(chosen));
      }
    }
    throw new IllegalStateException("the draft did not settle in " + MAX_ROUNDS + " rounds");
  }

  /**
   * The extractor's selection narrowed to the folders of its evidence, kept only when it finds what reading
   * every file the extractor supports finds (routers joined across folders would not).
   */
  private static Selection narrowed(ProductScan scan, ProductScan.Found wide, Set<String> files) {
    String name = wide.selection().extractor();
    Set<String> evidenceFiles = new LinkedHashSet<>();
    wide.evidence().forEach(e -> evidenceFiles.add(scan.inProduct(e.at().file())));
    List<String> globs = SourceGlobs.narrowed(evidenceFiles, files, f -> scan.supports(name, f));
    Selection everything = Selection.everything(name).excluding(wide.problems());
    Selection narrowed = everything.including(globs);
    boolean same = new HashSet<>(scan.run(narrowed).evidence()).equals(new HashSet<>(scan.run(everything).evidence()));
    if (!same) {
      return everything;
    }
    // only the problem files the globs select need leaving out
    Map<String, String> selected = new TreeMap<>();
    List<io.truthbook.evidence.Glob> compiled = globs.stream().map(io.truthbook.evidence.Glob::of).toList();
    wide.problems().forEach((file, why) -> {
      if (compiled.stream().anyMatch(g -> g.matches(file))) {
        selected.put(file, why);
      }
    });
    return new Selection(name, globs, selected);
  }

  private static boolean exclude(Map<String, Selection> chosen, String extractor, Map<String, String> files) {
    Selection before = chosen.get(extractor);
    Selection after = before.excluding(files);
    chosen.put(extractor, after);
    return !after.equals(before);
  }

  private static Map<String, List<Evidence>> evidence(Map<String, ProductScan.Found> runs) {
    Map<String, List<Evidence>> evidence = new LinkedHashMap<>();
    runs.forEach((name, found) -> evidence.put(name, found.evidence()));
    return evidence;
  }

  /** The drafted manifests and the owner the rest names; notes are the caller's, once the draft settles. */
  private static Drafted manifests(ProductEvidence evidence,
      List<ProductEvidence.Item<Evidence.CodeOwner>> codeOwners, ProductPlace place,
      Map<String, Selection> chosen, Map<String, ProductScan.Found> runs) {
    OwnersDraft owners = new OwnersDraft(evidence, codeOwners);
    TopologyDraft topology = new TopologyDraft(evidence, evidence.all(Evidence.ServiceSpec.class));
    IngressDraft ingress = new IngressDraft(evidence, evidence.all(Evidence.IngressRoute.class), topology);
    DomainsDraft domains = new DomainsDraft(evidence, evidence.all(Evidence.TableOp.class));
    RoutesDraft routes = new RoutesDraft(evidence, evidence.all(Evidence.Route.class), domains, owners, ingress);
    domains.settle(owners);
    List<Selection> selections = new ArrayList<>();
    List<Selection> dropped = new ArrayList<>();
    chosen.forEach((name, selection) -> (runs.get(name).evidence().isEmpty() ? dropped : selections).add(selection));
    Map<String, String> manifests = new LinkedHashMap<>();
    manifests.put(StarterTruth.manifest(ManifestKind.OWNERS), text(ManifestKind.OWNERS, place, owners::write));
    manifests.put(StarterTruth.manifest(ManifestKind.DOMAINS), text(ManifestKind.DOMAINS, place, domains::write));
    manifests.put(StarterTruth.manifest(ManifestKind.ROUTES), text(ManifestKind.ROUTES, place, routes::write));
    manifests.put(StarterTruth.manifest(ManifestKind.INGRESS), text(ManifestKind.INGRESS, place, ingress::write));
    manifests.put(StarterTruth.manifest(ManifestKind.TOPOLOGY), text(ManifestKind.TOPOLOGY, place, topology::write));
    manifests.put(StarterTruth.manifest(ManifestKind.SOURCES), text(ManifestKind.SOURCES, place,
        yaml -> SourcesDraft.write(yaml, place, selections, dropped)));
    return new Drafted(manifests, owners.first(), List.of());
  }

  private static String text(ManifestKind kind, ProductPlace place, java.util.function.Consumer<YamlWriter> body) {
    YamlWriter yaml = new YamlWriter().raw(StarterTruth.header(kind));
    yaml.comment(0, "Drafted by `truthbook init --from " + place.from() + "` from what the code shows: review each entry.");
    body.accept(yaml);
    return yaml.text();
  }

  private static List<String> notes(Map<String, Selection> chosen) {
    List<String> notes = new ArrayList<>();
    chosen.forEach((name, selection) -> selection.exclude().forEach((file, why) ->
        notes.add(name + " does not read " + file + ": " + why)));
    return notes;
  }
}
