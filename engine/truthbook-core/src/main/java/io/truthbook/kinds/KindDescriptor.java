package io.truthbook.kinds;

import io.truthbook.load.Fields;
import io.truthbook.model.Entity;
import io.truthbook.model.EntityKind;
import io.truthbook.model.Location;
import io.truthbook.model.ManifestKind;
import io.truthbook.model.Truth;
import java.util.List;
import java.util.Set;

/**
 * Everything the engine knows about one manifest kind, in one place: its schema, how a manifest
 * maps to the model, the entities it defines for references, the canonical content a sign-off's
 * digest covers (and diffs compare), who reviews a change of it, and the reference chapter that
 * renders it. Adding a kind is a descriptor, its schema, its model records, its rules and its
 * chapter; {@link Kinds} lists the descriptors.
 */
public interface KindDescriptor {

  ManifestKind kind();

  /** The JSON Schema (draft-07) a manifest of this kind must satisfy, under {@code schemas/}. */
  default String schemaFile() {
    return kind().id() + ".schema.json";
  }

  /** Maps one schema-valid manifest of this kind into the truth being built. */
  void map(Fields manifest, Truth.Builder truth);

  /** The entity kinds this manifest kind defines, which references and {@code truth:KIND[id]} name. */
  Set<EntityKind> defines();

  /** Hands every entity this kind defines, by entity kind, id and place, to the index. */
  void index(Truth truth, Index index);

  /**
   * The kind's canonical entities, in truth order, with no locations: what a gate's sign-off digest
   * covers and what {@code diff} and {@code review} compare. Comments and layout are not content.
   */
  List<Entity> entities(Truth truth);

  /**
   * Who must review a change of this kind: owner ids (the owners of its entities, or the stewards
   * for runtime kinds). Never empty for a truth that has owners, so no change goes unreviewed.
   */
  Set<String> reviewers(Truth truth);

  /** The title of the reference chapter that renders this kind in the book and on the site. */
  String reference();

  /** Where a descriptor files the entities it defines. */
  @FunctionalInterface
  interface Index {
    void put(EntityKind kind, String id, Location at);
  }
}
