package io.truthbook.render.book;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.model.EntityKind;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnchorsTest {
  @Test
  void anchorsAreKindAndSlug() {
    Anchors anchors = Anchors.of(List.of(
        new EntityRef(EntityKind.DOMAIN, "crm"),
        new EntityRef(EntityKind.ROUTE, "GET /api/crm/contacts/{id}"),
        new EntityRef(EntityKind.HOST, "app.velocity.example"),
        new EntityRef(EntityKind.TABLE, "crm_client_360_snapshot")));
    assertThat(anchors.of(EntityKind.DOMAIN, "crm")).contains("domain-crm");
    assertThat(anchors.of(EntityKind.ROUTE, "GET /api/crm/contacts/{id}")).contains("route-get-api-crm-contacts-id");
    assertThat(anchors.of(EntityKind.HOST, "app.velocity.example")).contains("host-app-velocity-example");
    assertThat(anchors.of(EntityKind.TABLE, "crm_client_360_snapshot")).contains("table-crm-client-360-snapshot");
    assertThat(anchors.of(EntityKind.DOMAIN, "nope")).isEmpty();
  }

  @Test
  void collidingIdsBothGetAHashSuffixWhateverTheOrder() {
    EntityRef braces = new EntityRef(EntityKind.ROUTE, "GET /api/x/{id}");
    EntityRef plain = new EntityRef(EntityKind.ROUTE, "GET /api/x/id");
    Anchors one = Anchors.of(List.of(braces, plain));
    Anchors other = Anchors.of(List.of(plain, braces));
    assertThat(one.all()).isEqualTo(other.all());
    assertThat(one.all().values()).doesNotHaveDuplicates()
        .allMatch(a -> a.matches("route-get-api-x-id-[0-9a-f]{8}"));
  }

  @Test
  void sameIdInTwoKindsDoesNotCollide() {
    Anchors anchors = Anchors.of(List.of(new EntityRef(EntityKind.DOMAIN, "crm"), new EntityRef(EntityKind.FAMILY, "crm")));
    assertThat(anchors.all().values()).containsExactly("domain-crm", "family-crm");
  }

  @Test
  void idsWithNothingUsableOrTooLongStillGetSafeUniqueAnchors() {
    Anchors anchors = Anchors.of(List.of(
        new EntityRef(EntityKind.OWNER, "日本"),
        new EntityRef(EntityKind.OWNER, "中国"),
        new EntityRef(EntityKind.CLAIM, "x".repeat(200))));
    assertThat(anchors.all().values()).doesNotHaveDuplicates().allMatch(Anchors::isSafe)
        .allMatch(a -> a.length() < 90);
  }

  @Test
  void everyVelocityEntityHasAUniqueSafeAnchor() {
    var truth = BookFixtures.load(BookFixtures.repositoryRoot()).truth();
    Anchors anchors = Anchors.of(truth);
    assertThat(anchors.all()).hasSize(Anchors.entities(truth).size());
    assertThat(new HashSet<>(anchors.all().values())).hasSize(anchors.all().size());
    assertThat(anchors.all().values()).allMatch(Anchors::isSafe);
  }
}
