package io.truthbook.model;

import java.util.List;
import java.util.Optional;

/**
 * A running service, with its ports, GPU demand and volumes. A service without a node is run by a
 * platform (a managed or cloud service): rules about its machine do not apply to it.
 */
public record Service(
    String id,
    Location at,
    Optional<Ref> node,
    Optional<String> kind,
    Optional<String> description,
    Optional<String> image,
    List<Port> ports,
    int gpus,
    Location gpusAt,
    List<Volume> volumes) {

  public Service {
    ports = List.copyOf(ports);
    volumes = List.copyOf(volumes);
  }

  /** A port the service listens on. */
  public record Port(int number, Location at) {}

  /** A mount of one of the node's NVMe devices into the service. */
  public record Volume(Ref device, String mount) {}
}
