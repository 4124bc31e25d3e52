package io.truthbook.evidence.topology;

import io.truthbook.evidence.Extractor.ExtractionProblem;
import io.truthbook.yaml.YamlNode;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a Kubernetes pod spec says about its topology: the ports its containers listen on, the
 * GPUs they request, the host paths and claims they mount, and the node it is pinned to. GPU counts
 * are per pod (replicas are a scheduling matter): the sum over containers of their GPU extended
 * resources ({@code nvidia.com/gpu}, {@code amd.com/gpu}), from {@code limits} or, when limits give
 * none, {@code requests}.
 */
final class PodTemplate {
  private static final String HOSTNAME_LABEL = "kubernetes.io/hostname";

  private final YamlNode spec;
  private final Set<String> claimTemplates;

  /** {@code claimTemplates} are a StatefulSet's volumeClaimTemplates, mountable by name. */
  PodTemplate(YamlNode spec, Set<String> claimTemplates) {
    this.spec = spec;
    this.claimTemplates = Set.copyOf(claimTemplates);
  }

  List<Integer> ports(List<ExtractionProblem> problems) {
    Set<Integer> found = new LinkedHashSet<>();
    for (YamlNode container : containers()) {
      for (YamlNode port : container.get("ports").map(YamlNode::items).orElse(List.of())) {
        Optional<YamlNode> number = port.get("containerPort");
        Optional<Integer> value = number.flatMap(YamlNode::text).flatMap(PodTemplate::wholeNumber)
            .filter(p -> p >= 1 && p <= 65535);
        if (value.isPresent()) {
          found.add(value.get());
        } else {
          problems.add(new ExtractionProblem(number.orElse(port).at(),
              "expected containerPort to be a port number 1-65535; the entry is not read"));
        }
      }
    }
    return List.copyOf(found);
  }

  /** The line of the first GPU resource a container asks for ({@code nvidia.com/gpu: 1}), if any. */
  Optional<io.truthbook.model.Location> gpusAt() {
    for (YamlNode container : containers()) {
      for (String kind : List.of("limits", "requests")) {
        Optional<YamlNode.Entry> gpu = container.path("resources", kind).map(YamlNode::entries).orElse(Map.of())
            .values().stream().filter(e -> e.key().endsWith("/gpu")).findFirst();
        if (gpu.isPresent()) {
          return Optional.of(gpu.get().keyAt());
        }
      }
    }
    return Optional.empty();
  }

  int gpus(List<ExtractionProblem> problems) {
    int total = 0;
    for (YamlNode container : containers()) {
      Optional<YamlNode> resources = container.get("resources");
      int limits = gpuQuantity(resources.flatMap(r -> r.get("limits")), problems);
      total += limits > 0 ? limits : gpuQuantity(resources.flatMap(r -> r.get("requests")), problems);
    }
    return total;
  }

  /** Mounts as "hostPath:mountPath" or "pvc:claim:mountPath"; emptyDir, configMap and the like are left out. */
  List<String> volumes(List<ExtractionProblem> problems) {
    Map<String, Optional<String>> sources = new HashMap<>();
    for (YamlNode volume : spec.get("volumes").map(YamlNode::items).orElse(List.of())) {
      volume.get("name").flatMap(YamlNode::text).ifPresent(name -> sources.put(name, source(volume)));
    }
    Set<String> found = new LinkedHashSet<>();
    for (YamlNode container : containers()) {
      for (YamlNode mount : container.get("volumeMounts").map(YamlNode::items).orElse(List.of())) {
        Optional<String> name = mount.get("name").flatMap(YamlNode::text);
        Optional<String> path = mount.get("mountPath").flatMap(YamlNode::text);
        if (name.isEmpty() || path.isEmpty()) {
          problems.add(new ExtractionProblem(mount.at(), "expected 'name' and 'mountPath' in a volumeMount"));
        } else if (sources.containsKey(name.get())) {
          Optional<String> subPath = mount.get("subPath").flatMap(YamlNode::text);
          sources.get(name.get())
              .map(source -> source.startsWith("/") && subPath.isPresent()
                  ? source.replaceAll("/+$", "") + "/" + subPath.get() : source)
              .ifPresent(source -> found.add(source + ":" + path.get()));
        } else if (claimTemplates.contains(name.get())) {
          found.add("pvc:" + name.get() + ":" + path.get());
        } else {
          problems.add(new ExtractionProblem(mount.at(), "volumeMount '" + name.get()
              + "' names no volume of the pod; add it to spec.volumes (or volumeClaimTemplates)"));
        }
      }
    }
    return List.copyOf(found);
  }

  /**
   * The node the pod is pinned to: a {@code kubernetes.io/hostname} selector, {@code nodeName}, a
   * required hostname affinity, then a selector label that speaks of a host or node.
   */
  Optional<String> nodeHint() {
    Optional<YamlNode> selector = spec.get("nodeSelector");
    Optional<String> hostname = selector.flatMap(s -> s.get(HOSTNAME_LABEL)).flatMap(YamlNode::text);
    if (hostname.isPresent()) {
      return hostname;
    }
    Optional<String> nodeName = spec.get("nodeName").flatMap(YamlNode::text);
    if (nodeName.isPresent()) {
      return nodeName;
    }
    Optional<String> affinity = affinityHostname();
    if (affinity.isPresent()) {
      return affinity;
    }
    return selector.map(YamlNode::entries).orElse(Map.of()).values().stream()
        .filter(entry -> {
          String label = entry.key().substring(entry.key().lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
          return label.contains("host") || label.contains("node");
        })
        .flatMap(entry -> entry.value().text().stream())
        .findFirst();
  }

  private Optional<String> affinityHostname() {
    List<YamlNode> terms = spec.path("affinity", "nodeAffinity",
            "requiredDuringSchedulingIgnoredDuringExecution", "nodeSelectorTerms")
        .map(YamlNode::items).orElse(List.of());
    for (YamlNode term : terms) {
      for (YamlNode expression : term.get("matchExpressions").map(YamlNode::items).orElse(List.of())) {
        boolean hostnameIn = expression.get("key").flatMap(YamlNode::text).filter(HOSTNAME_LABEL::equals).isPresent()
            && expression.get("operator").flatMap(YamlNode::text).filter("In"::equals).isPresent();
        Optional<String> first = expression.get("values").map(YamlNode::items).orElse(List.of()).stream()
            .flatMap(value -> value.text().stream()).findFirst();
        if (hostnameIn && first.isPresent()) {
          return first;
        }
      }
    }
    return Optional.empty();
  }

  private List<YamlNode> containers() {
    return spec.get("containers").map(YamlNode::items).orElse(List.of());
  }

  private static Optional<String> source(YamlNode volume) {
    Optional<String> hostPath = volume.path("hostPath", "path").flatMap(YamlNode::text);
    if (hostPath.isPresent()) {
      return hostPath;
    }
    return volume.path("persistentVolumeClaim", "claimName").flatMap(YamlNode::text).map(claim -> "pvc:" + claim);
  }

  private static int gpuQuantity(Optional<YamlNode> resources, List<ExtractionProblem> problems) {
    int total = 0;
    for (YamlNode.Entry entry : resources.map(YamlNode::entries).orElse(Map.of()).values()) {
      if (!entry.key().endsWith("/gpu")) {
        continue;
      }
      Optional<Integer> count = entry.value().text().flatMap(PodTemplate::wholeNumber);
      if (count.isPresent()) {
        total += count.get();
      } else {
        problems.add(new ExtractionProblem(entry.value().at(), "expected a whole number of GPUs for '"
            + entry.key() + "' (extended resources cannot be fractions); read as 0"));
      }
    }
    return total;
  }

  private static Optional<Integer> wholeNumber(String text) {
    String digits = text.strip();
    if (digits.isEmpty() || digits.length() > 6 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(digits));
  }
}
