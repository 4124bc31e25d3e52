package io.truthbook.synth;

import io.truthbook.model.ForeignKey;
import io.truthbook.model.SynthBrief;

/** How one column of a made table gets its value: generated, derived, or left empty. */
sealed interface Fill {
  /** The brief's generator for the column. */
  record Generated(SynthBrief.Generator generator) implements Fill {}

  /** Column {@code index} of a foreign key: the value of the referenced row's column. */
  record Reference(ForeignKey key, int index) implements Fill {}

  /** A key the truth gives no value for: a random UUID, or the next number of the table. */
  record Key() implements Fill {}

  /** The column's default: a literal, or a function (a time in the window, a UUID). */
  record Default(String literal, DefaultKind kind) implements Fill {}

  /** A nullable column nothing fills. */
  record Empty() implements Fill {}

  /** What a default does when the brief gives no generator. */
  enum DefaultKind { LITERAL, NOW, UUID }
}
