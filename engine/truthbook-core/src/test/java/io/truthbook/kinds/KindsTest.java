package io.truthbook.kinds;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.Truthbook;
import io.truthbook.load.LoadLimits;
import io.truthbook.model.EntityKind;
import io.truthbook.model.ManifestKind;
import io.truthbook.model.Truth;
import io.truthbook.render.book.BookFixtures;
import io.truthbook.render.book.GeneratedReference;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every manifest kind is one complete descriptor: a kind without a schema, a digest (canonical
 * entities), an owner (reviewers) or a reference chapter fails here, on the frozen Velocity truth.
 */
class KindsTest {
  private static final Truth VELOCITY = new Truthbook(BookFixtures.repositoryRoot(), LoadLimits.DEFAULTS).truth();

  @Test
  void everyKindHasExactlyOneDescriptor() {
    assertThat(Kinds.all()).extracting(KindDescriptor::kind).containsExactly(ManifestKind.values());
    for (ManifestKind kind : ManifestKind.values()) {
      assertThat(Kinds.of(kind).kind()).isEqualTo(kind);
    }
  }

  @Test
  void everyKindHasTheSchemaTheToolValidatesWith() {
    for (KindDescriptor kind : Kinds.all()) {
      assertThat(KindsTest.class.getResource("/schemas/" + kind.schemaFile()))
          .as("schema of %s", kind.kind().id()).isNotNull();
    }
  }

  @Test
  void everyKindsDigestCoversContentAndSomeoneOwnsIt() {
    for (KindDescriptor kind : Kinds.all()) {
      assertThat(kind.entities(VELOCITY)).as("the canonical entities (the sign-off digest) of %s", kind.kind().id())
          .isNotEmpty();
      assertThat(kind.reviewers(VELOCITY)).as("who reviews a change of %s", kind.kind().id()).isNotEmpty();
    }
  }

  @Test
  void everyEntityKindIsDefinedByTheDescriptorOfItsManifestKindAndIndexedByIt() {
    for (EntityKind entity : EntityKind.values()) {
      assertThat(Kinds.of(entity.definedIn()).defines()).as("%s defines %s", entity.definedIn().id(), entity)
          .contains(entity);
    }
    for (KindDescriptor kind : Kinds.all()) {
      Set<EntityKind> indexed = new HashSet<>();
      kind.index(VELOCITY, (entity, id, at) -> indexed.add(entity));
      assertThat(indexed).as("what %s indexes", kind.kind().id()).isEqualTo(kind.defines());
    }
  }

  @Test
  void everyKindIsRenderedInTheReferenceItNames() {
    String reference = GeneratedReference.render(VELOCITY, List.of(), Truthbook.rules().all());
    List<String> titles = new ArrayList<>(Arrays.stream(reference.split("\n"))
        .filter(line -> line.startsWith("== ")).map(line -> line.substring(3)).toList());
    for (KindDescriptor kind : Kinds.all()) {
      assertThat(titles).as("the reference chapter of %s", kind.kind().id()).contains(kind.reference());
    }
  }
}
