package io.truthbook.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of entity a reference can name, with the manifest kind that defines them. */
public enum EntityKind {
  OWNER(ManifestKind.OWNERS),
  DOMAIN(ManifestKind.DOMAINS),
  TABLE(ManifestKind.DOMAINS),
  INTERFACE(ManifestKind.DOMAINS),
  FAMILY(ManifestKind.ROUTES),
  ROUTE(ManifestKind.ROUTES),
  HOST(ManifestKind.INGRESS),
  NODE(ManifestKind.TOPOLOGY),
  SERVICE(ManifestKind.TOPOLOGY),
  DOCUMENT(ManifestKind.CLAIMS),
  CLAIM(ManifestKind.CLAIMS),
  GATE(ManifestKind.GATES),
  WORKSTREAM(ManifestKind.WORKSTREAMS),
  RISK(ManifestKind.RISKS),
  CHAPTER(ManifestKind.BOOK),
  TERM(ManifestKind.BOOK),
  SOURCE(ManifestKind.SOURCES),
  PROFILE(ManifestKind.IMPORTS),
  MAPPING(ManifestKind.IMPORTS),
  PERSONA(ManifestKind.SYNTHETIC);

  private final ManifestKind definedIn;

  EntityKind(ManifestKind definedIn) {
    this.definedIn = definedIn;
  }

  public ManifestKind definedIn() {
    return definedIn;
  }

  /** The word used in references and the {@code truth:KIND[id]} macro. */
  public String word() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<EntityKind> byWord(String word) {
    return Arrays.stream(values()).filter(k -> k.word().equals(word)).findFirst();
  }
}
