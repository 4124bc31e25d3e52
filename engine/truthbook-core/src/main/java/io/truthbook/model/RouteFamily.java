package io.truthbook.model;

/** A root route prefix, the domain it serves, its owner and the service that answers it. */
public record RouteFamily(
    String id,
    Location at,
    String prefix,
    Location prefixAt,
    Ref domain,
    Ref owner,
    Ref service,
    String description) {

  /** True when {@code path} is this prefix or lies below it. */
  public boolean covers(String path) {
    return path.equals(prefix) || path.startsWith(prefix.endsWith("/") ? prefix : prefix + "/");
  }
}
