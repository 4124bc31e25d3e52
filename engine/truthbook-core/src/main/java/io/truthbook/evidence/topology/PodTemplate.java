package io.truthbook.evidence.topology;

import io.truthbook.evidence.Extractor.ExtractionProblem;
import io.truthbook.yaml.YamlNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

  /** A volume as mounted, "source:target", and the node its source is on when a PersistentVolume says. */
  record Mount(String volume, Optional<String> node) {}

  private final YamlNode spec;
  private final Map<String, YamlNode> claimTemplates;
  private final String namespace;
  private final String workload;
  private final VolumeClaims claims;

  /**
   * The pod spec {@code spec} of {@code workload} in {@code namespace}; {@code claimTemplates} are a
   * StatefulSet's volumeClaimTemplates by name, mountable by it, and {@code claims} where claims bind.
   */
  PodTemplate(YamlNode spec, Map<String, YamlNode> claimTemplates, String namespace, String workload,
      VolumeClaims claims) {
    this.spec = spec;
    this.claimTemplates = Map.copyOf(claimTemplates);
    this.namespace = namespace;
    this.workload = workload;
    this.claims = claims;
  }

  List<Integer> ports(List<ExtractionProblem> problems) {
    Set<Integer> found = new LinkedHashSet<>();
    for (YamlNode container : containers()) {
      for (YamlNode port : container.get("ports").map(YamlNode::items).orElse(List.of())) {
        Optional<YamlNode> number = port.get("containerPort");
        Optional<Integer> value = number.flatMap(YamlNode::text).flatMap(PodTemplate::port);
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

  /** The container ports that have a name, by name, for a Service's targetPort to name. */
  Map<String, Integer> namedPorts() {
    Map<String, Integer> named = new HashMap<>();
    for (YamlNode container : containers()) {
      for (YamlNode port : container.get("ports").map(YamlNode::items).orElse(List.of())) {
        Optional<String> name = port.get("name").flatMap(YamlNode::text);
        Optional<Integer> number = port.get("containerPort").flatMap(YamlNode::text).flatMap(PodTemplate::port);
        if (name.isPresent() && number.isPresent()) {
          named.putIfAbsent(name.get(), number.get());
        }
      }
    }
    return named;
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

  /**
   * Mounts as "hostPath:mountPath", a claim bound to a local or hostPath PersistentVolume as that
   * volume's host path, an unbound claim as "pvc:claim:mountPath"; emptyDir, configMap and the like
   * are left out.
   */
  List<Mount> volumes(List<ExtractionProblem> problems) {
    Map<String, Optional<VolumeClaims.HostVolume>> sources = new HashMap<>();
    Map<String, String> unbound = new HashMap<>();
    for (YamlNode volume : spec.get("volumes").map(YamlNode::items).orElse(List.of())) {
      Optional<String> name = volume.get("name").flatMap(YamlNode::text);
      Optional<String> hostPath = volume.path("hostPath", "path").flatMap(YamlNode::text);
      Optional<YamlNode> claim = volume.path("persistentVolumeClaim", "claimName").filter(c -> c.text().isPresent());
      if (name.isEmpty()) {
        continue;
      }
      if (hostPath.isPresent()) {
        sources.put(name.get(), hostPath.map(path -> new VolumeClaims.HostVolume(path, Optional.empty())));
      } else if (claim.isPresent()) {
        sources.put(name.get(), claims.claim(namespace, claim.get(), problems));
        unbound.put(name.get(), claim.get().text().orElseThrow());
      } else {
        sources.put(name.get(), Optional.empty());
      }
    }
    for (Map.Entry<String, YamlNode> template : claimTemplates.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .toList()) {
      if (!sources.containsKey(template.getKey())) {
        sources.put(template.getKey(), claims.template(namespace, workload, template.getValue(), problems));
        unbound.put(template.getKey(), template.getKey());
      }
    }
    Map<String, Mount> found = new LinkedHashMap<>();
    for (YamlNode container : containers()) {
      for (YamlNode mount : container.get("volumeMounts").map(YamlNode::items).orElse(List.of())) {
        Optional<String> name = mount.get("name").flatMap(YamlNode::text);
        Optional<String> path = mount.get("mountPath").flatMap(YamlNode::text);
        if (name.isEmpty() || path.isEmpty()) {
          problems.add(new ExtractionProblem(mount.at(), "expected 'name' and 'mountPath' in a volumeMount"));
        } else if (sources.containsKey(name.get())) {
          Optional<String> subPath = mount.get("subPath").flatMap(YamlNode::text);
          Optional<VolumeClaims.HostVolume> host = sources.get(name.get());
          Optional<String> source = host.map(h -> subPath.isPresent()
              ? h.path().replaceAll("/+$", "") + "/" + subPath.get() : h.path())
              .or(() -> Optional.ofNullable(unbound.get(name.get())).map(claim -> "pvc:" + claim));
          source.ifPresent(s -> found.putIfAbsent(s + ":" + path.get(),
              new Mount(s + ":" + path.get(), host.flatMap(VolumeClaims.HostVolume::node))));
        } else {
          problems.add(new ExtractionProblem(mount.at(), "volumeMount '" + name.get()
              + "' names no volume of the pod; add it to spec.volumes (or volumeClaimTemplates)"));
        }
      }
    }
    return List.copyOf(found.values());
  }

  /**
   * The node the pod is pinned to: its {@link #hostname()}, else a selector label that speaks of a
   * host or node.
   */
  Optional<String> nodeHint() {
    Optional<String> hostname = hostname();
    if (hostname.isPresent()) {
      return hostname;
    }
    Optional<YamlNode> selector = spec.get("nodeSelector");
    return selector.map(YamlNode::entries).orElse(Map.of()).values().stream()
        .filter(entry -> {
          String label = entry.key().substring(entry.key().lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
          return label.contains("host") || label.contains("node");
        })
        .flatMap(entry -> entry.value().text().stream())
        .findFirst();
  }

  /**
   * The host the pod must run on: a {@code kubernetes.io/hostname} selector, {@code nodeName}, a
   * required hostname affinity.
   */
  Optional<String> hostname() {
    return spec.get("nodeSelector").flatMap(s -> s.get(HOSTNAME_LABEL)).flatMap(YamlNode::text)
        .or(() -> spec.get("nodeName").flatMap(YamlNode::text))
        .or(this::affinityHostname);
  }

  private Optional<String> affinityHostname() {
    return hostnames(spec.path("affinity", "nodeAffinity", "requiredDuringSchedulingIgnoredDuringExecution"))
        .stream().findFirst();
  }

  /**
   * The nodes a required node affinity ({@code nodeSelectorTerms}, of a pod or of a PersistentVolume)
   * names by {@code kubernetes.io/hostname In [...]}, in the order written.
   */
  static List<String> hostnames(Optional<YamlNode> required) {
    List<String> nodes = new ArrayList<>();
    for (YamlNode term : required.flatMap(r -> r.get("nodeSelectorTerms")).map(YamlNode::items).orElse(List.of())) {
      for (YamlNode expression : term.get("matchExpressions").map(YamlNode::items).orElse(List.of())) {
        boolean hostnameIn = expression.get("key").flatMap(YamlNode::text).filter(HOSTNAME_LABEL::equals).isPresent()
            && expression.get("operator").flatMap(YamlNode::text).filter("In"::equals).isPresent();
        if (hostnameIn) {
          expression.get("values").map(YamlNode::items).orElse(List.of())
              .forEach(value -> value.text().ifPresent(nodes::add));
        }
      }
    }
    return nodes;
  }

  private List<YamlNode> containers() {
    return spec.get("containers").map(YamlNode::items).orElse(List.of());
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

  /** A port number 1-65535 written as digits. */
  static Optional<Integer> port(String text) {
    return wholeNumber(text).filter(port -> port >= 1 && port <= 65535);
  }

  private static Optional<Integer> wholeNumber(String text) {
    String digits = text.strip();
    if (digits.isEmpty() || digits.length() > 6 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.empty();
    }
    return Optional.of(Integer.parseInt(digits));
  }
}
