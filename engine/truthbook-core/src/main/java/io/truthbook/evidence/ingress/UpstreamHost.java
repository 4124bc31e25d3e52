package io.truthbook.evidence.ingress;

import java.util.Locale;

/**
 * The host part of a proxy target as the configs write it ({@code http://shop-web:3000/},
 * {@code shop-api:8000}, {@code [::1]:8080}): in a compose or Kubernetes network that host is the
 * service name, which is what ingress evidence is compared by.
 */
final class UpstreamHost {
  private UpstreamHost() {}

  static String of(String address) {
    String rest = address.trim();
    String lower = rest.toLowerCase(Locale.ROOT);
    // a socket path names no host; the whole address is the best name there is
    if (lower.startsWith("unix:") || lower.startsWith("unix/")) {
      return rest;
    }
    int scheme = rest.indexOf("://");
    if (scheme >= 0) {
      rest = rest.substring(scheme + 3);
    }
    int end = firstOf(rest, "/?#");
    rest = rest.substring(0, end);
    int user = rest.lastIndexOf('@');
    if (user >= 0) {
      rest = rest.substring(user + 1);
    }
    if (rest.startsWith("[")) {
      int close = rest.indexOf(']');
      return close > 0 ? rest.substring(1, close) : rest;
    }
    int port = rest.indexOf(':');
    String host = port >= 0 ? rest.substring(0, port) : rest;
    // ":8080" is the local machine, as both nginx and Caddy read it
    return host.isEmpty() && port >= 0 ? "localhost" : host;
  }

  private static int firstOf(String text, String stops) {
    for (int i = 0; i < text.length(); i++) {
      if (stops.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return text.length();
  }
}
