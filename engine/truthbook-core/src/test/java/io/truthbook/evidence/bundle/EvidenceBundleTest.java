package io.truthbook.evidence.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.evidence.ChangeStamp;
import io.truthbook.evidence.ColumnChange;
import io.truthbook.evidence.Evidence;
import io.truthbook.evidence.EvidenceCollector;
import io.truthbook.model.Finding;
import io.truthbook.model.Location;
import io.truthbook.model.Source;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The bundle's JSON both ways: every kind of evidence and column change read back equal to what was
 * written, places relocated under the reader's prefix, findings about the source's declaration placed at
 * the reader's lines; and every way a bundle can be unusable is one finding at its line, never a crash.
 */
class EvidenceBundleTest {
  private static final String COMMIT = "0123456789abcdef0123456789abcdef01234567";
  private static final String OTHER = "fedcba9876543210fedcba9876543210fedcba98";
  private static final String ENGINE = "1.2.3";
  private static final Location SOURCE_AT = Location.of("manifests/sources.yaml", 3, 5);
  private static final Location INCLUDE_AT = Location.of("manifests/sources.yaml", 8, 9);
  private static final Source SOURCE = new Source("shop", SOURCE_AT, Optional.of("apps/shop"), Optional.empty(),
      Optional.empty(), Optional.empty(), Optional.empty(),
      List.of(new Source.ExtractorSelection("sql", List.of("db/**/*.sql"), List.of("db/old/**"), INCLUDE_AT)),
      Map.of("DOMAIN", "shop.example.com"));

  private static Location at(String file, int line, int column) {
    return new Location("apps/shop/" + file, line, column, Optional.of(COMMIT));
  }

  /** One of every kind of evidence and every column change, with every optional field both set and not. */
  private static List<Evidence> everyKind() {
    Evidence.ColumnDef id = new Evidence.ColumnDef("id", "bigint", true, Optional.empty(), true, false,
        Optional.empty(), at("db/V1.sql", 2, 3));
    Evidence.ColumnDef account = new Evidence.ColumnDef("account_id", "numeric(14,2)", false, Optional.of("'a\"b'"),
        false, true, Optional.of(new Evidence.ForeignKey("account", Optional.of("id"))), at("db/V1.sql", 3, 3));
    Evidence.ColumnDef owner = new Evidence.ColumnDef("owner", "text", false, Optional.empty(), false, false,
        Optional.of(new Evidence.ForeignKey("person", Optional.empty())), at("db/V1.sql", 4, 3));
    List<Evidence> items = new ArrayList<>();
    items.add(new Evidence.TableOp(Evidence.TableAction.CREATE, Optional.of("public"), "orders", Optional.empty(),
        false, "0001/0001", at("db/V1.sql", 1, 1), Optional.of(List.of(id, account, owner))));
    items.add(new Evidence.TableOp(Evidence.TableAction.RENAME, Optional.empty(), "orders", Optional.of("order"),
        false, "0002/0001", at("db/V2.sql", 1, 1)));
    items.add(new Evidence.TableOp(Evidence.TableAction.CREATE, Optional.empty(), "order_v", Optional.empty(), true,
        "0002/0002", at("db/V2.sql", 5, 1)));
    List<ColumnChange> changes = List.of(new ColumnChange.Add(id, true), new ColumnChange.Drop("x", false),
        new ColumnChange.Rename("a", "b"), new ColumnChange.SetType("a", "varchar(20)"),
        new ColumnChange.SetNotNull("a", true), new ColumnChange.SetDefault("a", Optional.of("now()")),
        new ColumnChange.SetDefault("a", Optional.empty()), new ColumnChange.AddPrimaryKey(List.of("a", "b")),
        new ColumnChange.AddUnique(List.of("c")), new ColumnChange.AddForeignKey(List.of("c"), "t", List.of()),
        new ColumnChange.AddForeignKey(List.of("c", "d"), "t", List.of("e", "f")));
    for (int i = 0; i < changes.size(); i++) {
      items.add(new Evidence.ColumnOp(i % 2 == 0 ? Optional.empty() : Optional.of("crm"), "order", changes.get(i),
          "0003/" + i, at("db/V3.sql", i + 1, 1)));
    }
    items.add(new Evidence.Route("GET", "/api/orders/{id}/", "fastapi", at("api/orders.py", 12, 2)));
    items.add(new Evidence.IngressRoute("shop.example.com", "/api", "prefix", "api", "nginx", at("nginx.conf", 4, 5)));
    items.add(new Evidence.ServiceSpec("worker", List.of(8080, 9090), 2, List.of("/mnt/nvme0:/data"),
        Optional.of("gpu-1"), "k8s", at("k8s/worker.yaml", 4, 9), at("k8s/worker.yaml", 20, 15),
        Map.of(9090, at("k8s/service.yaml", 12, 19), 8080, at("k8s/service.yaml", 9, 19))));
    items.add(new Evidence.ServiceSpec("web", List.of(), 0, List.of(), Optional.empty(), "compose",
        at("compose.yml", 3, 3)));
    items.add(new Evidence.CodeOwner("/db/**", List.of("@ana", "@team/data"), at("CODEOWNERS", 1, 1)));
    // evidence of a working tree carries no commit; one elsewhere another commit
    items.add(new Evidence.Route("POST", "/x", "express", Location.of("apps/shop/web/app.js", 1, 1)));
    items.add(new Evidence.Route("PUT", "/y", "express", new Location("apps/shop/web/app.js", 2, 1,
        Optional.of(OTHER))));
    return items;
  }

  private static EvidenceCollector.Collected collected(List<Evidence> evidence, List<Finding> findings) {
    return new EvidenceCollector.Collected("shop", Optional.of(COMMIT), Optional.of(Instant.parse("2026-11-30T10:15:30Z")),
        evidence, findings, 17, Map.of("apps/shop/db/V1.sql", new ChangeStamp(OTHER, Instant.parse("2026-10-01T00:00:00Z")),
            "apps/shop/api/orders.py", new ChangeStamp(COMMIT, Instant.parse("2026-11-30T10:15:30Z"))));
  }

  private static List<Finding> someFindings() {
    return List.of(
        Finding.warning("source.unmatched", INCLUDE_AT, "include glob 'db/**/*.sql' matches no file", "fix the glob"),
        Finding.warning("source.no-git", SOURCE_AT, "not in git", "commit it"),
        Finding.error("evidence.parse", at("db/V9.sql", 7, 12), "sql: unterminated quote \"x\\y\"", "fix it"),
        Finding.note("evidence.no-route", at("api/empty.py", 1, 1), "no route", "none"));
  }

  @Test
  void everyKindOfEvidenceIsNamedInTheBundle() {
    List<Class<?>> leaves = new ArrayList<>();
    Stream.of(Evidence.class.getPermittedSubclasses()).forEach(type -> leaves.addAll(leaves(type)));
    assertThat(EvidenceJson.TYPES.keySet()).containsExactlyInAnyOrderElementsOf(leaves);
    List<Class<?>> kinds = everyKind().stream().<Class<?>>map(Object::getClass).distinct().toList();
    assertThat(kinds).containsExactlyInAnyOrderElementsOf(leaves);
    List<Class<?>> changes = everyKind().stream().filter(e -> e instanceof Evidence.ColumnOp)
        .<Class<?>>map(e -> ((Evidence.ColumnOp) e).change().getClass()).distinct().toList();
    assertThat(changes).containsExactlyInAnyOrder(ColumnChange.class.getPermittedSubclasses());
  }

  private static List<Class<?>> leaves(Class<?> type) {
    if (!type.isSealed()) {
      return List.of(type);
    }
    return Stream.of(type.getPermittedSubclasses()).flatMap(t -> leaves(t).stream()).toList();
  }

  @Test
  void whatIsWrittenIsReadBackEqualUnderTheSamePrefix() {
    EvidenceCollector.Collected written = collected(everyKind(), someFindings());
    String bundle = EvidenceBundle.write(written, SOURCE, "apps/shop/", "apps/shop/", ENGINE);

    EvidenceBundle.Read read = EvidenceBundle.read(bytes(bundle), "shop.json", SOURCE, "apps/shop/", ENGINE);

    assertThat(read.findings()).isEmpty();
    assertThat(read.folder()).contains("apps/shop/");
    assertThat(read.collected()).contains(written);
    // deterministic, one item per line, places relative to the source folder
    assertThat(EvidenceBundle.write(written, SOURCE, "apps/shop/", "apps/shop/", ENGINE)).isEqualTo(bundle);
    assertThat(bundle).doesNotContain("apps/shop/db").contains("\"file\":\"db/V1.sql\"");
    assertThat(bundle.lines().filter(l -> l.contains("\"type\":")).count()).isEqualTo(everyKind().size());
  }

  @Test
  void placesAreReadUnderTheReadersPrefixAndDeclarationFindingsAtTheReadersLines() {
    String bundle = EvidenceBundle.write(collected(everyKind(), someFindings()), SOURCE, "apps/shop/", "apps/shop/",
        ENGINE);
    Location movedSource = Location.of("truth/manifests/sources.yaml", 30, 5);
    Location movedInclude = Location.of("truth/manifests/sources.yaml", 36, 9);
    Source moved = new Source("shop", movedSource, Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(),
        List.of(new Source.ExtractorSelection("sql", List.of("db/**/*.sql"), List.of("db/old/**"), movedInclude)),
        Map.of("DOMAIN", "shop.example.com"), Optional.empty(), Optional.of("shop.json"));

    EvidenceCollector.Collected read = EvidenceBundle.read(bytes(bundle), "shop.json", moved, "shop:", ENGINE)
        .collected().orElseThrow();

    assertThat(read.evidence().get(0).at()).isEqualTo(new Location("shop:db/V1.sql", 1, 1, Optional.of(COMMIT)));
    assertThat(read.evidence()).last().extracting(Evidence::at)
        .isEqualTo(new Location("shop:web/app.js", 2, 1, Optional.of(OTHER)));
    assertThat(read.findings()).extracting(Finding::location)
        .containsExactly(movedInclude, movedSource, new Location("shop:db/V9.sql", 7, 12, Optional.of(COMMIT)),
            new Location("shop:api/empty.py", 1, 1, Optional.of(COMMIT)));
    assertThat(read.lastChanged()).containsOnlyKeys("shop:db/V1.sql", "shop:api/orders.py");
  }

  @Test
  void aBundleOfAnotherRecipeIsAWarningAndOfAnotherEngineANote() {
    String bundle = EvidenceBundle.write(collected(everyKind(), List.of()), SOURCE, "apps/shop/", "apps/shop/", ENGINE);
    Source otherGlobs = new Source("shop", SOURCE_AT, Optional.of("apps/shop"), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(),
        List.of(new Source.ExtractorSelection("sql", List.of("migrations/**/*.sql"), List.of(), INCLUDE_AT)),
        Map.of("DOMAIN", "shop.example.com"));
    Source otherVariables = new Source("shop", SOURCE_AT, Optional.of("apps/shop"), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), SOURCE.extractors(), Map.of("DOMAIN", "staging.example.com"));

    assertThat(EvidenceBundle.read(bytes(bundle), "shop.json", otherGlobs, "apps/shop/", ENGINE).findings())
        .singleElement().satisfies(f -> {
          assertThat(f.ruleId()).isEqualTo("bundle.stale");
          assertThat(f.location()).isEqualTo(SOURCE_AT);
        });
    assertThat(EvidenceBundle.read(bytes(bundle), "shop.json", otherVariables, "apps/shop/", ENGINE).findings())
        .extracting(Finding::ruleId).containsExactly("bundle.stale");
    EvidenceBundle.Read newer = EvidenceBundle.read(bytes(bundle), "shop.json", SOURCE, "apps/shop/", "2.0.0");
    assertThat(newer.findings()).extracting(f -> f.ruleId() + " " + f.severity().label())
        .containsExactly("bundle.engine note");
    assertThat(newer.findings().get(0).message()).contains("Truthbook 1.2.3, this check is 2.0.0");
    assertThat(newer.collected()).isPresent();
  }

  @Test
  void anUnusableBundleIsOneErrorAtItsPlaceAndNoEvidence() {
    String good = EvidenceBundle.write(collected(everyKind(), List.of()), SOURCE, "apps/shop/", "apps/shop/", ENGINE);

    assertThat(unusable("{\"format\": \"truthbook-evidence-bundle\",\n  \"version\": 1,\n  \"source\": oops}"))
        .isEqualTo("bundle.parse shop.json:3:13");
    assertThat(unusable("[1, 2]")).isEqualTo("bundle.format shop.json:1:1");
    assertThat(unusable(good + good)).isEqualTo("bundle.parse shop.json:" + (good.lines().count() + 1) + ":1");
    assertThat(unusable(good.replaceFirst("\"file\":\"db/V1.sql\"", "\"file\":\"../../manifests/gates.yaml\"")))
        .startsWith("bundle.parse shop.json:");
    assertThat(unusable("{\"format\": \"something-else\", \"version\": 1}")).isEqualTo("bundle.format shop.json:1:1");
    assertThat(unusable(good.replace("\"version\":1", "\"version\":2"))).isEqualTo("bundle.format shop.json:1:1");
    assertThat(unusable(good.replace("\"evidence\":[", "\"evidence\":{\"items\":[").replace("]\n}\n", "]}\n}\n")))
        .isEqualTo("bundle.parse shop.json:1:1");
    assertThat(unusable(good.substring(0, good.indexOf(",\"evidence\"")) + "}")).isEqualTo("bundle.parse shop.json:1:1");
    assertThat(unusable(good.replace("\"source\":\"shop\"", "\"source\":\"billing\"")))
        .isEqualTo("bundle.source manifests/sources.yaml:3:5");
    // an item with a field of the wrong type is named at the line it starts on
    String[] lines = good.split("\n", -1);
    int routeLine = 0;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].contains("\"type\":\"route\"")) {
        lines[i] = lines[i].replace("\"method\":\"GET\"", "\"method\":7");
        routeLine = i + 1;
        break;
      }
    }
    EvidenceBundle.Read read = EvidenceBundle.read(bytes(String.join("\n", lines)), "shop.json", SOURCE, "apps/shop/",
        ENGINE);
    assertThat(read.collected()).isEmpty();
    String expected = "shop.json:" + routeLine + ":2";
    assertThat(read.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("bundle.parse");
      assertThat(f.location().toString()).isEqualTo(expected);
      assertThat(f.message()).contains("'method' must be a string");
    });
    assertThat(unusable(good.replaceFirst("\"type\":\"route\"", "\"type\":\"rocket\"")))
        .startsWith("bundle.parse shop.json:");
  }

  @Test
  void aFileThatIsNoBundleIsNeverQuotedInTheFinding() {
    EvidenceBundle.Read read = EvidenceBundle.read(bytes("token=ghp_SECRETabc123XYZ\n"), "notes.txt", SOURCE,
        "apps/shop/", ENGINE);
    assertThat(read.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("bundle.parse");
      assertThat(f.message() + f.hint()).doesNotContain("ghp_").doesNotContain("SECRET");
    });
  }

  @Test
  void aBundleWithEveryItemMalformedNamesTwentyAndCountsTheRest() {
    List<Evidence> many = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      many.add(new Evidence.Route("GET", "/r/" + i, "fastapi", at("api.py", i + 1, 1)));
    }
    String bundle = EvidenceBundle.write(collected(many, List.of()), SOURCE, "apps/shop/", "apps/shop/", ENGINE)
        .replace("\"method\":\"GET\"", "\"method\":1");

    EvidenceBundle.Read read = EvidenceBundle.read(bytes(bundle), "shop.json", SOURCE, "apps/shop/", ENGINE);

    assertThat(read.collected()).isEmpty();
    assertThat(read.findings()).hasSize(21).allSatisfy(f -> assertThat(f.ruleId()).isEqualTo("bundle.parse"));
    assertThat(read.findings().get(20).message()).contains("only the first 20 are named");
  }

  private static String unusable(String text) {
    EvidenceBundle.Read read = EvidenceBundle.read(bytes(text), "shop.json", SOURCE, "apps/shop/", ENGINE);
    assertThat(read.collected()).isEmpty();
    assertThat(read.findings()).hasSize(1);
    Finding finding = read.findings().get(0);
    assertThat(finding.isError()).isTrue();
    return finding.ruleId() + " " + finding.location();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
