package io.truthbook.adopt;

import io.truthbook.evidence.Evidence.ServiceSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Services from compose files and Kubernetes workloads, with the ports, GPUs and node pins the deployment
 * states; a node only where a service is pinned to one, and only its id (or host name): nothing in a
 * deployment says what the machine is.
 */
final class TopologyDraft {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]*");
  private static final Pattern HOSTNAME = Pattern.compile("[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*");

  /** A deployed service, its definitions in several files (base and override) added up. */
  record Deployed(String id, String file, List<Integer> ports, int gpus, List<String> volumes, Optional<String> pin) {}

  private final Map<String, Deployed> deployed = new TreeMap<>();
  private final Map<String, String> proxies = new TreeMap<>();
  private final Map<String, String> undeployed = new TreeMap<>();

  TopologyDraft(ProductEvidence evidence, List<ProductEvidence.Item<ServiceSpec>> specs) {
    for (ProductEvidence.Item<ServiceSpec> item : specs) {
      ServiceSpec spec = item.evidence();
      if (!ID.matcher(spec.name()).matches()) {
        evidence.skip(item, "service '" + spec.name() + "' cannot be a topology service id (lower-case letters,"
            + " digits and '-'); rename it");
        continue;
      }
      deployed.merge(spec.name(), new Deployed(spec.name(), evidence.file(spec), spec.ports(), spec.gpus(),
          spec.volumes(), spec.nodeHint()), TopologyDraft::merge);
    }
  }

  /** Several files (base and override) describe one service: ports and volumes add up, the last GPUs win. */
  private static Deployed merge(Deployed first, Deployed more) {
    List<Integer> ports = new ArrayList<>(first.ports());
    more.ports().stream().filter(p -> !ports.contains(p)).forEach(ports::add);
    List<String> volumes = new ArrayList<>(first.volumes());
    more.volumes().stream().filter(v -> !volumes.contains(v)).forEach(volumes::add);
    return new Deployed(first.id(), first.file(), ports, more.gpus() != 0 ? more.gpus() : first.gpus(), volumes,
        first.pin().or(more::pin));
  }

  /** The deployed services, by id. */
  Map<String, Deployed> deployed() {
    return deployed;
  }

  /** Marks a service the edge proxy of a host. */
  void proxy(String id, String why) {
    proxies.putIfAbsent(id, why);
  }

  /** Adds a service that nothing in the repository deploys (only when nothing is deployed at all). */
  void undeployed(String id, String why) {
    undeployed.putIfAbsent(id, why);
  }

  Set<String> ids() {
    Set<String> ids = new TreeSet<>(deployed.keySet());
    ids.addAll(undeployed.keySet());
    return ids;
  }

  void write(YamlWriter yaml) {
    Map<String, String> nodes = new TreeMap<>();
    Map<String, Set<Integer>> portsOnNode = new HashMap<>();
    Map<String, String> placed = new HashMap<>();
    for (Deployed service : deployed.values()) {
      node(service, portsOnNode).ifPresent(node -> {
        placed.put(service.id(), node.id());
        node.hostname().ifPresent(host -> nodes.put(node.id(), host));
        nodes.putIfAbsent(node.id(), "");
      });
    }
    if (nodes.isEmpty()) {
      yaml.list(0, "nodes", List.of());
    } else {
      yaml.key(0, "nodes");
      yaml.comment(1, "the nodes services are pinned to; describe each (role, hostname, os, cpus, memoryGb, gpus, nvme)");
      nodes.forEach((id, host) -> {
        yaml.item(1, "id", id);
        if (!host.isEmpty()) {
          yaml.field(2, "hostname", host);
        }
      });
    }
    if (ids().isEmpty()) {
      yaml.list(0, "services", List.of());
      return;
    }
    yaml.key(0, "services");
    for (String id : ids()) {
      Deployed service = deployed.get(id);
      yaml.item(1, "id", id);
      if (service == null) {
        yaml.comment(2, undeployed.get(id));
      } else {
        yaml.comment(2, "deployed by " + service.file());
      }
      Optional.ofNullable(proxies.get(id)).ifPresent(why -> yaml.field(2, "kind", "proxy", why));
      if (service == null) {
        continue;
      }
      if (placed.containsKey(id)) {
        yaml.field(2, "node", placed.get(id));
      } else {
        service.pin().ifPresent(pin -> yaml.comment(2, "pinned to '" + pin + "'; place it with node: once the node and"
            + " its GPUs and NVMe mounts are described"));
      }
      if (!service.ports().isEmpty()) {
        yaml.numbers(2, "ports", service.ports());
      }
      if (service.gpus() > 0) {
        yaml.field(2, "gpus", service.gpus());
      } else if (service.gpus() < 0) {
        yaml.comment(2, "reserves every GPU of its machine: say how many with gpus:");
      }
    }
  }

  /** A node id (and host name) the drift rules accept for the service's pin; none where they could not. */
  private static Optional<Node> node(Deployed service, Map<String, Set<Integer>> portsOnNode) {
    if (service.pin().isEmpty() || service.gpus() > 0 || service.volumes().stream().anyMatch(TopologyDraft::dataPath)) {
      // GPUs and NVMe binds need the node's hardware described first (topology.gpu, drift.service.volume)
      return Optional.empty();
    }
    String pin = service.pin().get();
    Optional<Node> node = ID.matcher(pin).matches() ? Optional.of(new Node(pin, Optional.empty()))
        : HOSTNAME.matcher(pin).matches() ? Optional.of(new Node(slug(pin), Optional.of(pin))) : Optional.empty();
    Set<Integer> used = node.map(n -> portsOnNode.computeIfAbsent(n.id(), k -> new HashSet<>())).orElse(Set.of());
    if (node.isEmpty() || service.ports().stream().anyMatch(used::contains)) {
      return Optional.empty();
    }
    used.addAll(service.ports());
    return node;
  }

  private record Node(String id, Optional<String> hostname) {}

  private static String slug(String hostname) {
    String id = hostname.replace('.', '-').replaceAll("^[^a-z]+", "");
    return id.isEmpty() ? "node" : id;
  }

  /** A host path the topology must mount from NVMe (as the volume drift rule reads it). */
  private static boolean dataPath(String volume) {
    String source = volume.split(":", 2)[0];
    return source.startsWith("/mnt/") || source.startsWith("/data") || source.startsWith("/srv/");
  }
}
