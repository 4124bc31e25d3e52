package io.truthbook.kinds;

import io.truthbook.load.Fields;
import io.truthbook.model.Entity;
import io.truthbook.model.EntityKind;
import io.truthbook.model.ManifestKind;
import io.truthbook.model.Node;
import io.truthbook.model.Ref;
import io.truthbook.model.Service;
import io.truthbook.model.Truth;
import io.truthbook.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Linux origin, GPU and NVMe nodes, and the services placed on them with ports and volumes. */
final class TopologyKind implements KindDescriptor {
  @Override
  public ManifestKind kind() {
    return ManifestKind.TOPOLOGY;
  }

  @Override
  public void map(Fields manifest, Truth.Builder truth) {
    manifest.objects("nodes").forEach(f -> truth.add(Node.class, new Node(f.text("id"), f.at(), f.optText("role"),
        f.optText("hostname"), f.optText("os"), f.optInteger("cpus"), f.optInteger("memoryGb"),
        f.optText("description"),
        f.objects("gpus").stream()
            .map(g -> new Node.Gpu(g.text("model"), g.integer("count", 0), g.integer("memoryGb", 0))).toList(),
        f.objects("nvme").stream()
            .map(n -> new Node.Nvme(n.text("device"), n.at(), n.text("mount"), n.integer("sizeGb", 0),
                n.text("purpose")))
            .toList())));
    manifest.objects("services").forEach(f -> truth.add(Service.class, new Service(f.text("id"), f.at(),
        f.optRef("node"), f.optText("kind"), f.optText("description"), f.optText("image"),
        ports(f.list("ports")),
        f.optList("published").map(TopologyKind::ports),
        f.integer("gpus", 0), f.at("gpus"),
        f.objects("volumes").stream().map(v -> new Service.Volume(v.ref("device"), v.text("mount"))).toList())));
  }

  private static List<Service.Port> ports(List<YamlNode> items) {
    return items.stream().map(p -> new Service.Port(((Number) ((YamlNode.Scalar) p).value()).intValue(), p.at()))
        .toList();
  }

  @Override
  public Set<EntityKind> defines() {
    return Set.of(EntityKind.NODE, EntityKind.SERVICE);
  }

  @Override
  public void index(Truth truth, Index index) {
    truth.nodes().forEach(n -> index.put(EntityKind.NODE, n.id(), n.at()));
    truth.services().forEach(s -> index.put(EntityKind.SERVICE, s.id(), s.at()));
  }

  @Override
  public List<Entity> entities(Truth truth) {
    List<Entity> out = new ArrayList<>();
    truth.nodes().forEach(n -> out.add(new Entity.Builder("node", n.id()).put("role", n.role())
        .put("hostname", n.hostname()).put("os", n.os()).put("cpus", n.cpus().map(String::valueOf))
        .put("memoryGb", n.memoryGb().map(String::valueOf))
        .put("description", n.description())
        .list("gpus", n.gpus().stream().map(g -> g.count() + "x " + g.model() + " " + g.memoryGb() + "GB").toList())
        .list("nvme", n.nvme().stream()
            .map(v -> v.device() + " " + v.mount() + " " + v.sizeGb() + "GB " + v.purpose()).toList())
        .build()));
    truth.services().forEach(s -> out.add(new Entity.Builder("service", s.id()).put("node", s.node().map(Ref::id))
        .put("kind", s.kind()).put("description", s.description()).put("image", s.image())
        .list("ports", s.ports().stream().map(p -> Integer.toString(p.number())).toList())
        .list("published", s.published().map(p -> p.stream().map(port -> Integer.toString(port.number())).toList()))
        .put("gpus", s.gpus())
        .list("volumes", s.volumes().stream().map(v -> v.device().id() + ":" + v.mount()).toList())
        .build()));
    return out;
  }

  @Override
  public Set<String> reviewers(Truth truth) {
    return Refs.stewards(truth);
  }

  @Override
  public String reference() {
    return "Nodes and services";
  }
}
