package io.truthbook.model;

import java.util.Optional;

/**
 * A root route prefix, the domain it serves, its owner and, when the truth places it, the service
 * that answers it.
 */
public record RouteFamily(
    String id,
    Location at,
    String prefix,
    Location prefixAt,
    Ref domain,
    Ref owner,
    Optional<Ref> service,
    Optional<String> description) {

  /** True when {@code path} is this prefix or lies below it. */
  public boolean covers(String path) {
    return path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/");
  }
}
