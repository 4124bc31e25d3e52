package io.truthbook.render.diagram;

import io.truthbook.model.Domain;
import io.truthbook.model.IngressHost;
import io.truthbook.model.Node;
import io.truthbook.model.Service;
import io.truthbook.model.Truth;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Truths for tests: an empty one, and copies of another with some kinds replaced. */
public final class TestTruths {
  private TestTruths() {}

  public static Truth empty() {
    return Truth.builder().build();
  }

  public static Truth withTopology(Truth t, List<Node> nodes, List<Service> services) {
    return t.toBuilder().set(Node.class, nodes).set(Service.class, services).build();
  }

  public static Truth withHosts(Truth t, List<IngressHost> hosts) {
    return t.toBuilder().set(IngressHost.class, hosts).build();
  }

  public static Truth withDomains(Truth t, List<Domain> domains) {
    return t.toBuilder().set(Domain.class, domains).build();
  }

  /** The truth with one node renamed, and the services on it moved along. */
  public static Truth renameNode(Truth t, String from, String to) {
    List<Node> nodes = t.nodes().stream().map(n -> !n.id().equals(from) ? n : new Node(to, n.at(), n.role(),
        n.hostname(), n.os(), n.cpus(), n.memoryGb(), n.description(), n.gpus(), n.nvme())).toList();
    List<Service> services = t.services().stream().map(s -> s.node().filter(n -> n.id().equals(from)).isEmpty() ? s
        : new Service(s.id(), s.at(), s.node().map(n -> new io.truthbook.model.Ref(to, n.at())), s.kind(),
            s.description(),
            s.image(), s.ports(), s.published(), s.gpus(), s.gpusAt(), s.volumes())).toList();
    return withTopology(t, nodes, services);
  }

  /** The truth with one node's description replaced. */
  public static Truth describeNode(Truth t, String id, String description) {
    return withTopology(t, t.nodes().stream().map(n -> !n.id().equals(id) ? n : new Node(n.id(), n.at(), n.role(),
        n.hostname(), n.os(), n.cpus(), n.memoryGb(), Optional.of(description), n.gpus(), n.nvme())).toList(),
        t.services());
  }
}
