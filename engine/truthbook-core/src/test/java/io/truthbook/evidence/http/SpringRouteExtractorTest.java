package io.truthbook.evidence.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.evidence.Evidence;
import io.truthbook.evidence.Extractor;
import io.truthbook.evidence.SourceFile;
import org.junit.jupiter.api.Test;

class SpringRouteExtractorTest {
  private final SpringRouteExtractor extractor = new SpringRouteExtractor();

  private Extractor.Result extract(String path, String text) {
    return extractor.extract(SourceFile.of(path, text));
  }

  @Test
  void namesAndSupportsJavaAndKotlin() {
    assertThat(extractor.name()).isEqualTo("http-spring");
    assertThat(extractor.supports("src/main/java/a/ContactController.java")).isTrue();
    assertThat(extractor.supports("src/main/kotlin/a/ContactController.kt")).isTrue();
    assertThat(extractor.supports("build.gradle.kts")).isFalse();
  }

  @Test
  void classPrefixJoinsMethodMappings() {
    var result = extract("ContactController.java", """
        package velocity.crm;

        @RestController
        @RequestMapping("/api/crm")
        public class ContactController {

          @GetMapping("/contacts/{id}")
          public Contact get(@PathVariable("id") long id) { return null; }

          @PostMapping(value = "/contacts", consumes = MediaType.APPLICATION_JSON_VALUE)
          public Contact create(@RequestBody Contact c) { return c; }

          @RequestMapping(value = "/contacts/{id:[0-9]+}", method = RequestMethod.DELETE)
          public void archive(@PathVariable long id) { }

          @RequestMapping(path = "/contacts/search", method = {RequestMethod.GET, RequestMethod.POST})
          public List<Contact> search() { return List.of(); }

          @GetMapping
          public List<Contact> list() { return List.of(); }

          @RequestMapping("/anything")
          public void any() { }
        }
        """);
    assertThat(RouteListing.of(result)).containsExactly(
        "GET /api/crm/contacts/{id} @ ContactController.java:7:3",
        "POST /api/crm/contacts @ ContactController.java:10:3",
        "DELETE /api/crm/contacts/{id} @ ContactController.java:13:3",
        "GET /api/crm/contacts/search @ ContactController.java:16:3",
        "POST /api/crm/contacts/search @ ContactController.java:16:3",
        "GET /api/crm @ ContactController.java:19:3",
        "ANY /api/crm/anything @ ContactController.java:22:3");
    assertThat(result.problems()).isEmpty();
    assertThat(((Evidence.Route) result.evidence().get(0)).framework()).isEqualTo("spring");
  }

  @Test
  void annotationsOverSeveralLinesAndClassValueAttribute() {
    var result = extract("Deals.java", """
        @RequestMapping(
            value = "/api/crm/deals",
            produces = "application/json")
        class DealController {
          @PatchMapping(
              path = "/{dealId}",
              consumes = "application/json"
          )
          ResponseEntity<Deal> patch() { return null; }
        }
        """);
    assertThat(RouteListing.of(result)).containsExactly("PATCH /api/crm/deals/{dealId} @ Deals.java:5:3");
  }

  @Test
  void commentsAndStringsAreIgnored() {
    var result = extract("Old.java", """
        @RequestMapping("/api")
        class Old {
          // @GetMapping("/line-comment")
          /* @GetMapping("/block-comment") */
          /** Javadoc: {@code @GetMapping("/javadoc")} */
          String doc = "@GetMapping(\\"/in-string\\")";
          @GetMapping("/live") void live() { }
          Class<?> type = Old.class;
        }
        """);
    assertThat(RouteListing.of(result)).containsExactly("GET /api/live @ Old.java:7:3");
  }

  @Test
  void nestedClassesHaveTheirOwnPrefix() {
    var result = extract("Outer.java", """
        @RequestMapping("/outer")
        class Outer {
          @GetMapping("/a") void a() { }

          @RestController
          @RequestMapping(path = "/inner")
          static class Inner {
            @GetMapping("/b") void b() { }
          }

          @GetMapping("/c") void c() { }
        }
        """);
    assertThat(RouteListing.of(result)).containsExactly(
        "GET /outer/a @ Outer.java:3:3",
        "GET /inner/b @ Outer.java:8:5",
        "GET /outer/c @ Outer.java:11:3");
  }

  @Test
  void interfaceMethodsAndConstants() {
    var result = extract("Api.java", """
        @RequestMapping(Api.BASE)
        public interface Api {
          String BASE = "/api/jobs";
          @PostMapping(BASE_RETRY)
          void retry();
          String BASE_RETRY = "/{id}" + "/retry";
        }
        """);
    assertThat(RouteListing.of(result)).containsExactly("POST /api/jobs/{id}/retry @ Api.java:4:3");
  }

  @Test
  void kotlinControllers() {
    var result = extract("GpuController.kt", """
        const val GPU = "/api/gpu"

        @RestController
        @RequestMapping(GPU)
        class GpuController(private val pool: Pool = Pool()) {
          @GetMapping("/nodes/{nodeId}")
          fun node(@PathVariable nodeId: String): Node = pool.node(nodeId)

          @RequestMapping(value = ["/queue", "/queue/"], method = [RequestMethod.GET])
          fun queue(): List<Job> {
            return pool.queue()
          }

          @DeleteMapping("$GPU/prompts/{id}")
          fun cancel(@PathVariable id: String) = pool.cancel(id)

          companion object {
            val log = LoggerFactory.getLogger(GpuController::class.java)
          }
        }

        enum class Kind { A, B }
        """);
    assertThat(RouteListing.of(result)).containsExactly(
        "GET /api/gpu/nodes/{nodeId} @ GpuController.kt:6:3",
        "GET /api/gpu/queue @ GpuController.kt:9:3",
        "GET /api/gpu/queue/ @ GpuController.kt:9:3",
        "DELETE /api/gpu/api/gpu/prompts/{id} @ GpuController.kt:14:3");
  }

  @Test
  void unresolvablePathIsAProblem() {
    var result = extract("X.java", """
        class X {
          @GetMapping(Paths.ELSEWHERE) void x() { }
        }
        """);
    assertThat(result.evidence()).isEmpty();
    assertThat(RouteListing.problems(result)).containsExactly(
        "2: mapping path Paths.ELSEWHERE could not be resolved to a string");
  }
}
