package io.truthbook.adopt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Families are the longest common prefixes of the endpoints; a prefix that only says "API" is split. */
class RouteFamiliesTest {
  @Test
  void anApiPrefixIsSplitByWhatFollows() {
    assertThat(RouteFamilies.prefixes(List.of("/api/items", "/api/items", "/api/users/{id}")))
        .containsExactly("/api/items", "/api/users");
    assertThat(RouteFamilies.prefixes(List.of("/api/v1/items/{id}/tags", "/api/v1/items", "/api/v2/items")))
        .containsExactly("/api/v1/items", "/api/v2/items");
    assertThat(RouteFamilies.prefixes(List.of("/items", "/users/{id}/posts", "/users/{id}")))
        .containsExactly("/items", "/users");
  }

  @Test
  void anyOtherCommonPrefixIsOneFamily() {
    assertThat(RouteFamilies.prefixes(List.of("/auth/login", "/auth/logout"))).containsExactly("/auth");
    assertThat(RouteFamilies.prefixes(List.of("/api/items/search", "/api/items/recent"))).containsExactly("/api/items");
    assertThat(RouteFamilies.prefixes(List.of("/auth", "/auth/login"))).containsExactly("/auth");
  }

  @Test
  void anApiPrefixThatIsServedItselfIsTheFamilyOfThoseEndpointsAlone() {
    assertThat(RouteFamilies.prefixes(List.of("/api", "/api/items", "/api/users/{id}")))
        .containsExactly("/api", "/api/items", "/api/users");
    assertThat(RouteFamilies.prefixes(List.of("/api/{id}", "/api/items"))).containsExactly("/api", "/api/items");
  }

  @Test
  void theRootAndPathsNoPrefixCanSpellFallInTheRootFamily() {
    assertThat(RouteFamilies.prefixes(List.of("/", "/health", "/api/items", "/api/users")))
        .containsExactly("/", "/api/items", "/api/users", "/health");
    assertThat(RouteFamilies.prefixes(List.of("/{page}", "/Docs/index", "/api/items")))
        .containsExactly("/", "/api/items");
    assertThat(RouteFamilies.prefixes(List.of("/api/Items", "/api/users"))).containsExactly("/api", "/api/users");
  }

  @Test
  void idsTakeTheLastSegmentOrAsManyAsMakeThemUnique() {
    assertThat(RouteFamilies.ids(List.of("/", "/api/v1/items", "/api/v2/items", "/api/v1/users", "/a_b", "/a-b", "/2fa")))
        .containsOnly(entry("/", "root"), entry("/api/v1/items", "v1-items"), entry("/api/v2/items", "v2-items"),
            entry("/api/v1/users", "users"), entry("/a_b", "a-b-2"), entry("/a-b", "a-b-3"), entry("/2fa", "fa"));
  }
}
