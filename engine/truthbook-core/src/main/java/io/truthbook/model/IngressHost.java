package io.truthbook.model;

import java.util.List;
import java.util.Optional;

/** A host name served at the edge, its TLS and its path routes to upstream services. */
public record IngressHost(
    String host,
    Location at,
    Ref edge,
    boolean isPublic,
    String tlsMode,
    Optional<String> certificate,
    List<Route> routes) {

  public IngressHost {
    routes = List.copyOf(routes);
  }

  /** A path on the host and the service it is proxied to. */
  public record Route(
      String path, Location at, String match, Ref upstream, Optional<String> description) {}
}
