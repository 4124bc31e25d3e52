package io.truthbook.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where the product shows an entity of the truth: the place of its evidence ({@code file:line:col@commit},
 * the file as the check names it), the source it was read from, when the source is read from git the
 * commit that last changed that file, and the web address of the line where the source declares one.
 *
 * @param kind {@value #TABLE}, {@value #ENDPOINT}, {@value #SERVICE}, {@value #HOST} or {@value #INGRESS_ROUTE}
 * @param id the entity's id; for an ingress route its host followed by its path
 */
public record EntityEvidence(String kind, String id, String source, Location at, Optional<Freshness> lastChanged,
    Optional<String> web) implements Comparable<EntityEvidence> {
  public static final String TABLE = "table";
  public static final String ENDPOINT = "endpoint";
  public static final String SERVICE = "service";
  public static final String HOST = "host";
  public static final String INGRESS_ROUTE = "ingress-route";

  public EntityEvidence {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(lastChanged, "lastChanged");
    Objects.requireNonNull(web, "web");
  }

  /** The evidence of an entity, dated by the commit that last changed its file when one is known. */
  public static EntityEvidence of(String kind, String id, String source, Location at,
      Optional<String> changedIn, Optional<Instant> changedAt) {
    Optional<Freshness> changed = changedIn.flatMap(commit -> changedAt.map(
        date -> new Freshness(kind, id, at.file(), commit, date)));
    return new EntityEvidence(kind, id, source, at, changed, Optional.empty());
  }

  /**
   * The same evidence with the web address of its line, when its source declares a {@code web}
   * template and the evidence was read at a commit; {@code origin} says where a file the check names
   * lies in its repository.
   */
  public EntityEvidence linked(List<Source> sources, Function<String, Optional<FileOrigin>> origin) {
    Optional<String> link = at.commit().flatMap(commit -> sources.stream().filter(s -> s.id().equals(source))
        .findFirst().flatMap(s -> s.webLink(origin.apply(at.file()).map(o -> o.inRepository(at.file()))
            .orElse(at.file()), commit, at.line())));
    return new EntityEvidence(kind, id, source, at, lastChanged, link);
  }

  /** The id of an ingress route: its host followed by its path. */
  public static String ingressRoute(String host, String path) {
    return host + path;
  }

  @Override
  public int compareTo(EntityEvidence other) {
    int byKind = kind.compareTo(other.kind);
    return byKind != 0 ? byKind : id.compareTo(other.id);
  }
}
