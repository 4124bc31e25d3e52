package io.truthbook.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.truthbook.model.CheckResult;
import io.truthbook.model.FileOrigin;
import io.truthbook.model.Finding;
import io.truthbook.model.PdfReference;
import io.truthbook.model.Location;
import io.truthbook.model.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolicyTest {
  @TempDir Path temp;

  private static final Finding UNMAPPED = Finding.error("drift.table.unmapped",
      Location.of("app:db/V1.sql", 3, 1), "table 'x' is created here but no domain maps it", "map it");
  private static final Finding TYPO = Finding.error("ref.unknown", Location.of("manifests/domains.yaml", 17, 12),
      "owner 'sayn' is not defined", "fix it");

  private static CheckResult result(Finding... findings) {
    return new CheckResult(List.of(findings), Map.of("manifests/domains.yaml", List.of("a")), 11, List.of(), Map.of(),
        List.of(new FileOrigin("", FileOrigin.TRUTH, "docs/truth/", Optional.empty()),
            new FileOrigin("app:", "app", "", Optional.of("https://example.com/acme/app.git"))), 0);
  }

  @Test
  void reportsNameFilesFromTheRootOfTheirRepository() {
    CheckResult reported = new ReportPaths(Map.of()).apply(result(UNMAPPED, TYPO));
    assertThat(reported.findings()).extracting(f -> f.location().file())
        .containsExactlyInAnyOrder("docs/truth/manifests/domains.yaml", "app:db/V1.sql");
    assertThat(reported.sources()).containsOnlyKeys("docs/truth/manifests/domains.yaml");
    assertThat(reported.originOf("app:db/V1.sql")).get().satisfies(o -> assertThat(o.foreign()).isTrue());
    assertThat(reported.originOf("docs/truth/manifests/domains.yaml")).isEmpty();
  }

  @Test
  void checkoutsPlaceEachRepositoryInTheWorkspace() {
    // CI of the product: the product is the workspace, the truth checked out beside it in truth/
    CheckResult reported = new ReportPaths(Map.of("app", ".", "truth", "truth")).apply(result(UNMAPPED, TYPO));
    assertThat(reported.findings()).extracting(f -> f.location().file())
        .containsExactlyInAnyOrder("db/V1.sql", "truth/docs/truth/manifests/domains.yaml");
    assertThat(reported.origins()).isEmpty();
    // only the product mapped: the truth becomes the foreign one
    assertThat(new ReportPaths(Map.of("app", ".")).apply(result(TYPO)).findings().get(0).location().file())
        .isEqualTo("truth:docs/truth/manifests/domains.yaml");
  }

  @Test
  void aBaselineSetsAsideEachRecordedFindingOnceAndNotesTheFixedOnes() {
    String text = Baseline.write(result(UNMAPPED, TYPO));
    assertThat(text).isEqualTo(Baseline.write(result(TYPO, UNMAPPED))).contains("\"rule\": \"ref.unknown\"");
    Baseline baseline = Baseline.parse("truthbook-baseline.json", text);
    assertThat(baseline.entries()).hasSize(2);

    Finding moved = new Finding(TYPO.ruleId(), TYPO.severity(), Location.of(TYPO.location().file(), 40, 12),
        TYPO.message(), TYPO.hint());
    Finding again = Finding.error("ref.unknown", Location.of("manifests/domains.yaml", 90, 12),
        "owner 'sayn' is not defined", "fix it");
    CheckResult applied = baseline.apply(result(moved, again));
    assertThat(applied.baselined()).isEqualTo(1);
    assertThat(applied.findings()).extracting(f -> f.ruleId() + "@" + f.location().line() + " " + f.severity())
        .containsExactlyInAnyOrder("ref.unknown@90 ERROR", "baseline.fixed@" + baseline.entries().stream()
            .filter(e -> e.rule().equals("drift.table.unmapped")).findFirst().orElseThrow().line() + " NOTE");
    assertThat(applied.passed()).isFalse();
  }

  @Test
  void aBaselineKeepsEveryMessageAsWritten() {
    Finding odd = Finding.error("ref.unknown", Location.of("manifests/a.yaml", 1, 1), "owner \"x\": a,\"b\" \\ \n", "h");
    Baseline baseline = Baseline.parse("b.json", Baseline.write(result(odd)));
    assertThat(baseline.entries()).singleElement().satisfies(e -> {
      assertThat(e.message()).isEqualTo(odd.message());
      assertThat(e.fingerprint()).isEqualTo(odd.fingerprint());
    });
  }

  @Test
  void aFileThatIsNotABaselineSaysWhereAndWhatToDo() {
    assertThatThrownBy(() -> Baseline.parse("b.json", "{\n  \"findings\": [\n    {\"rule\": \"x\"}\n  ]\n}\n"))
        .hasMessageStartingWith("b.json:").hasMessageContaining("fingerprint").hasMessageContaining("truthbook baseline");
    assertThatThrownBy(() -> Baseline.parse("b.json", "{\"findings\": [")).hasMessageStartingWith("b.json:1:")
        .hasMessageContaining("not valid JSON");
  }

  @Test
  void theConfigurationIsReadWithLocationsAndValidatedByItsSchema() throws Exception {
    Files.writeString(temp.resolve("truthbook.yaml"), """
        severity:
          drift.*: warning
        baseline: accepted.json
        reports:
          - format: sarif
            out: target/truthbook.sarif
        paths:
          truth: docs
        site: https://acme.example/truth/
        """);
    Config.Loaded loaded = Config.load(temp, Optional.empty());
    assertThat(loaded.findings()).isEmpty();
    Config config = loaded.config();
    assertThat(config.severities()).containsExactly("drift.*=warning");
    assertThat(config.baseline()).contains(temp.resolve("accepted.json"));
    assertThat(config.reports()).singleElement().satisfies(r -> {
      assertThat(r.format()).isEqualTo("sarif");
      assertThat(r.out()).contains(temp.resolve("target/truthbook.sarif"));
    });
    assertThat(config.paths()).containsEntry("truth", "docs");
    assertThat(config.site()).contains("https://acme.example/truth/");

    Files.writeString(temp.resolve("truthbook.yaml"), "severity:\n  drift.*: loud\nsevertiy: {}\n");
    assertThat(Config.load(temp, Optional.empty()).findings()).extracting(f -> f.ruleId() + " " + f.location())
        .containsExactlyInAnyOrder("config.enum " + temp.resolve("truthbook.yaml").toString().replace('\\', '/')
            + ":2:12", "config.additionalProperties " + temp.resolve("truthbook.yaml").toString().replace('\\', '/')
            + ":3:1");
    assertThat(Config.load(temp, Optional.of(temp.resolve("nope.yaml"))).findings())
        .extracting(Finding::ruleId).containsExactly("config.missing");
    Files.writeString(temp.resolve("truthbook.yaml"), "# nothing configured yet\n");
    assertThat(Config.load(temp, Optional.empty())).satisfies(l -> {
      assertThat(l.findings()).isEmpty();
      assertThat(l.config().severities()).isEmpty();
    });
  }

  @Test
  void thePdfIsTheWholeBookUnlessTheConfigurationLinksTheReference() throws Exception {
    assertThat(Config.none().pdfReference()).isEqualTo(PdfReference.INCLUDED);
    Files.writeString(temp.resolve("truthbook.yaml"), "pdf: {}\n");
    assertThat(Config.load(temp, Optional.empty()).config().pdfReference()).isEqualTo(PdfReference.INCLUDED);
    Files.writeString(temp.resolve("truthbook.yaml"), "pdf:\n  reference: linked\n");
    assertThat(Config.load(temp, Optional.empty()).config().pdfReference()).isEqualTo(PdfReference.LINKED);
    Files.writeString(temp.resolve("truthbook.yaml"), "pdf:\n  reference: none\n  fonts: core\n");
    String file = temp.resolve("truthbook.yaml").toString().replace('\\', '/');
    assertThat(Config.load(temp, Optional.empty()).findings()).extracting(f -> f.ruleId() + " " + f.location())
        .containsExactlyInAnyOrder("config.enum " + file + ":2:14", "config.additionalProperties " + file + ":3:3");
  }

  @Test
  void thePolicyAppliesSeveritiesThenTheBaselineThenPaths() throws Exception {
    Files.writeString(temp.resolve("truthbook.yaml"), "severity:\n  ref.*: warning\n");
    Config config = Config.load(temp, Optional.empty()).config();
    Files.writeString(temp.resolve(Baseline.FILE), Baseline.write(result(UNMAPPED)));
    CheckResult applied = Policy.of(temp, config, List.of(), true).apply(result(UNMAPPED, TYPO));
    assertThat(applied.findings()).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.WARNING);
      assertThat(f.location().file()).isEqualTo("docs/truth/manifests/domains.yaml");
    });
    assertThat(applied.baselined()).isEqualTo(1);
    assertThat(Policy.of(temp, config, List.of(), false).apply(result(UNMAPPED, TYPO)).findings()).hasSize(2);
  }
}
