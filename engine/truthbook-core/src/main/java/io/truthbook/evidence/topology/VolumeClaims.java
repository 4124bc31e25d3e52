package io.truthbook.evidence.topology;

import io.truthbook.evidence.Extractor.ExtractionProblem;
import io.truthbook.model.Location;
import io.truthbook.model.Severity;
import io.truthbook.yaml.YamlNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the data of a workload's PersistentVolumeClaims lives, as the binding controller decides it
 * from the deployed manifests: a claim binds the PersistentVolume its {@code spec.volumeName} names,
 * else one whose {@code claimRef} names the claim, else a free volume of the claim's storage class
 * (its {@code storageClassName}, or the class annotated as default) carrying the labels of the claim's
 * {@code selector.matchLabels}, when every such volume agrees on the host path. A volume's
 * {@code local.path} or {@code hostPath.path} is its host path, and a required
 * {@code kubernetes.io/hostname In [node]} node affinity its node. Capacity, access modes and
 * {@code matchExpressions} are not compared: a repository rarely holds volumes that differ only there.
 */
final class VolumeClaims {
  /** The rule of a claim whose volume is not found among the manifests read. */
  static final String UNRESOLVED = "evidence.unresolved-claim";
  private static final String DEFAULT_CLASS = "storageclass.kubernetes.io/is-default-class";

  /** Where a claim's data is on the host, and the node it is on when the volume says. */
  record HostVolume(String path, Optional<String> node) {}

  private final Map<String, YamlNode> claims = new LinkedHashMap<>();
  private final Map<String, YamlNode> volumes = new LinkedHashMap<>();
  private Optional<String> defaultClass = Optional.empty();

  /** Indexes the PersistentVolumeClaims, PersistentVolumes and StorageClasses among {@code objects}. */
  VolumeClaims(List<KubernetesObject> objects) {
    for (KubernetesObject found : objects) {
      YamlNode object = found.node();
      Optional<String> name = found.name();
      String kind = object.get("kind").flatMap(YamlNode::text).orElse("");
      if (name.isEmpty()) {
        continue;
      }
      switch (kind) {
        case "PersistentVolumeClaim" -> claims.putIfAbsent(found.namespace() + "/" + name.get(), object);
        case "PersistentVolume" -> volumes.putIfAbsent(name.get(), object);
        case "StorageClass" -> {
          if (object.path("metadata", "annotations", DEFAULT_CLASS).flatMap(YamlNode::text)
              .filter("true"::equals).isPresent() && defaultClass.isEmpty()) {
            defaultClass = name;
          }
        }
        default -> { }
      }
    }
  }

  /**
   * The host volume of the claim a pod volume names ({@code persistentVolumeClaim.claimName}) in
   * {@code namespace}; when none is found, a note at {@code claimName} says what is missing.
   */
  Optional<HostVolume> claim(String namespace, YamlNode claimName, List<ExtractionProblem> problems) {
    String name = claimName.text().orElse("");
    YamlNode claim = claims.get(namespace + "/" + name);
    if (claim == null) {
      problems.add(unresolved(claimName.at(), "claim '" + name + "' names no PersistentVolumeClaim in namespace '"
          + namespace + "' of the manifests read; the volume's host path and node are unknown"));
      return Optional.empty();
    }
    Optional<YamlNode> volumeName = claim.path("spec", "volumeName").filter(v -> v.text().isPresent());
    if (volumeName.isPresent()) {
      String volume = volumeName.get().text().orElseThrow();
      if (!volumes.containsKey(volume)) {
        problems.add(unresolved(claimName.at(), "claim '" + name + "' is bound to volume '" + volume + "' ("
            + volumeName.get().at() + "), which no PersistentVolume of the manifests read defines; the volume's"
            + " host path and node are unknown"));
        return Optional.empty();
      }
      return host(List.of(volumes.get(volume)));
    }
    return bind(namespace, Pattern.quote(name), claim.get("spec"), "claim '" + name + "'", claimName.at(), problems);
  }

  /**
   * The host volume of a StatefulSet's volumeClaimTemplate: the claims {@code <template>-<set>-<ordinal>}
   * it creates bind volumes that name them, else free volumes of the template's storage class.
   */
  Optional<HostVolume> template(String namespace, String statefulSet, YamlNode template,
      List<ExtractionProblem> problems) {
    YamlNode name = template.path("metadata", "name").orElseThrow();
    String claims = name.text().orElseThrow() + "-" + statefulSet;
    return bind(namespace, Pattern.quote(claims) + "-\\d+", template.get("spec"), "volumeClaimTemplate '" + name.text().orElseThrow() + "'", name.at(), problems);
  }

  /** Binds as the controller does: a volume reserved for the claim, else a free one of its class and selector. */
  private Optional<HostVolume> bind(String namespace, String claimPattern, Optional<YamlNode> spec, String what,
      Location at, List<ExtractionProblem> problems) {
    Pattern claim = Pattern.compile(claimPattern);
    String storageClass = storageClass(spec);
    Map<String, String> selector = ServiceSelectors.labels(spec.flatMap(s -> s.path("selector", "matchLabels")));
    List<YamlNode> named = volumes.values().stream().filter(v -> claimRef(v)
        .filter(ref -> ref.startsWith(namespace + "/") && claim.matcher(ref.substring(namespace.length() + 1)).matches())
        .isPresent()).toList();
    // a volume that names no class binds only claims that name none ("")
    List<YamlNode> candidates = !named.isEmpty() ? named : volumes.values().stream()
        .filter(v -> claimRef(v).isEmpty() && v.path("spec", "storageClassName").flatMap(YamlNode::text).orElse("")
            .equals(storageClass))
        .filter(v -> ServiceSelectors.labels(v.path("metadata", "labels")).entrySet().containsAll(selector.entrySet()))
        .toList();
    if (candidates.isEmpty()) {
      problems.add(unresolved(at, what + " binds no PersistentVolume of the manifests read: none names it in its"
          + " claimRef, and none is free in storage class '" + storageClass + "'"
          + (selector.isEmpty() ? "" : " with labels " + selector) + "; the volume's host path and node are unknown"));
      return Optional.empty();
    }
    List<String> paths = candidates.stream().map(VolumeClaims::hostPath).distinct().toList();
    if (paths.size() > 1) {
      problems.add(unresolved(at, what + " may bind any of the PersistentVolumes "
          + candidates.stream().map(v -> v.path("metadata", "name").flatMap(YamlNode::text).orElse("?")).toList()
          + ", at different host paths; the volume's host path and node are unknown"));
      return Optional.empty();
    }
    return host(candidates);
  }

  /** The host path and node all {@code bound} volumes share; no host path for network or CSI volumes. */
  private static Optional<HostVolume> host(List<YamlNode> bound) {
    String path = hostPath(bound.get(0));
    if (path.isEmpty()) {
      return Optional.empty();
    }
    List<Optional<String>> nodes = bound.stream().map(VolumeClaims::node).distinct().toList();
    return Optional.of(new HostVolume(path, nodes.size() == 1 ? nodes.get(0) : Optional.empty()));
  }

  private static String hostPath(YamlNode volume) {
    return volume.path("spec", "local", "path").or(() -> volume.path("spec", "hostPath", "path"))
        .flatMap(YamlNode::text).orElse("");
  }

  private static Optional<String> node(YamlNode volume) {
    List<String> nodes = PodTemplate.hostnames(volume.path("spec", "nodeAffinity", "required"));
    // a volume several nodes can reach (shared storage) is on no one node
    return nodes.size() == 1 ? Optional.of(nodes.get(0)) : Optional.empty();
  }

  /** "namespace/name" of the claim a volume is reserved for, if it names one. */
  private static Optional<String> claimRef(YamlNode volume) {
    Optional<YamlNode> ref = volume.path("spec", "claimRef");
    return ref.flatMap(r -> r.get("name")).flatMap(YamlNode::text)
        .map(name -> ref.get().get("namespace").flatMap(YamlNode::text).orElse("default") + "/" + name);
  }

  /** The class a claim's spec names; a claim that names none gets the default class, if one is known. */
  private String storageClass(Optional<YamlNode> spec) {
    return spec.flatMap(s -> s.get("storageClassName")).map(c -> c.text().orElse(""))
        .orElseGet(() -> defaultClass.orElse(""));
  }

  private static ExtractionProblem unresolved(Location at, String message) {
    return ExtractionProblem.unread(at, UNRESOLVED, Severity.NOTE, message,
        "add the PersistentVolumeClaim and a local PersistentVolume bound to it (volumeName or claimRef) to the"
            + " manifests read, so its host path and node are checked; a dynamically provisioned volume stays"
            + " unknown");
  }
}
