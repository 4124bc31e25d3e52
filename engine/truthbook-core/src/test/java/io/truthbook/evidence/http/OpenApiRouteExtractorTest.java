package io.truthbook.evidence.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.evidence.Evidence;
import io.truthbook.evidence.Extractor;
import io.truthbook.evidence.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OpenApiRouteExtractorTest {
  private final OpenApiRouteExtractor extractor = new OpenApiRouteExtractor();

  private Extractor.Result extract(String path, String text) {
    return extractor.extract(SourceFile.of(path, text));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
      "openapi.yaml, true", "docs/openapi.v3.yml, true", "api/openapi.json, true", "swagger.yaml, true",
      "spec/Swagger-crm.JSON, true", "openapi.md, false", "config.yaml, false", "my-openapi.yaml, false"})
  void supportsOpenApiAndSwaggerDocuments(String path, boolean supported) {
    assertThat(extractor.supports(path)).isEqualTo(supported);
  }

  @Test
  void operationsJoinedWithTheFirstServersPath() {
    var result = extract("docs/openapi.yaml", """
        openapi: 3.0.3
        info: {title: Velocity, version: "1"}
        paths:
          /crm/contacts:
            parameters:
              - name: q
                in: query
            get:
              summary: List contacts
            post:
              responses:
                "201": {description: created}
          /crm/contacts/{id}:
            $ref: '#/components/pathItems/contact'
            delete: {}
            x-internal: true
        servers:
          - url: https://velocity.example.com/api
          - url: /other
        """);
    assertThat(RouteListing.of(result)).containsExactly(
        "GET /api/crm/contacts @ docs/openapi.yaml:8:5",
        "POST /api/crm/contacts @ docs/openapi.yaml:10:5",
        "DELETE /api/crm/contacts/{id} @ docs/openapi.yaml:15:5");
    assertThat(result.problems()).isEmpty();
    assertThat(((Evidence.Route) result.evidence().get(0)).framework()).isEqualTo("openapi");
  }

  @Test
  void relativeServerUrlAndVariables() {
    var result = extract("openapi.yml", """
        openapi: 3.1.0
        servers:
          - url: "{scheme}://gateway/{base}"
            variables:
              scheme: {default: https}
              base: {default: api/gpu}
        paths:
          /queue:
            get: {}
        """);
    assertThat(RouteListing.of(result)).containsExactly("GET /api/gpu/queue @ openapi.yml:9:5");
  }

  @Test
  void noServersMeansPathsAsWritten() {
    var result = extract("openapi.yaml", """
        openapi: 3.0.0
        paths:
          /health: {head: {}, options: {}}
        """);
    assertThat(RouteListing.of(result)).containsExactly(
        "HEAD /health @ openapi.yaml:3:13",
        "OPTIONS /health @ openapi.yaml:3:23");
  }

  @Test
  void jsonDocument() {
    var result = extract("openapi.json", """
        {
          "openapi": "3.0.0",
          "servers": [{"url": "/api"}],
          "paths": {
            "/jobs/{id}/retry": {
              "post": {"summary": "retry"}
            }
          }
        }
        """);
    assertThat(RouteListing.of(result)).containsExactly("POST /api/jobs/{id}/retry @ openapi.json:6:7");
  }

  @Test
  void swaggerTwoBasePath() {
    var result = extract("swagger.yaml", """
        swagger: "2.0"
        basePath: /v1
        paths:
          /pets:
            get: {}
        """);
    assertThat(RouteListing.of(result)).containsExactly("GET /v1/pets @ swagger.yaml:5:5");
  }

  @Test
  void malformedYamlIsAProblemWithALocation() {
    var result = extract("openapi.yaml", """
        openapi: 3.0.0
        paths:
          /ok:
            get: {}
          /broken: [unclosed
        """);
    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.at().line()).isGreaterThan(0);
      assertThat(p.message()).startsWith("malformed OpenAPI document");
    });
  }

  @Test
  void nestingPastTheReadersLimitIsAProblemAtWhereItWasCrossed() {
    String json = "{\"paths\": {\"/x\": {\"get\": {\"x\": " + "[".repeat(1_000) + "]".repeat(1_000) + "}}}}";
    assertThat(extract("openapi.json", json).problems()).singleElement().satisfies(p -> {
      assertThat(p.at().line()).isEqualTo(1);
      // 31 characters with 4 levels open, then the 997th '[' is the 1001st level: the reader stops just past it
      assertThat(p.at().column()).isEqualTo(31 + 997 + 1);
      assertThat(p.message()).isEqualTo("malformed OpenAPI document: nested more than 1000 levels deep");
    });
    String yaml = "paths:\n  /x:\n    get:\n      x: " + "[".repeat(1_000) + "]".repeat(1_000) + "\n";
    assertThat(RouteListing.problems(extract("openapi.yaml", yaml)))
        .containsExactly("4: malformed OpenAPI document: nested more than 1000 levels deep");
  }

  @Test
  void notAMappingIsAProblem() {
    assertThat(RouteListing.problems(extract("openapi.json", "[1, 2]")))
        .containsExactly("1: expected an OpenAPI document: a mapping with 'openapi' and 'paths'");
    assertThat(extract("openapi.yaml", "").evidence()).isEmpty();
  }

  @Test
  void serverUrlPaths() {
    assertThat(OpenApiRouteExtractor.urlPath("https://x.com/v1?x=1")).isEqualTo("/v1");
    assertThat(OpenApiRouteExtractor.urlPath("https://x.com")).isEmpty();
    assertThat(OpenApiRouteExtractor.urlPath("//x.com/api")).isEqualTo("/api");
    assertThat(OpenApiRouteExtractor.urlPath("/api")).isEqualTo("/api");
  }

  @Test
  void aPathItemInAnotherDocumentIsSaidNotRead() {
    var result = extract("docs/openapi.yaml", """
        openapi: 3.0.3
        paths:
          /users:
            get: {responses: {"200": {description: ok}}}
          /orders:
            $ref: "https://specs.example.com/orders.yaml#/paths/~1orders"
          /items:
            $ref: "file:items.yaml"
          /local:
            $ref: "#/components/pathItems/local"
        """);
    assertThat(RouteListing.of(result)).containsExactly("GET /users @ docs/openapi.yaml:4:5");
    assertThat(result.problems()).extracting(p -> p.at().line() + " " + p.rule() + " " + p.severity())
        .containsExactly("6 evidence.unread WARNING", "8 evidence.unread WARNING");
  }
}
