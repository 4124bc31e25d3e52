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
    return new Truth(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of(), List.of(), Optional.empty(), List.of(), List.of(), List.of(),
        Set.of(), Set.of());
  }

  public static Truth withTopology(Truth t, List<Node> nodes, List<Service> services) {
    return new Truth(t.owners(), t.domains(), t.families(), t.endpoints(), t.hosts(), nodes, services,
        t.documents(), t.claims(), t.gates(), t.readiness(), t.workstreams(), t.risks(), t.bookTitle(),
        t.chapters(), t.glossary(), t.sources(), t.present(), t.incomplete());
  }

  public static Truth withHosts(Truth t, List<IngressHost> hosts) {
    return new Truth(t.owners(), t.domains(), t.families(), t.endpoints(), hosts, t.nodes(), t.services(),
        t.documents(), t.claims(), t.gates(), t.readiness(), t.workstreams(), t.risks(), t.bookTitle(),
        t.chapters(), t.glossary(), t.sources(), t.present(), t.incomplete());
  }

  public static Truth withDomains(Truth t, List<Domain> domains) {
    return new Truth(t.owners(), domains, t.families(), t.endpoints(), t.hosts(), t.nodes(), t.services(),
        t.documents(), t.claims(), t.gates(), t.readiness(), t.workstreams(), t.risks(), t.bookTitle(),
        t.chapters(), t.glossary(), t.sources(), t.present(), t.incomplete());
  }

  /** The truth with one node renamed, and the services on it moved along. */
  public static Truth renameNode(Truth t, String from, String to) {
    List<Node> nodes = t.nodes().stream().map(n -> !n.id().equals(from) ? n : new Node(to, n.at(), n.role(),
        n.hostname(), n.os(), n.cpus(), n.memoryGb(), n.description(), n.gpus(), n.nvme())).toList();
    List<Service> services = t.services().stream().map(s -> !s.node().id().equals(from) ? s
        : new Service(s.id(), s.at(), new io.truthbook.model.Ref(to, s.node().at()), s.kind(), s.description(),
            s.image(), s.ports(), s.gpus(), s.gpusAt(), s.volumes())).toList();
    return withTopology(t, nodes, services);
  }

  /** The truth with one node's description replaced. */
  public static Truth describeNode(Truth t, String id, String description) {
    return withTopology(t, t.nodes().stream().map(n -> !n.id().equals(id) ? n : new Node(n.id(), n.at(), n.role(),
        n.hostname(), n.os(), n.cpus(), n.memoryGb(), Optional.of(description), n.gpus(), n.nvme())).toList(),
        t.services());
  }
}
