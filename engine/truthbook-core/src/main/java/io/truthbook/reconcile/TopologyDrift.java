package io.truthbook.reconcile;

import io.truthbook.evidence.Evidence;
import io.truthbook.model.Finding;
import io.truthbook.model.Location;
import io.truthbook.model.ManifestKind;
import io.truthbook.model.Node;
import io.truthbook.model.RuleInfo;
import io.truthbook.model.Service;
import io.truthbook.model.Severity;
import io.truthbook.model.Truth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Services, ports, GPU requests and volumes in compose and Kubernetes against the topology manifest. */
final class TopologyDrift implements DriftRule {
  static final RuleInfo UNDOCUMENTED = new RuleInfo("drift.service.undocumented", Severity.ERROR,
      "a deployed service is not in the topology",
      "A compose service or Kubernetes workload runs a service the topology manifest does not list.",
      "add the service to the topology manifest, or remove it from the deployment");
  static final RuleInfo MISSING = new RuleInfo("drift.service.missing", Severity.ERROR,
      "a documented service is deployed nowhere",
      "The topology manifest places a service that no compose file or Kubernetes workload deploys.",
      "deploy it, or remove it from the topology manifest");
  static final RuleInfo GPU = new RuleInfo("drift.service.gpu", Severity.ERROR,
      "a service's GPU request differs from the truth",
      "The deployment reserves a different number of GPUs (or none) than the topology says the service needs.",
      "reserve the GPUs in the deployment (compose device reservation, nvidia.com/gpu), or fix 'gpus'");
  static final RuleInfo PORT = new RuleInfo("drift.service.port", Severity.ERROR,
      "a service's ports differ from the truth",
      "The deployment exposes ports the topology does not list, or lacks one it lists.",
      "align the deployment's ports with the topology manifest");
  static final RuleInfo VOLUME = new RuleInfo("drift.service.volume", Severity.ERROR,
      "a service's volumes differ from the NVMe devices the truth mounts",
      "Each NVMe volume in the topology is a host mount point of the node; the deployment must bind it, and"
          + " host paths it binds must be NVMe mount points of the service's node. A service without a node is not"
          + " judged.",
      "bind the node's NVMe mount point in the deployment, or fix the topology's volumes");
  static final RuleInfo NODE = new RuleInfo("drift.service.node", Severity.ERROR,
      "a workload is pinned to another node than the truth says",
      "A node selector or placement constraint pins the service to a node other than its topology node. A service"
          + " the topology places on no node may run anywhere, so it is not judged.",
      "fix the node selector, or move the service in the topology manifest");

  @Override
  public List<RuleInfo> reports() {
    return List.of(UNDOCUMENTED, MISSING, GPU, PORT, VOLUME, NODE);
  }

  @Override
  public Set<ManifestKind> compares() {
    return EnumSet.of(ManifestKind.TOPOLOGY);
  }

  @Override
  public List<Finding> check(Truth truth, EvidenceSet evidence) {
    Map<String, Evidence.ServiceSpec> deployed = new LinkedHashMap<>();
    evidence.all(Evidence.ServiceSpec.class).forEach(s -> deployed.merge(s.name(), s, TopologyDrift::merge));
    if (deployed.isEmpty()) {
      return List.of();
    }
    Map<String, Node> nodes = new LinkedHashMap<>();
    truth.nodes().forEach(n -> nodes.putIfAbsent(n.id(), n));
    Map<String, Service> services = new LinkedHashMap<>();
    truth.services().forEach(s -> services.putIfAbsent(s.id(), s));
    List<Finding> findings = new ArrayList<>();
    deployed.forEach((name, spec) -> {
      if (!services.containsKey(name)) {
        findings.add(Finding.error(UNDOCUMENTED.id(), spec.at(),
            spec.source() + " deploys service '" + name + "', which the topology does not list", UNDOCUMENTED.fix()));
      }
    });
    for (Service service : services.values()) {
      Evidence.ServiceSpec spec = deployed.get(service.id());
      if (spec == null) {
        findings.add(Finding.error(MISSING.id(), service.at(),
            "service '" + service.id() + "' is deployed by no compose file or Kubernetes workload", MISSING.fix()));
        continue;
      }
      compare(service, spec, service.node().map(n -> nodes.get(n.id())), findings);
    }
    return findings;
  }

  private static void compare(Service service, Evidence.ServiceSpec spec, Optional<Node> node, List<Finding> findings) {
    boolean all = spec.gpus() < 0;
    if (!all && spec.gpus() != service.gpus()) {
      findings.add(Finding.error(GPU.id(), spec.gpusAt(),
          "service '" + service.id() + "' reserves " + spec.gpus() + " GPU(s) here, but the topology says "
              + service.gpus() + " (" + service.gpusAt() + ")",
          spec.gpus() == 0 ? "add a GPU reservation (driver: nvidia, count: " + service.gpus() + ")" : GPU.fix()));
    }
    for (Service.Port port : service.ports()) {
      if (!spec.ports().contains(port.number())) {
        findings.add(Finding.error(PORT.id(), port.at(),
            "service '" + service.id() + "' listens on " + port.number() + " in the truth, but " + spec.source()
                + " (" + spec.at() + ") exposes " + spec.ports(), PORT.fix()));
      }
    }
    for (int port : spec.ports()) {
      if (service.ports().stream().noneMatch(p -> p.number() == port)) {
        findings.add(Finding.error(PORT.id(), spec.portAt(port),
            "service '" + service.id() + "' exposes port " + port + " here, which the topology does not list",
            PORT.fix()));
      }
    }
    if (node.isEmpty()) {
      return;
    }
    Map<String, String> mounts = new LinkedHashMap<>();
    node.get().nvme().forEach(n -> mounts.put(n.device(), n.mount()));
    List<String> sources = spec.volumes().stream().map(v -> v.split(":", 2)[0]).toList();
    for (Service.Volume volume : service.volumes()) {
      String mount = mounts.get(volume.device().id());
      if (mount != null && sources.stream().noneMatch(s -> s.equals(volume.device().id()) || under(s, mount))) {
        findings.add(Finding.error(VOLUME.id(), volume.device().at(),
            "service '" + service.id() + "' should mount " + volume.device().id() + " (" + mount + ") but "
                + spec.source() + " (" + spec.at() + ") binds " + sources, VOLUME.fix()));
      }
    }
    for (String source : sources) {
      if (source.startsWith("/") && !source.startsWith("/dev/") && mounts.values().stream().noneMatch(m -> under(source, m))
          && isDataPath(source)) {
        findings.add(Finding.error(VOLUME.id(), spec.at(),
            "service '" + service.id() + "' binds host path '" + source + "', which is no NVMe mount of node '"
                + node.get().id() + "'", VOLUME.fix()));
      }
    }
    spec.nodeHint().filter(hint -> !hint.equals(node.get().id()) && !node.get().hostname().equals(Optional.of(hint)))
        .ifPresent(hint -> findings.add(Finding.error(NODE.id(), spec.at(),
            "service '" + service.id() + "' is pinned to '" + hint + "' here, but the topology places it on '"
                + node.get().id() + "'", NODE.fix())));
  }

  /** Host paths under /mnt, /data or /srv hold data; sockets and config files (/var/run, /etc) do not. */
  private static boolean isDataPath(String path) {
    return path.startsWith("/mnt/") || path.startsWith("/data") || path.startsWith("/srv/");
  }

  private static boolean under(String path, String mount) {
    return path.equals(mount) || path.startsWith(mount.endsWith("/") ? mount : mount + "/");
  }

  /** Several compose files (base and override) describe one service: ports and volumes add up. */
  private static Evidence.ServiceSpec merge(Evidence.ServiceSpec first, Evidence.ServiceSpec more) {
    List<Integer> ports = new ArrayList<>(first.ports());
    more.ports().stream().filter(p -> !ports.contains(p)).forEach(ports::add);
    List<String> volumes = new ArrayList<>(first.volumes());
    more.volumes().stream().filter(v -> !volumes.contains(v)).forEach(volumes::add);
    Evidence.ServiceSpec gpus = more.gpus() != 0 ? more : first;
    Map<Integer, Location> portsAt = new LinkedHashMap<>(first.portsAt());
    more.portsAt().forEach((port, at) -> {
      if (!first.ports().contains(port)) {
        portsAt.put(port, at);
      }
    });
    return new Evidence.ServiceSpec(first.name(), ports, gpus.gpus(), volumes, first.nodeHint().or(more::nodeHint),
        first.source(), first.at(), gpus.gpusAt(), portsAt);
  }
}
