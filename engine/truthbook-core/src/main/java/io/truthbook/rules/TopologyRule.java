package io.truthbook.rules;

import io.truthbook.model.RuleInfo;
import io.truthbook.model.Finding;
import io.truthbook.model.Node;
import io.truthbook.model.Service;
import io.truthbook.model.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Services fit their nodes: GPUs where asked, NVMe devices that exist, no port shared. */
final class TopologyRule implements Rule {
  private static final String UNPLACED = "A service without a node runs on a platform the topology does not"
      + " describe (a managed or cloud service); this rule does not apply to it.";
  static final RuleInfo GPU = new RuleInfo("topology.gpu", Severity.ERROR,
      "a GPU service runs on a node without enough GPUs",
      "A service that requests GPUs (ComfyUI, GPU workers) must be placed on a GPU node that has at least"
          + " as many GPUs as all its GPU services request. " + UNPLACED,
      "place the service on a GPU node, or lower its 'gpus'");
  static final RuleInfo NVME = new RuleInfo("topology.nvme", Severity.ERROR,
      "a volume names an NVMe device its node does not have",
      "A service's volume mounts one of its node's NVMe devices; a device on another node is not reachable. "
          + UNPLACED,
      "use one of the node's NVMe devices, or add the device to the node");
  static final RuleInfo PORT = new RuleInfo("topology.port", Severity.ERROR,
      "two services on a node bind the same host port",
      "Two services on one host cannot bind the same port. A service's host ports are its 'published' ports"
          + " when it gives them (a container's 8080 published as 8090), else its 'ports'. " + UNPLACED,
      "change one of the ports, or move one service to another node");

  @Override
  public List<RuleInfo> reports() {
    return List.of(GPU, NVME, PORT);
  }

  @Override
  public List<Finding> check(TruthIndex index) {
    Map<String, Node> nodes = index.truth().nodes().stream()
        .collect(Collectors.toMap(Node::id, Function.identity(), (a, b) -> a));
    List<Finding> findings = new ArrayList<>();
    Map<String, Integer> gpuDemand = new HashMap<>();
    Map<String, Map<Integer, Service>> portsByNode = new HashMap<>();
    for (Service service : index.truth().services()) {
      // a service without a node runs on a platform the truth does not describe: nothing to fit it to
      Optional<Node> placed = service.node().map(n -> nodes.get(n.id()));
      if (placed.isEmpty()) {
        continue;
      }
      Node node = placed.get();
      if (service.gpus() > 0) {
        int demand = gpuDemand.merge(node.id(), service.gpus(), Integer::sum);
        if (demand > node.gpuCount()) {
          findings.add(Finding.error(GPU.id(), service.gpusAt(),
              "service '" + service.id() + "' needs " + service.gpus() + " GPU(s) but node '" + node.id()
                  + "' has " + node.gpuCount()
                  + (demand > service.gpus() ? " (" + (demand - service.gpus()) + " requested by other services)" : ""),
              node.gpuCount() == 0 ? "place the service on a GPU node" : GPU.fix()));
        }
      }
      for (Service.Volume volume : service.volumes()) {
        boolean present = node.nvme().stream().anyMatch(n -> n.device().equals(volume.device().id()));
        if (!present) {
          findings.add(Finding.error(NVME.id(), volume.device().at(),
              "service '" + service.id() + "' mounts '" + volume.device().id() + "', which node '" + node.id()
                  + "' does not have",
              node.nvme().isEmpty() ? "node '" + node.id() + "' has no NVMe devices; add one or move the service"
                  : "use one of " + String.join(", ", node.nvme().stream().map(Node.Nvme::device).toList())));
        }
      }
      Map<Integer, Service> ports = portsByNode.computeIfAbsent(node.id(), k -> new HashMap<>());
      // two containers may listen on the same port; only what they bind on the node's host can clash
      for (Service.Port port : service.hostPorts()) {
        Service other = ports.putIfAbsent(port.number(), service);
        if (other != null && other != service) {
          findings.add(Finding.error(PORT.id(), port.at(),
              "port " + port.number() + " of service '" + service.id() + "' is already used by '" + other.id()
                  + "' on node '" + node.id() + "'",
              PORT.fix()));
        }
      }
    }
    return findings;
  }
}
