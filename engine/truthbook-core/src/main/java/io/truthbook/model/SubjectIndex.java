package io.truthbook.model;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds the subjects claims speak of in one truth. Owners: a family's or domain's owner; a table's
 * domain's owner; an endpoint's owner (explicit, else its family's); hosts, nodes and services
 * answer to the runtime stewards ({@code runtime: true}).
 */
public final class SubjectIndex {
  private final Truth truth;
  private final Map<String, Owner> owners = new HashMap<>();
  private final Map<String, Domain> domains = new HashMap<>();
  private final Map<String, Domain> canonical = new HashMap<>();
  private final Map<String, Domain> legacyIn = new HashMap<>();
  private final Map<String, Domain.LegacyMapping> legacy = new HashMap<>();
  private final Map<String, RouteFamily> families = new HashMap<>();
  private final Map<String, Endpoint> endpoints = new HashMap<>();
  private final Map<String, IngressHost> hosts = new HashMap<>();
  private final Map<String, Node> nodes = new HashMap<>();
  private final Map<String, Service> services = new HashMap<>();
  private final List<String> stewards;

  public SubjectIndex(Truth truth) {
    this.truth = truth;
    // the first definition wins, as in the rest of the pipeline (duplicates are id.duplicate)
    truth.owners().forEach(o -> owners.putIfAbsent(o.id(), o));
    for (Domain domain : truth.domains()) {
      domains.putIfAbsent(domain.id(), domain);
      domain.tables().forEach(t -> canonical.putIfAbsent(t.name(), domain));
      domain.legacy().forEach(l -> {
        legacyIn.putIfAbsent(l.table(), domain);
        legacy.putIfAbsent(l.table(), l);
      });
    }
    truth.families().forEach(f -> families.putIfAbsent(f.id(), f));
    truth.endpoints().forEach(e -> endpoints.putIfAbsent(e.id(), e));
    truth.hosts().forEach(h -> hosts.putIfAbsent(h.host().toLowerCase(Locale.ROOT), h));
    truth.nodes().forEach(n -> nodes.putIfAbsent(n.id(), n));
    truth.services().forEach(s -> services.putIfAbsent(s.id(), s));
    stewards = truth.owners().stream().filter(Owner::runtime).map(Owner::id).sorted().distinct().toList();
  }

  public Truth truth() {
    return truth;
  }

  /** The runtime stewards, sorted. */
  public List<String> stewards() {
    return stewards;
  }

  /** The subject of a claim of {@code kind} naming {@code id}, if the truth defines it. */
  public Optional<Subject> find(String kind, String id) {
    return switch (kind) {
      case "owner" -> Optional.ofNullable(owners.get(id)).map(this::owner);
      case "domain" -> Optional.ofNullable(domains.get(id)).map(this::domain);
      case "table" -> table(id);
      case "family" -> Optional.ofNullable(families.get(id)).map(this::family);
      case "endpoint" -> Optional.ofNullable(endpoints.get(endpointId(id))).map(this::endpoint);
      case "host" -> Optional.ofNullable(hosts.get(id.trim().toLowerCase(Locale.ROOT))).map(this::host);
      case "node" -> Optional.ofNullable(nodes.get(id)).map(this::node);
      case "service" -> Optional.ofNullable(services.get(id)).map(this::service);
      default -> Optional.empty();
    };
  }

  /** {@code "get  /api/x"} as the truth writes endpoint ids: {@code "GET /api/x"}. */
  static String endpointId(String id) {
    String[] parts = id.trim().split("\\s+", 2);
    return parts.length < 2 ? id.trim() : parts[0].toUpperCase(Locale.ROOT) + " " + parts[1].trim();
  }

  private Subject owner(Owner o) {
    Map<String, String> values = values("name", o.name(), "runtime", Boolean.toString(o.runtime()));
    o.title().ifPresent(t -> values.put("title", t));
    return new Subject("owner", o.id(), o.at(), values, List.of(o.id()));
  }

  private Subject domain(Domain d) {
    Map<String, String> values = values("owner", d.owner().id(), "name", d.name());
    d.prefix().ifPresent(p -> values.put("prefix", p));
    return new Subject("domain", d.id(), d.at(), values, List.of(d.owner().id()));
  }

  private Optional<Subject> table(String name) {
    Domain home = canonical.get(name);
    Domain.LegacyMapping mapping = legacy.get(name);
    if (home == null && mapping == null) {
      return Optional.empty();
    }
    // a name both canonical and legacy (table.legacy-canonical) reads its domain from the canonical side
    Domain domain = home != null ? home : legacyIn.get(name);
    var at = home != null
        ? home.tables().stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow().at()
        : mapping.at();
    Map<String, String> values = new LinkedHashMap<>();
    values.put("domain", domain.id());
    if (mapping != null) {
      values.put("target", mapping.target().id());
      values.put("state", mapping.state());
    }
    return Optional.of(new Subject("table", name, at, values, List.of(domain.owner().id())));
  }

  private Subject family(RouteFamily f) {
    Map<String, String> values = values("prefix", f.prefix(), "owner", f.owner().id(), "domain", f.domain().id());
    f.service().ifPresent(s -> values.put("service", s.id()));
    return new Subject("family", f.id(), f.at(), values, List.of(f.owner().id()));
  }

  private Subject endpoint(Endpoint e) {
    Optional<RouteFamily> family = truth.familyOf(e.path());
    Optional<String> owner = e.owner().map(Ref::id).or(() -> family.map(f -> f.owner().id()));
    Map<String, String> values = new LinkedHashMap<>();
    owner.ifPresent(o -> values.put("owner", o));
    family.ifPresent(f -> values.put("family", f.id()));
    e.surface().ifPresent(s -> values.put("surface", s));
    return new Subject("endpoint", e.id(), e.at(), values, owner.stream().toList());
  }

  private Subject host(IngressHost h) {
    return new Subject("host", h.host(), h.at(),
        values("edge", h.edge().id(), "public", Boolean.toString(h.isPublic()), "tls", h.tlsMode()), stewards);
  }

  private Subject node(Node n) {
    Map<String, String> values = values("gpus", Integer.toString(n.gpuCount()));
    n.role().ifPresent(r -> values.put("role", r));
    n.hostname().ifPresent(h -> values.put("hostname", h));
    n.os().ifPresent(o -> values.put("os", o));
    return new Subject("node", n.id(), n.at(), values, stewards);
  }

  private Subject service(Service s) {
    Map<String, String> values = values("gpus", Integer.toString(s.gpus()));
    s.node().ifPresent(n -> values.put("node", n.id()));
    s.kind().ifPresent(k -> values.put("kind", k));
    if (!s.ports().isEmpty()) {
      values.put("ports", s.ports().stream().map(p -> Integer.toString(p.number())).collect(Collectors.joining(", ")));
    }
    s.image().ifPresent(i -> values.put("image", i));
    return new Subject("service", s.id(), s.at(), values, stewards);
  }

  private static Map<String, String> values(String... pairs) {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      values.put(pairs[i], pairs[i + 1]);
    }
    return values;
  }
}
