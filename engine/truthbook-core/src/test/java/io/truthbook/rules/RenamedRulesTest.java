package io.truthbook.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.Truthbook;
import io.truthbook.fixtures.FixtureTree;
import io.truthbook.load.LoadLimits;
import io.truthbook.model.CheckResult;
import io.truthbook.model.Finding;
import io.truthbook.model.Location;
import io.truthbook.model.RuleInfo;
import io.truthbook.model.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A renamed rule keeps answering to its old id: in risks, in severity overrides and in explain. */
class RenamedRulesTest {
  @TempDir Path temp;

  @Test
  void aRiskNamingTheOldIdIsWatchedUnderTheNewOneWithAWarning() throws Exception {
    Path root = FixtureTree.build(null, temp.resolve("repo"));
    Path risks = root.resolve("manifests/risks.yaml");
    Files.writeString(risks, Files.readString(risks).replace("detectedBy: [route.unmatched]",
        "detectedBy: [oracle.adjacency]"));

    CheckResult result = new Truthbook(root, LoadLimits.DEFAULTS).check();

    assertThat(result.findings()).filteredOn(f -> f.ruleId().equals("risk.detector")).singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.WARNING);
          assertThat(f.message()).contains("'oracle.adjacency', which is now 'domain.adjacency'");
          assertThat(f.location().file()).isEqualTo("manifests/risks.yaml");
        });
    assertThat(result.passed()).isTrue();
  }

  @Test
  void anOverrideOfTheOldIdSetsTheNewRulesSeverity() {
    CheckResult result = new CheckResult(List.of(
        Finding.error("domain.adjacency", Location.of("manifests/domains.yaml", 3, 5), "m", "h")), Map.of(), 1);

    assertThat(SeverityOverrides.parse(List.of("oracle.adjacency=warning")).apply(result).findings())
        .extracting(Finding::severity).containsExactly(Severity.WARNING);
  }

  @Test
  void explainingTheOldIdExplainsTheNewRule() {
    assertThat(Truthbook.rules().explain("oracle.adjacency")).map(RuleInfo::id).contains("domain.adjacency");
    assertThat(Truthbook.rules().explain("oracle.adjacencyy")).isEmpty();
  }
}
