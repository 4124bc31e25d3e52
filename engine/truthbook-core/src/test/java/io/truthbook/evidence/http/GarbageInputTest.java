package io.truthbook.evidence.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.truthbook.evidence.Extractor;
import io.truthbook.evidence.SourceFile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Extractors never throw and stay linear, whatever they are fed. */
class GarbageInputTest {
  private static final String[] PIECES = {
      "@", "router", ".", "get", "post", "(", ")", "[", "]", "{", "}", "\"", "'", "`", "\"\"\"", "/", "//",
      "/*", "*/", "#", "\n", "\r\n", " ", "    ", ":", "=", ",", "+", "${", "f\"", "$", "\\", "<", ">",
      "include_router", "prefix=", "use", "route", "app", "express.Router()", "require('./x')",
      "import", "from", "export default", "module.exports =", "class", "@RequestMapping", "@GetMapping",
      "RequestMethod.GET", "paths:", "openapi: 3", "servers:", "- url:", "  ", "\t", "\u00e9", "\ud83d"};

  private final List<Extractor> extractors = List.of(new PythonRouteExtractor(), new ExpressRouteExtractor(),
      new SpringRouteExtractor(), new OpenApiRouteExtractor());
  private final List<String> paths = List.of("x.py", "x.js", "X.java", "X.kt", "openapi.yaml", "openapi.json");

  @Test
  void randomTokenSoupNeverThrows() {
    Random random = new Random(20261125L);
    for (int round = 0; round < 1500; round++) {
      StringBuilder text = new StringBuilder();
      int pieces = random.nextInt(200);
      for (int i = 0; i < pieces; i++) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      runAll(text.toString());
    }
  }

  @Test
  void everyPrefixOfRealFilesNeverThrows() {
    for (String fixture : fixtures()) {
      for (int end = 0; end <= fixture.length(); end++) {
        runAll(fixture.substring(0, end));
      }
    }
  }

  @Test
  void resolveOverGarbageFilesNeverThrows() {
    Random random = new Random(7L);
    List<SourceFile> files = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      StringBuilder text = new StringBuilder();
      for (int p = 0; p < 100; p++) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      files.add(SourceFile.of("pkg/m" + i + (i % 2 == 0 ? ".py" : ".js"), text.toString()));
    }
    assertThatCode(() -> {
      new PythonRouteExtractor().resolve(files);
      new ExpressRouteExtractor().resolve(files);
    }).doesNotThrowAnyException();
  }

  @Test
  @Timeout(20)
  void pathologicalNestingStaysFastAndShallow() {
    int n = 200_000;
    List<String> inputs = List.of(
        "(".repeat(n), "[".repeat(n), "{".repeat(n), "@a.get(".repeat(n / 7),
        "a.get('/x', ".repeat(n / 11), "app.use('/a', ".repeat(n / 13), "x.include_router(".repeat(n / 17),
        "@GetMapping(".repeat(n / 12), "\"".repeat(n), "`${".repeat(n / 3), "/[/".repeat(n / 3),
        "f\"{".repeat(n / 3), "a = ".repeat(n / 4) + "'/x'", "a.".repeat(n / 2) + "get('/x', h)",
        "- ".repeat(n / 2), "a:\n ".repeat(n / 4), "/* ".repeat(n / 3));
    for (String input : inputs) {
      long start = System.nanoTime();
      runAll(input);
      assertThat(Duration.ofNanos(System.nanoTime() - start)).as("input starting %s", input.substring(0, 12))
          .isLessThan(Duration.ofSeconds(5));
    }
  }

  @Test
  void crlfGivesTheSameRoutesAsLf() {
    for (String fixture : fixtures()) {
      for (int e = 0; e < extractors.size(); e++) {
        for (String path : paths) {
          if (!extractors.get(e).supports(path)) {
            continue;
          }
          var lf = extractors.get(e).extract(SourceFile.of(path, fixture));
          var crlf = extractors.get(e).extract(SourceFile.of(path, fixture.replace("\n", "\r\n")));
          assertThat(RouteListing.of(crlf)).as("%s %s", extractors.get(e).name(), path)
              .isEqualTo(RouteListing.of(lf));
        }
      }
    }
  }

  @Test
  void sameInputSameOutput() {
    for (String fixture : fixtures()) {
      for (Extractor extractor : extractors) {
        for (String path : paths) {
          if (extractor.supports(path)) {
            assertThat(extractor.extract(SourceFile.of(path, fixture)))
                .isEqualTo(extractor.extract(SourceFile.of(path, fixture)));
          }
        }
      }
    }
  }

  private void runAll(String text) {
    for (Extractor extractor : extractors) {
      for (String path : paths) {
        if (extractor.supports(path)) {
          assertThatCode(() -> extractor.extract(SourceFile.of(path, text)))
              .as("%s on %s", extractor.name(), path).doesNotThrowAnyException();
        }
      }
    }
  }

  private static List<String> fixtures() {
    return List.of("""
        from fastapi import APIRouter
        from .config import settings
        router = APIRouter(prefix=f"{settings.API_PREFIX}/crm", tags=["x"])
        @router.api_route("/a/{id:int}", methods=["GET", "POST"])
        async def a(id: int): ...
        app.include_router(router, prefix=API + "/v1")
        """, """
        const router = require('express').Router();
        import crm from './crm';
        router.route(`/x/${ID}`).get(h).put(h);
        app.use('/api', /* c */ crm);
        module.exports = { router };
        """, """
        @RequestMapping(value = {"/a", "/b"}, method = {RequestMethod.GET})
        class A { @GetMapping(path = "/x/{id:[0-9]{3}}") void x() { } }
        """, """
        openapi: 3.0.0
        servers: [{url: "https://x/{v}", variables: {v: {default: api}}}]
        paths:
          /a: {get: {}, post: {}}
        """, """
        {"openapi": "3.0.0", "paths": {"/a": {"get": {}}}}
        """);
  }
}
