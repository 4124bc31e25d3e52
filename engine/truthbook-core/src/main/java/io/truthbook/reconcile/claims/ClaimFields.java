package io.truthbook.reconcile.claims;

import io.truthbook.model.ManifestKind;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The fields a claim's {@code expects} can name, per subject kind, and how an expected value is
 * compared with the truth's:
 *
 * <ul>
 *   <li>{@code owner}: name, title, runtime ({@code true}/{@code false})
 *   <li>{@code domain}: owner, prefix, name
 *   <li>{@code table} (canonical or legacy name): domain (the domain that lists it), target and
 *       state (legacy tables only)
 *   <li>{@code family}: prefix, owner, domain, service
 *   <li>{@code endpoint} ({@code "METHOD /path"}): owner (explicit, else its family's), family, surface
 *   <li>{@code host} (the host name): edge, public, tls (the TLS mode)
 *   <li>{@code node}: role, hostname, os, gpus (the GPU count)
 *   <li>{@code service}: node, kind, ports (any order, comma separated), gpus, image
 * </ul>
 *
 * Values compare exactly, except booleans and host names (case-insensitive), ports (as a set of
 * numbers) and prefixes (a trailing slash is ignored).
 */
public final class ClaimFields {
  private ClaimFields() {}

  /** Every checkable field, by subject kind, in the order the documentation lists them. */
  public static final Map<String, List<String>> SUPPORTED = supported();

  private static Map<String, List<String>> supported() {
    Map<String, List<String>> fields = new LinkedHashMap<>();
    fields.put("owner", List.of("name", "title", "runtime"));
    fields.put("domain", List.of("owner", "prefix", "name"));
    fields.put("table", List.of("domain", "target", "state"));
    fields.put("family", List.of("prefix", "owner", "domain", "service"));
    fields.put("endpoint", List.of("owner", "family", "surface"));
    fields.put("host", List.of("edge", "public", "tls"));
    fields.put("node", List.of("role", "hostname", "os", "gpus"));
    fields.put("service", List.of("node", "kind", "ports", "gpus", "image"));
    return java.util.Collections.unmodifiableMap(fields);
  }

  public static boolean supported(String kind, String field) {
    return SUPPORTED.getOrDefault(kind, List.of()).contains(field);
  }

  /** The manifest kind that defines subjects of a claim's subject kind. */
  public static Optional<ManifestKind> definedIn(String kind) {
    return switch (kind) {
      case "owner" -> Optional.of(ManifestKind.OWNERS);
      case "domain", "table" -> Optional.of(ManifestKind.DOMAINS);
      case "family", "endpoint" -> Optional.of(ManifestKind.ROUTES);
      case "host" -> Optional.of(ManifestKind.INGRESS);
      case "node", "service" -> Optional.of(ManifestKind.TOPOLOGY);
      default -> Optional.empty();
    };
  }

  /** True when the expected value says what the truth's value says. */
  static boolean same(String field, String expected, String actual) {
    String want = expected.trim();
    String have = actual.trim();
    return switch (field) {
      case "public", "runtime", "hostname" -> want.equalsIgnoreCase(have);
      case "ports" -> ports(want).equals(ports(have));
      case "prefix" -> withoutSlash(want).equals(withoutSlash(have));
      default -> want.equals(have);
    };
  }

  private static List<String> ports(String text) {
    return Arrays.stream(text.split("[,\\s\\[\\]]+"))
        .filter(s -> !s.isEmpty())
        .map(s -> s.matches("\\d{1,9}") ? Integer.toString(Integer.parseInt(s)) : s.toLowerCase(Locale.ROOT))
        .sorted()
        .distinct()
        .toList();
  }

  private static String withoutSlash(String prefix) {
    return prefix.length() > 1 && prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
  }
}
