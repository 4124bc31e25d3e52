package io.truthbook.model;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
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
    families = Families.of(families);
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

  /**
   * The family an endpoint path belongs to: the one with the longest covering prefix (the first
   * declared of equal ones). Looks up the path's own prefixes in an index, so it costs the length of
   * the path rather than the number of families: rules, drift and the book ask it for every endpoint.
   */
  public Optional<RouteFamily> familyOf(String path) {
    return ((Families) families).familyOf(path);
  }

  /**
   * The route families as an unmodifiable list (the same contract as {@link List#copyOf}) that also
   * indexes them by prefix. A record cannot hold a derived field, so the list carries the index.
   */
  private static final class Families extends AbstractList<RouteFamily> implements RandomAccess {
    private final RouteFamily[] items;
    /** By prefix, the first family declared with it. */
    private final Map<String, RouteFamily> byPrefix = new HashMap<>();
    /** The length of the longest prefix: no more of a path can decide its family. */
    private final int longest;

    private Families(RouteFamily[] items) {
      this.items = items;
      int max = 0;
      for (RouteFamily family : items) {
        byPrefix.putIfAbsent(family.prefix(), family);
        max = Math.max(max, family.prefix().length());
      }
      this.longest = max;
    }

    static Families of(List<RouteFamily> families) {
      if (families instanceof Families indexed) {
        return indexed;
      }
      return new Families(List.copyOf(families).toArray(new RouteFamily[0]));
    }

    @Override
    public RouteFamily get(int index) {
      return items[index];
    }

    @Override
    public int size() {
      return items.length;
    }

    /**
     * {@link RouteFamily#covers} holds exactly for a prefix equal to the path, or to the part of it
     * before a '/' (a prefix written without its trailing slash), or up to and including a '/'.
     * Those candidates all differ in length, so the longest one that is a prefix wins.
     */
    Optional<RouteFamily> familyOf(String whole) {
      // a path from code can have many thousand segments; hashing its prefix at each would be quadratic,
      // and only the longest prefix's length (and the character after it) can match a family
      String path = whole.length() > longest + 1 ? whole.substring(0, longest + 1) : whole;
      RouteFamily best = byPrefix.get(path);
      if (best != null) {
        return Optional.of(best);
      }
      for (int slash = path.lastIndexOf('/'); slash >= 0; slash = path.lastIndexOf('/', slash - 1)) {
        best = byPrefix.get(path.substring(0, slash + 1));
        if (best == null) {
          best = byPrefix.get(path.substring(0, slash));
        }
        if (best != null) {
          return Optional.of(best);
        }
        if (slash == 0) {
          break;
        }
      }
      return Optional.empty();
    }
  }
}
