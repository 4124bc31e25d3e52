package io.truthbook.rules;

import io.truthbook.kinds.KindDescriptor;
import io.truthbook.kinds.Kinds;
import io.truthbook.model.Domain;
import io.truthbook.model.EntityKind;
import io.truthbook.model.Finding;
import io.truthbook.model.Location;
import io.truthbook.model.Ref;
import io.truthbook.model.SourceText;
import io.truthbook.model.Truth;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The linked truth: every entity by kind and id, plus the prose that refers to it. */
public final class TruthIndex {
  private final Truth truth;
  private final Path root;
  private final List<SourceText> chapters;
  private final Map<EntityKind, Map<String, Location>> ids = new EnumMap<>(EntityKind.class);
  private final Map<String, Domain> tableDomains = new LinkedHashMap<>();

  public TruthIndex(Truth truth, Path root, List<SourceText> chapters) {
    this.truth = truth;
    this.root = root;
    this.chapters = List.copyOf(chapters);
    for (EntityKind kind : EntityKind.values()) {
      ids.put(kind, new LinkedHashMap<>());
    }
    for (KindDescriptor kind : Kinds.all()) {
      kind.index(truth, this::put);
    }
    for (Domain domain : truth.domains()) {
      domain.tables().forEach(t -> tableDomains.putIfAbsent(t.name(), domain));
    }
  }

  private void put(EntityKind kind, String id, Location at) {
    ids.get(kind).putIfAbsent(id, at);
  }

  public Truth truth() {
    return truth;
  }

  public Path root() {
    return root;
  }

  public List<SourceText> chapters() {
    return chapters;
  }

  public boolean exists(EntityKind kind, String id) {
    return ids.get(kind).containsKey(id);
  }

  /** Every id the truth defines, of any kind. */
  public Set<String> allIds() {
    Set<String> all = new java.util.TreeSet<>();
    ids.values().forEach(m -> all.addAll(m.keySet()));
    return all;
  }

  /** The known id of a kind closest to a misspelt one. */
  public Optional<String> closest(EntityKind kind, String id) {
    return Suggestions.closest(id, ids.get(kind).keySet());
  }

  /** The domain that declares a canonical table. */
  public Optional<Domain> domainOfTable(String table) {
    return Optional.ofNullable(tableDomains.get(table));
  }

  /** A {@code ref.unknown} finding when {@code ref} names no {@code kind}; none when it resolves. */
  public Optional<Finding> unresolved(EntityKind kind, Ref ref, String what) {
    return unresolved(kind, ref.id(), ref.at(), what);
  }

  public Optional<Finding> unresolved(EntityKind kind, String id, Location at, String what) {
    if (exists(kind, id) || truth.incomplete().contains(kind.definedIn())) {
      return Optional.empty();
    }
    Optional<String> closest = Suggestions.closest(id, ids.get(kind).keySet());
    String message = what + " '" + id + "' is not defined"
        + closest.map(c -> " (did you mean '" + c + "'?)").orElse("");
    String hint = closest.map(c -> "change it to '" + c + "', or define " + kind.word() + " '" + id + "'")
        .orElse("define " + kind.word() + " '" + id + "' in a '" + kind.definedIn().id()
            + "' manifest, or fix the reference");
    return Optional.of(Finding.error("ref.unknown", at, message, hint));
  }
}
