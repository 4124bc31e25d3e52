package io.truthbook.evidence.ingress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.truthbook.evidence.Extractor;
import io.truthbook.evidence.SourceFile;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Whatever the bytes, an extractor answers with evidence and problems, in bounded time, and never throws. */
class GarbageInputTest {
  private static final String NGINX = """
      http {
        upstream api { server velocity-api:8000; }
        server {
          server_name app.example.com "www.example.com";  # comment {
          location ~* ^/x\\{ { proxy_pass http://api; }
          location = /h { return 200 'ok;'; }
        }
      }
      """;
  private static final String COMPOSE = """
      services:
        api:
          labels:
            - "traefik.http.routers.a.rule=Host(`${H:-a.example.com}`) && (PathPrefix(`/a`) || !Path(`/b`))"
        web:
          labels: {traefik.http.routers.b.rule: Host("x"), traefik.http.routers.b.service: a@docker}
      """;
  private static final String CADDY = """
      { admin off }
      (snip) { reverse_proxy /s/* s:1 }
      a.example.com, {$B:b.example.com} {
        @m { path /m/* }
        import snip
        handle_path /p/* { reverse_proxy @m "p:1" }
        reverse_proxy `q:1` \\
          r:2
      }
      """;
  private static final String K8S = """
      kind: Ingress
      spec: {defaultBackend: {service: {name: d}}, rules: [{host: a, http: {paths: [{path: /, pathType: Prefix}]}}]}
      ---
      kind: HTTPRoute
      spec: {hostnames: [h], rules: [{matches: [{path: {type: Exact, value: /e}}], backendRefs: [{name: e}]}]}
      """;
  private static final String ALPHABET = "{}()[];:=,\"'`#$\\*&|!@/~^.-_ \t\n\rabcxyz019<>\u0000\u00e9\ud83d\ude00";
  private static final List<String> WORDS = List.of("server", "location", "upstream", "include *.conf;", "http",
      "proxy_pass http://", "server_name", "kind: Ingress\n", "kind: HTTPRoute\n", "services:\n", "labels:\n",
      "traefik.http.routers.r.rule=", "Host(`", "PathPrefix(", "&&", "||", "${A:-", "${", "reverse_proxy",
      "handle_path", "@m", "import", "(s)", "{$X:", "---\n", "- ", "&a ", "*a ", "<<: ", "rules:", "paths:");

  static Stream<Arguments> extractors() {
    return Stream.of(
        Arguments.of(new NginxExtractor(), "nginx/nginx.conf", NGINX),
        Arguments.of(new TraefikLabelsExtractor(), "docker-compose.yml", COMPOSE),
        Arguments.of(new CaddyfileExtractor(), "Caddyfile", CADDY),
        Arguments.of(new KubernetesIngressExtractor(), "k8s/ingress.yaml", K8S));
  }

  @ParameterizedTest
  @MethodSource("extractors")
  void fixturesParseCleanly(Extractor extractor, String path, String fixture) {
    Extractor.Result result = extractor.extract(SourceFile.of(path, fixture));
    assertThat(result.problems()).isEmpty();
    assertThat(result.evidence()).isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("extractors")
  void everyTruncationIsSafe(Extractor extractor, String path, String fixture) {
    for (int end = 0; end <= fixture.length(); end++) {
      String text = fixture.substring(0, end);
      assertThatCode(() -> extractor.extract(SourceFile.of(path, text))).as("truncated at %d", end)
          .doesNotThrowAnyException();
    }
  }

  @ParameterizedTest
  @MethodSource("extractors")
  void randomTextAndBytesAreSafe(Extractor extractor, String path, String fixture) {
    Random random = new Random(20260415L);
    for (int round = 0; round < 400; round++) {
      String text = switch (round % 3) {
        case 0 -> randomText(random, 1 + random.nextInt(300));
        case 1 -> new String(randomBytes(random, 1 + random.nextInt(300)), StandardCharsets.ISO_8859_1);
        default -> mutate(random, fixture);
      };
      assertThatCode(() -> extractor.extract(SourceFile.of(path, text))).as("input %s", text)
          .doesNotThrowAnyException();
    }
  }

  @ParameterizedTest
  @MethodSource("extractors")
  void hostileNestingIsBoundedInTime(Extractor extractor, String path, String fixture) {
    List<String> hostile = List.of(
        "{".repeat(200_000),
        "a {\n".repeat(50_000),
        "[".repeat(100_000),
        "services:\n  a:\n    labels:\n      - traefik.http.routers.r.rule=" + "(".repeat(50_000) + "\n",
        "services:\n  a:\n    labels:\n      - traefik.http.routers.r.rule=" + "Host(`a`) || ".repeat(5_000) + "Host(`b`)\n",
        "services:\n  a:\n    labels:\n      - x=" + "${A:-".repeat(20_000) + "\n",
        "kind: Ingress\n" + "- ".repeat(100_000),
        "\"" + "\\".repeat(100_000),
        "#".repeat(200_000));
    for (String text : hostile) {
      assertThatCode(() -> assertThat(Duration.ofMillis(timed(() -> extractor.extract(SourceFile.of(path, text)))))
          .isLessThan(Duration.ofSeconds(5))).doesNotThrowAnyException();
    }
  }

  @Test
  void repositoryStepIsSafeOnGarbageFileSets() {
    Random random = new Random(7L);
    for (int round = 0; round < 60; round++) {
      List<SourceFile> files = new ArrayList<>();
      int count = 1 + random.nextInt(6);
      for (int i = 0; i < count; i++) {
        String text = "include " + (random.nextBoolean() ? "*" : "f" + random.nextInt(count)) + ".conf; "
            + (random.nextBoolean() ? mutate(random, NGINX) : randomText(random, 80));
        files.add(SourceFile.of("n/f" + i + ".conf", text));
      }
      assertThatCode(() -> NginxConfig.resolve(files)).doesNotThrowAnyException();
    }
  }

  private static long timed(Runnable work) {
    long start = System.nanoTime();
    work.run();
    return (System.nanoTime() - start) / 1_000_000;
  }

  private static String randomText(Random random, int length) {
    StringBuilder text = new StringBuilder();
    while (text.length() < length) {
      if (random.nextInt(4) == 0) {
        text.append(WORDS.get(random.nextInt(WORDS.size())));
      } else {
        text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
    }
    return text.toString();
  }

  private static byte[] randomBytes(Random random, int length) {
    byte[] bytes = new byte[length];
    random.nextBytes(bytes);
    return bytes;
  }

  /** The fixture with a few characters replaced, inserted or deleted. */
  private static String mutate(Random random, String fixture) {
    StringBuilder text = new StringBuilder(fixture);
    int edits = 1 + random.nextInt(4);
    for (int i = 0; i < edits && text.length() > 0; i++) {
      int at = random.nextInt(text.length());
      char c = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
      switch (random.nextInt(3)) {
        case 0 -> text.setCharAt(at, c);
        case 1 -> text.insert(at, c);
        default -> text.deleteCharAt(at);
      }
    }
    return text.toString();
  }
}
