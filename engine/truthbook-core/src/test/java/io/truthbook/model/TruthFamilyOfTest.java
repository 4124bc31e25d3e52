package io.truthbook.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The prefix index behind {@link Truth#familyOf} answers exactly as a scan of every family would. */
class TruthFamilyOfTest {
  private static final Location AT = Location.of("manifests/routes.yaml", 1, 1);
  private static final List<String> SEGMENTS = List.of("", "api", "crm", "crm-x", "oracle", "a", "{id}", "v1");

  @Test
  void agreesWithTheLinearScanOnRandomPrefixesAndPaths() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      List<RouteFamily> families = new ArrayList<>();
      for (int f = 0; f < 1 + random.nextInt(12); f++) {
        // prefixes as the schema allows them, and as a Truth built in code may hold them ("", "/", "/api/", "api")
        families.add(family("f" + f, path(random, random.nextInt(4) == 0)));
      }
      Truth truth = truth(families);
      for (int p = 0; p < 50; p++) {
        String path = path(random, random.nextBoolean());
        assertThat(truth.familyOf(path)).as("%s in %s", path, families).isEqualTo(scan(families, path));
      }
    }
  }

  @Test
  void theLongestPrefixWinsAndTheFirstOfEqualOnes() {
    List<RouteFamily> families = List.of(family("oracle", "/api/oracle"), family("pipeline", "/api/oracle/pipeline"),
        family("again", "/api/oracle"), family("crm", "/api/crm"));
    Truth truth = truth(families);

    assertThat(truth.familyOf("/api/oracle/pipeline/items/{id}")).map(RouteFamily::id).contains("pipeline");
    assertThat(truth.familyOf("/api/oracle/templates")).map(RouteFamily::id).contains("oracle");
    assertThat(truth.familyOf("/api/oracle")).map(RouteFamily::id).contains("oracle");
    assertThat(truth.familyOf("/api/oraclex")).isEmpty();
    assertThat(truth.familyOf("/api/crmx/contacts")).isEmpty();
    assertThat(truth.families()).isEqualTo(families);
  }

  @Test
  void aPathOfManySegmentsIsJudgedByNoMoreThanItsLongestPossiblePrefix() {
    List<RouteFamily> families = List.of(family("crm", "/api/crm"), family("a", "/api/crm/a/"));
    Truth truth = truth(families);

    // a route from code with 200,000 segments: linear, where hashing each prefix was quadratic
    String deep = "/api/crm" + "/a".repeat(200_000);
    assertThat(truth.familyOf(deep)).map(RouteFamily::id).contains("a").isEqualTo(scan(families, deep).map(RouteFamily::id));
    assertThat(truth.familyOf("/api/crmx" + "/a".repeat(200_000))).isEmpty();
    assertThat(truth.familyOf("/api/crm/" + "b".repeat(300_000))).map(RouteFamily::id).contains("crm");
  }

  private static String path(Random random, boolean trailingSlash) {
    StringBuilder path = new StringBuilder(random.nextInt(8) == 0 ? "" : "/");
    for (int s = 0; s < random.nextInt(4); s++) {
      path.append(s == 0 && path.length() == 0 ? "" : "/").append(SEGMENTS.get(random.nextInt(SEGMENTS.size())));
    }
    return trailingSlash ? path + "/" : path.toString();
  }

  /** What familyOf answered before the index: the longest covering prefix, the first of equal ones. */
  private static Optional<RouteFamily> scan(List<RouteFamily> families, String path) {
    RouteFamily best = null;
    for (RouteFamily family : families) {
      if (family.covers(path) && (best == null || family.prefix().length() > best.prefix().length())) {
        best = family;
      }
    }
    return Optional.ofNullable(best);
  }

  private static RouteFamily family(String id, String prefix) {
    Ref ref = new Ref("x", AT);
    return new RouteFamily(id, AT, prefix, AT, ref, ref, Optional.of(ref), Optional.of("test"));
  }

  private static Truth truth(List<RouteFamily> families) {
    return Truth.builder().set(RouteFamily.class, families).build();
  }
}
