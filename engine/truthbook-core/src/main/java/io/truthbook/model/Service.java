package io.truthbook.model;

import java.util.List;
import java.util.Optional;

/**
 * A running service, with its ports, GPU demand and volumes. A service without a node is run by a
 * platform (a managed or cloud service): rules about its machine do not apply to it. {@code published}
 * are the host ports it binds on its node when they are not its {@code ports} (a container's port
 * published on another host port, or on none).
 */
public record Service(
    String id,
    Location at,
    Optional<Ref> node,
    Optional<String> kind,
    Optional<String> description,
    Optional<String> image,
    List<Port> ports,
    Optional<List<Port>> published,
    int gpus,
    Location gpusAt,
    List<Volume> volumes) {

  public Service {
    ports = List.copyOf(ports);
    published = published.map(List::copyOf);
    volumes = List.copyOf(volumes);
  }

  /** A port the service listens on. */
  public record Port(int number, Location at) {}

  /** The ports the service binds on its node's host: those it publishes, or else those it listens on. */
  public List<Port> hostPorts() {
    return published.orElse(ports);
  }

  /** A mount of one of the node's NVMe devices into the service. */
  public record Volume(Ref device, String mount) {}
}
