package io.truthbook.evidence.ingress;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.evidence.Extractor;
import io.truthbook.evidence.SourceFile;
import org.junit.jupiter.api.Test;

class TraefikLabelsExtractorTest {
  private static final String FILE = "deploy/docker-compose.yml";
  private final TraefikLabelsExtractor extractor = new TraefikLabelsExtractor();

  private Extractor.Result extract(String yaml) {
    return extractor.extract(SourceFile.of(FILE, yaml));
  }

  @Test
  void namesItselfAndSupportsComposeFiles() {
    assertThat(extractor.name()).isEqualTo("traefik");
    assertThat(extractor.supports("docker-compose.yml")).isTrue();
    assertThat(extractor.supports("deploy/docker-compose.prod.yaml")).isTrue();
    assertThat(extractor.supports("compose.yaml")).isTrue();
    assertThat(extractor.supports("ops/Compose.override.YML")).isTrue();
    assertThat(extractor.supports("k8s/ingress.yaml")).isFalse();
    assertThat(extractor.supports("docker-compose.yml.bak")).isFalse();
    assertThat(extractor.supports("my-compose.yml")).isFalse();
  }

  @Test
  void readsListLabelsWithDefaultsSubstituted() {
    Extractor.Result result = extract("""
        services:
          velocity-api:
            image: velocity/api
            labels:
              - "traefik.enable=true"
              - "traefik.http.routers.api.rule=Host(`${APP_HOST:-app.example.com}`) && PathPrefix(`/api`)"
              - "traefik.http.routers.api.entrypoints=websecure"
          velocity-web:
            labels:
              - traefik.http.routers.web.rule=Host(`${WEB_HOST-www.example.com}`)
        """);
    assertThat(result.problems()).isEmpty();
    assertThat(RouteText.routes(result, FILE)).containsExactly(
        "[app.example.com] /api prefix -> velocity-api @6:9",
        "[www.example.com] / prefix -> velocity-web @10:9");
  }

  @Test
  void readsMapLabelsAndSwarmDeployLabels() {
    Extractor.Result result = extract("""
        services:
          api:
            labels:
              traefik.http.routers.api.rule: Path(`/health`) || PathRegexp(`^/v[0-9]+/`)
          worker:
            deploy:
              labels:
                traefik.http.routers.worker.rule: "Host(`jobs.example.com`)"
        """);
    assertThat(RouteText.routes(result, FILE)).containsExactly(
        "[] /health exact -> api @4:7",
        "[] ^/v[0-9]+/ regex -> api @4:7",
        "[jobs.example.com] / prefix -> worker @8:9");
  }

  @Test
  void hostListsAndAlternativesMultiplyOut() {
    Extractor.Result result = extract("""
        services:
          velocity-web:
            labels:
              - "traefik.http.routers.web.rule=Host(`a.example.com`, `b.example.com`) && (PathPrefix(`/app`) || Path(`/`))"
              - "traefik.http.routers.alt.rule=Host(`c.example.com`) || Host(`d.example.com`) && !PathPrefix(`/admin`)"
        """);
    assertThat(RouteText.routes(result, FILE)).containsExactly(
        "[a.example.com] / exact -> velocity-web @4:9",
        "[a.example.com] /app prefix -> velocity-web @4:9",
        "[b.example.com] / exact -> velocity-web @4:9",
        "[b.example.com] /app prefix -> velocity-web @4:9",
        "[c.example.com] / prefix -> velocity-web @5:9",
        "[d.example.com] / prefix -> velocity-web @5:9");
  }

  @Test
  void routerServiceLabelPointsAtTheComposeServiceDefiningIt() {
    Extractor.Result result = extract("""
        services:
          edge:
            image: traefik:v3
            labels:
              - "traefik.http.routers.dash.rule=Host(`traefik.example.com`)"
              - "traefik.http.routers.dash.service=api@internal"
              - "traefik.http.routers.apirouter.rule=PathPrefix(`/api`)"
              - "traefik.http.routers.apirouter.service=apisvc@docker"
              - "traefik.http.routers.other.rule=PathPrefix(`/other`)"
              - "traefik.http.routers.other.service=from-file"
          velocity-api:
            image: velocity/api
            labels:
              - "traefik.http.services.apisvc.loadbalancer.server.port=8000"
        """);
    assertThat(RouteText.routes(result, FILE)).containsExactly(
        "[traefik.example.com] / prefix -> api@internal @5:9",
        "[] /api prefix -> velocity-api @7:9",
        "[] /other prefix -> from-file @9:9");
  }

  @Test
  void variablesWithoutDefaultStayAsWrittenForTheSourceToDeclare() {
    Extractor.Result result = extract("""
        services:
          api:
            labels:
              - "traefik.http.routers.api.rule=Host(`${APP_HOST}`) && PathPrefix(`/api`)"
              - "traefik.http.routers.cost.rule=Host(`$$literal.example.com`)"
        """);
    assertThat(RouteText.routes(result, FILE)).containsExactly(
        "[${APP_HOST}] /api prefix -> api @4:9",
        "[$literal.example.com] / prefix -> api @5:9");
    // valid compose: the collector substitutes the source's declared APP_HOST, or warns that it is unknown
    assertThat(RouteText.problems(result, FILE)).isEmpty();
  }

  @Test
  void disabledServicesAndNonHttpRoutersAreSkipped() {
    Extractor.Result result = extract("""
        services:
          hidden:
            labels:
              - traefik.enable=false
              - traefik.http.routers.hidden.rule=Host(`hidden.example.com`)
          db:
            labels:
              - traefik.tcp.routers.db.rule=HostSNI(`*`)
          plain:
            image: postgres
        """);
    assertThat(result.evidence()).isEmpty();
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void aRouterLabelWithoutARouterNameIsNoRoute() {
    // found by TraefikFuzzTest: the dot before "rule" is also the prefix's last, and slicing the name threw
    Extractor.Result result = extract("""
        services:
          api:
            labels:
              - "traefik.http.routers.rule=Host(`app.example.com`)"
              - "traefik.http.routers.service=api"
        """);
    assertThat(result.evidence()).isEmpty();
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void anchorsAndMergeKeysAreFollowed() {
    Extractor.Result result = extract("""
        x-api: &api
          labels:
            traefik.http.routers.api.rule: PathPrefix(`/api`)
        services:
          velocity-api:
            <<: *api
            image: velocity/api
        """);
    assertThat(RouteText.routes(result, FILE)).containsExactly("[] /api prefix -> velocity-api @3:5");
  }

  @Test
  void brokenRulesAreProblemsAtTheLabel() {
    Extractor.Result result = extract("""
        services:
          api:
            labels:
              - "traefik.http.routers.a.rule=Host(`a.example.com`"
              - "traefik.http.routers.b.rule=Host(`b.example.com) "
              - "traefik.http.routers.c.rule=Host(`c.example.com`) &&"
              - "traefik.http.routers.d.rule=Host(c.example.com)"
        """);
    assertThat(result.evidence()).isEmpty();
    assertThat(RouteText.problems(result, FILE)).containsExactly(
        "4:9 cannot read the rule of router 'a': expected ')', found the end of the rule",
        "5:9 cannot read the rule of router 'b': unterminated string in the rule",
        "6:9 cannot read the rule of router 'c': expected a matcher such as Host(...) or PathPrefix(...), found the end of the rule",
        "7:9 cannot read the rule of router 'd': expected a quoted argument to Host, found 'c'");
  }

  @Test
  void brokenYamlIsAProblemAtItsMark() {
    Extractor.Result result = extract("""
        services:
          api:
            labels: [unclosed
        """);
    assertThat(result.evidence()).isEmpty();
    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.message()).startsWith("invalid YAML: ");
      assertThat(p.at().line()).isEqualTo(4);
    });
  }

  @Test
  void aliasBombsAreStoppedByTheLimits() {
    StringBuilder yaml = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x]\n");
    for (char c = 'b'; c <= 'k'; c++) {
      char previous = (char) (c - 1);
      yaml.append(c).append(": &").append(c).append(" [*").append(previous).append(", *").append(previous)
          .append(", *").append(previous).append(", *").append(previous).append(", *").append(previous)
          .append(", *").append(previous).append(", *").append(previous).append(", *").append(previous).append("]\n");
    }
    yaml.append("services:\n  api:\n    labels: *k\n");
    Extractor.Result result = extract(yaml.toString());
    assertThat(result.evidence()).isEmpty();
    assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("aliases"));
  }
}
