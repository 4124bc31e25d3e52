package io.truthbook.model;

import java.util.List;
import java.util.Optional;

/**
 * A term of the glossary: its one definition, and the entities it stands for ({@code see}, each written
 * {@code KIND:ID}), which the glossary links and {@code check} resolves. Chapters link a term with
 * {@code truth:term[TERM]}, so a word is defined once, in the manifest.
 */
public record GlossaryEntry(String term, Location at, String definition, List<Ref> see) {
  public GlossaryEntry {
    see = List.copyOf(see);
  }

  /** The kind a {@code see} reference names ({@code domain} of {@code domain:sales}), if it is one. */
  public static Optional<EntityKind> kindOf(Ref see) {
    int colon = see.id().indexOf(':');
    return colon < 0 ? Optional.empty() : EntityKind.byWord(see.id().substring(0, colon));
  }

  /** The id a {@code see} reference names ({@code sales} of {@code domain:sales}). */
  public static String idOf(Ref see) {
    return see.id().substring(see.id().indexOf(':') + 1);
  }
}
