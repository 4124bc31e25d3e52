package io.truthbook.evidence.http;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The HTTP methods a route can answer, upper-case, plus {@link #ANY} for catch-all handlers. */
public final class HttpMethods {

  /**
   * A handler that answers every method: Express {@code app.all}, a Spring {@code @RequestMapping}
   * without {@code method}. Reported as one route rather than seven guessed ones.
   */
  public static final String ANY = "ANY";

  static final Set<String> STANDARD =
      Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE");

  private HttpMethods() {}

  /** The upper-case method named by {@code name} ("get", "Post", "RequestMethod.GET"), if it is one. */
  public static Optional<String> of(String name) {
    String last = name.substring(name.lastIndexOf('.') + 1).trim().toUpperCase(Locale.ROOT);
    return STANDARD.contains(last) ? Optional.of(last) : Optional.empty();
  }
}
