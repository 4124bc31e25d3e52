package io.truthbook.evidence.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoutePathsTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "/contacts/:id | /contacts/{id}",
      "/contacts/:id? | /contacts/{id}",
      "/contacts/:id(\\d+) | /contacts/{id}",
      "/flights/:from-:to | /flights/{from}-{to}",
      "/contacts/<int:id> | /contacts/{id}",
      "/contacts/<id> | /contacts/{id}",
      "/contacts/{id:int} | /contacts/{id}",
      "/contacts/{id:[0-9]+} | /contacts/{id}",
      "/contacts/{id:[0-9]{3}}/x | /contacts/{id}/x",
      "/files/{file_path:path} | /files/{file_path}",
      "/static/{*rest} | /static/{rest}",
      "/v1/things:batchGet | /v1/things:batchGet",
      "//api//crm/ | /api/crm/",
      "//api//crm | /api/crm",
      "contacts | /contacts",
      "/ | /",
      "'' | /",
      "/a/{unclosed | /a/{unclosed",
      "/a/<unclosed/b | /a/<unclosed/b",
  })
  void canonicalSpellsParametersAsBracedNames(String written, String canonical) {
    assertThat(RoutePaths.canonical(written)).isEqualTo(canonical);
  }

  @Test
  void joinSkipsEmptyPartsAndDoubleSlashesAndKeepsTheRoutesOwnTrailingSlash() {
    assertThat(RoutePaths.join("/api/", "/crm", "", "/contacts/")).isEqualTo("/api/crm/contacts/");
    assertThat(RoutePaths.join("/api/", "/crm", "/contacts", "")).isEqualTo("/api/crm/contacts");
    assertThat(RoutePaths.join("", "")).isEqualTo("/");
    assertThat(RoutePaths.join("/api", "/")).isEqualTo("/api/");
    assertThat(RoutePaths.join("/api", "")).isEqualTo("/api");
    assertThat(RoutePaths.join("/", "/")).isEqualTo("/");
  }

  @Test
  void normaliseMakesParameterNamesIrrelevant() {
    assertThat(RoutePaths.normalise("/contacts/{id}")).isEqualTo("/contacts/{}");
    assertThat(RoutePaths.normalise("/contacts/:id")).isEqualTo(RoutePaths.normalise("/contacts/{id}"));
    assertThat(RoutePaths.normalise("/contacts/:contactId")).isEqualTo("/contacts/{}");
    assertThat(RoutePaths.normalise("/contacts/<int:cid>/notes/{note_id:int}")).isEqualTo("/contacts/{}/notes/{}");
    assertThat(RoutePaths.normalise("/api/crm/")).isEqualTo("/api/crm/");
    assertThat(RoutePaths.slashless(RoutePaths.normalise("/api/crm/"))).isEqualTo("/api/crm");
    assertThat(RoutePaths.slashless("/")).isEqualTo("/");
  }

  @Test
  void garbageStaysLinearAndNeverThrows() {
    String garbage = "<".repeat(50_000) + "{".repeat(50_000) + ":a(".repeat(50_000) + "{}".repeat(10_000);
    long start = System.nanoTime();
    String canonical = RoutePaths.canonical(garbage);
    RoutePaths.normalise(garbage);
    assertThat(canonical).isNotEmpty();
    assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
  }
}
