package io.truthbook.model;

import java.util.Optional;

/** One HTTP endpoint; it belongs to the route family with the longest matching prefix. */
public record Endpoint(
    String method,
    String path,
    Location at,
    String summary,
    Optional<Ref> owner,
    Optional<String> surface) {

  /** {@code "GET /api/sales/customers"}. */
  public String id() {
    return method + " " + path;
  }
}
