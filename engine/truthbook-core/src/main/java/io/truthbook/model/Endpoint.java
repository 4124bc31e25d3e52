package io.truthbook.model;

import java.util.Optional;

/**
 * One HTTP endpoint; it belongs to the route family with the longest matching prefix. {@code source}
 * names the application serving it when several serve the same method and path.
 */
public record Endpoint(
    String method,
    String path,
    Location at,
    String summary,
    Optional<Ref> owner,
    Optional<String> surface,
    Optional<String> source) {

  /** {@code "GET /api/sales/customers"}, or {@code "GET /order/list @admin"} for an endpoint of a named source. */
  public String id() {
    return method + " " + path + source.map(s -> " @" + s).orElse("");
  }
}
