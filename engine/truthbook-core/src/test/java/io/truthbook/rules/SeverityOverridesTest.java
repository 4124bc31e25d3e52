package io.truthbook.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.truthbook.model.CheckResult;
import io.truthbook.model.Finding;
import io.truthbook.model.Location;
import io.truthbook.model.Severity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SeverityOverridesTest {
  private static final CheckResult RESULT = new CheckResult(List.of(
      Finding.error("drift.table.unmapped", Location.of("a.sql", 1, 1), "m", "h"),
      Finding.error("drift.route.missing", Location.of("r.yaml", 2, 1), "m", "h"),
      Finding.warning("domain.unserved", Location.of("d.yaml", 3, 1), "m", "h")), Map.of(), 3);

  @Test
  void familyPatternLowersAndTheMostSpecificPatternWins() {
    CheckResult result = SeverityOverrides.parse(List.of("drift.*=warning", "drift.route.missing=error",
        "domain.unserved=error")).apply(RESULT);
    assertThat(result.findings()).extracting(f -> f.ruleId() + " " + f.severity()).containsExactly(
        "drift.table.unmapped WARNING", "domain.unserved ERROR", "drift.route.missing ERROR");
    assertThat(result.errors()).isEqualTo(2);
  }

  @Test
  void malformedOverridesSayWhy() {
    assertThatThrownBy(() -> SeverityOverrides.parse(List.of("drift.*"))).hasMessageContaining("RULE=LEVEL");
    assertThatThrownBy(() -> SeverityOverrides.parse(List.of("drift.*=fatal"))).hasMessageContaining("error, warning, note or off");
    assertThatThrownBy(() -> SeverityOverrides.parse(List.of("dr*ft=warning"))).hasMessageContaining("ending in '*'");
    assertThat(SeverityOverrides.parse(List.of()).apply(RESULT).findings()).extracting(Finding::severity)
        .containsExactly(Severity.ERROR, Severity.WARNING, Severity.ERROR);
  }

  @Test
  void offDropsTheRuleAndALaterItemForTheSamePatternWins() {
    SeverityOverrides overrides = SeverityOverrides.parse(List.of("drift.*=off", "drift.route.missing=error",
        "domain.unserved=off", "domain.unserved=warning"));
    assertThat(overrides.apply(RESULT).findings()).extracting(f -> f.ruleId() + " " + f.severity())
        .containsExactly("domain.unserved WARNING", "drift.route.missing ERROR");
    assertThat(overrides.off("drift.table.unmapped")).isTrue();
    assertThat(overrides.off("drift.route.missing")).isFalse();
  }
}
