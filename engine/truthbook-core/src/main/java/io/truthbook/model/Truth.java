package io.truthbook.model;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;

/**
 * Everything the manifests say, merged across files: the entities of every kind, held by their
 * record type in manifest order. A kind's descriptor maps its manifests into a {@link Builder}, so a
 * new kind adds its records here without a new constructor argument. Kinds listed in
 * {@code incomplete} had a manifest that could not be read, so references into them are not judged.
 */
public final class Truth {
  private final Map<Class<?>, List<?>> entities;
  private final Optional<String> bookTitle;
  private final Set<ManifestKind> present;
  private final Set<ManifestKind> incomplete;

  private Truth(Builder builder) {
    Map<Class<?>, List<?>> copy = new LinkedHashMap<>();
    builder.entities.forEach((type, items) -> copy.put(type,
        type == RouteFamily.class ? Families.of(castList(items)) : List.copyOf(items)));
    this.entities = Collections.unmodifiableMap(copy);
    this.bookTitle = builder.bookTitle;
    this.present = Set.copyOf(builder.present);
    this.incomplete = Set.copyOf(builder.incomplete);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding everything this truth holds, to change a part of it. */
  public Builder toBuilder() {
    Builder builder = new Builder().bookTitle(bookTitle).present(present).incomplete(incomplete);
    entities.forEach((type, items) -> builder.entities.put(type, new ArrayList<>(items)));
    return builder;
  }

  /** Every entity of one record type, in manifest order. */
  public <T> List<T> all(Class<T> type) {
    List<?> items = entities.get(type);
    if (items == null) {
      return type == RouteFamily.class ? castList(Families.of(List.of())) : List.of();
    }
    return castList(items);
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> castList(List<?> items) {
    // the builder only files an item under its own class
    return (List<T>) items;
  }

  public List<Owner> owners() {
    return all(Owner.class);
  }

  public List<Domain> domains() {
    return all(Domain.class);
  }

  public List<RouteFamily> families() {
    return all(RouteFamily.class);
  }

  public List<Endpoint> endpoints() {
    return all(Endpoint.class);
  }

  public List<IngressHost> hosts() {
    return all(IngressHost.class);
  }

  public List<Node> nodes() {
    return all(Node.class);
  }

  public List<Service> services() {
    return all(Service.class);
  }

  public List<ClaimDocument> documents() {
    return all(ClaimDocument.class);
  }

  public List<Claim> claims() {
    return all(Claim.class);
  }

  public List<Gate> gates() {
    return all(Gate.class);
  }

  public List<Readiness> readiness() {
    return all(Readiness.class);
  }

  public List<Workstream> workstreams() {
    return all(Workstream.class);
  }

  public List<Risk> risks() {
    return all(Risk.class);
  }

  public Optional<String> bookTitle() {
    return bookTitle;
  }

  /** The synthetic-data brief, when the truth has one (the first, if several files give one). */
  public Optional<SynthBrief> synthBrief() {
    return all(SynthBrief.class).stream().findFirst();
  }

  /** The book manifest's summary of the platform, when it has one (the first, if several files give one). */
  public Optional<String> bookSummary() {
    return all(BookSummary.class).stream().findFirst().map(BookSummary::text);
  }

  public List<Chapter> chapters() {
    return all(Chapter.class);
  }

  public List<GlossaryEntry> glossary() {
    return all(GlossaryEntry.class);
  }

  public List<Source> sources() {
    return all(Source.class);
  }

  /** The import's source profiles: known export formats. */
  public List<ImportProfile> importProfiles() {
    return all(ImportProfile.class);
  }

  /** The import's mappings of profiles to canonical columns. */
  public List<ImportMapping> importMappings() {
    return all(ImportMapping.class);
  }

  /** Which source wins a column several profiles' mappings write. */
  public List<ImportPolicy.Precedence> importPrecedence() {
    return all(ImportPolicy.Precedence.class);
  }

  /** What AI may suggest during an import and who approves it (one per imports manifest that says). */
  public List<ImportPolicy.Assistance> importAssistance() {
    return all(ImportPolicy.Assistance.class);
  }

  /** The kinds some manifest declared. */
  public Set<ManifestKind> present() {
    return present;
  }

  /** The kinds with a manifest that could not be read: references into them are not judged. */
  public Set<ManifestKind> incomplete() {
    return incomplete;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Truth that && nonEmpty(entities).equals(nonEmpty(that.entities))
        && bookTitle.equals(that.bookTitle) && present.equals(that.present) && incomplete.equals(that.incomplete);
  }

  @Override
  public int hashCode() {
    return Objects.hash(nonEmpty(entities), bookTitle, present, incomplete);
  }

  private static Map<Class<?>, List<?>> nonEmpty(Map<Class<?>, List<?>> entities) {
    Map<Class<?>, List<?>> kept = new HashMap<>();
    entities.forEach((type, items) -> {
      if (!items.isEmpty()) {
        kept.put(type, items);
      }
    });
    return kept;
  }

  @Override
  public String toString() {
    return "Truth" + entities + ", book " + bookTitle + ", present " + present + ", incomplete " + incomplete;
  }

  /** Collects a truth's entities; each is filed under its record type. */
  public static final class Builder {
    private final Map<Class<?>, List<Object>> entities = new LinkedHashMap<>();
    private Optional<String> bookTitle = Optional.empty();
    private Set<ManifestKind> present = Set.of();
    private Set<ManifestKind> incomplete = Set.of();

    private Builder() {}

    /** Adds one entity of its record type, after the ones added before. */
    public <T extends Record> Builder add(Class<T> type, T item) {
      entities.computeIfAbsent(type, t -> new ArrayList<>()).add(Objects.requireNonNull(item, "item"));
      return this;
    }

    /** Replaces every entity of one record type. */
    public <T extends Record> Builder set(Class<T> type, List<? extends T> items) {
      entities.put(type, new ArrayList<>(items));
      return this;
    }

    public Builder bookTitle(Optional<String> title) {
      this.bookTitle = Objects.requireNonNull(title, "title");
      return this;
    }

    public Builder present(Set<ManifestKind> kinds) {
      this.present = Set.copyOf(kinds);
      return this;
    }

    public Builder incomplete(Set<ManifestKind> kinds) {
      this.incomplete = Set.copyOf(kinds);
      return this;
    }

    public Truth build() {
      return new Truth(this);
    }
  }

  /** Every canonical table of every domain. */
  public List<Domain.Table> tables() {
    return domains().stream().flatMap(d -> d.tables().stream()).toList();
  }

  /**
   * The family an endpoint path belongs to: the one with the longest covering prefix (the first
   * declared of equal ones). Looks up the path's own prefixes in an index, so it costs the length of
   * the path rather than the number of families: rules, drift and the book ask it for every endpoint.
   */
  public Optional<RouteFamily> familyOf(String path) {
    return ((Families) families()).familyOf(path);
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
