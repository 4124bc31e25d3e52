package io.truthbook.model;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the manifests say, merged across files. Kinds listed in {@code incomplete} had a
 * manifest that could not be read, so references into them are not judged.
 */
public record Truth(
    List<Owner> owners,
    List<Domain> domains,
    List<RouteFamily> families,
    List<Endpoint> endpoints,
    List<IngressHost> hosts,
    List<Node> nodes,
    List<Service> services,
    List<ClaimDocument> documents,
    List<Claim> claims,
    List<Gate> gates,
    List<Readiness> readiness,
    List<Workstream> workstreams,
    List<Risk> risks,
    Optional<String> bookTitle,
    List<Chapter> chapters,
    List<GlossaryEntry> glossary,
    List<Source> sources,
    Set<ManifestKind> present,
    Set<ManifestKind> incomplete) {

  public Truth {
    owners = List.copyOf(owners);
    domains = List.copyOf(domains);
    families = List.copyOf(families);
    endpoints = List.copyOf(endpoints);
    hosts = List.copyOf(hosts);
    nodes = List.copyOf(nodes);
    services = List.copyOf(services);
    documents = List.copyOf(documents);
    claims = List.copyOf(claims);
    gates = List.copyOf(gates);
    readiness = List.copyOf(readiness);
    workstreams = List.copyOf(workstreams);
    risks = List.copyOf(risks);
    chapters = List.copyOf(chapters);
    glossary = List.copyOf(glossary);
    sources = List.copyOf(sources);
    present = Set.copyOf(present);
    incomplete = Set.copyOf(incomplete);
  }

  /** Every canonical table of every domain. */
  public List<Domain.Table> tables() {
    return domains.stream().flatMap(d -> d.tables().stream()).toList();
  }

  /** The family an endpoint path belongs to: the one with the longest covering prefix. */
  public Optional<RouteFamily> familyOf(String path) {
    RouteFamily best = null;
    for (RouteFamily family : families) {
      if (family.covers(path) && (best == null || family.prefix().length() > best.prefix().length())) {
        best = family;
      }
    }
    return Optional.ofNullable(best);
  }
}
