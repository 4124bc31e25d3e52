package io.truthbook.rules;

import io.truthbook.model.CheckResult;
import io.truthbook.model.Finding;
import io.truthbook.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Raises or lowers the severity of a rule or a family of rules, Checkstyle style:
 * {@code drift.*=warning}, {@code domain.unserved=error}. The most specific (longest) pattern wins.
 */
public final class SeverityOverrides {
  private record Override(String pattern, Severity severity) {
    boolean matches(String rule) {
      return pattern.endsWith("*") ? rule.startsWith(pattern.substring(0, pattern.length() - 1)) : rule.equals(pattern);
    }
  }

  private final List<Override> overrides;

  private SeverityOverrides(List<Override> overrides) {
    this.overrides = List.copyOf(overrides);
  }

  /** Parses {@code RULE=LEVEL} items; a malformed one is an {@link IllegalArgumentException} with the reason. */
  public static SeverityOverrides parse(List<String> items) {
    List<Override> overrides = new ArrayList<>();
    for (String item : items) {
      int equals = item.indexOf('=');
      if (equals <= 0) {
        throw new IllegalArgumentException("'" + item + "' is not RULE=LEVEL (e.g. drift.*=warning)");
      }
      String level = item.substring(equals + 1).trim().toUpperCase(Locale.ROOT);
      Severity severity;
      try {
        severity = Severity.valueOf(level);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("'" + item + "': level must be error, warning or note", e);
      }
      overrides.add(new Override(item.substring(0, equals).trim(), severity));
    }
    return new SeverityOverrides(overrides);
  }

  public CheckResult apply(CheckResult result) {
    if (overrides.isEmpty()) {
      return result;
    }
    List<Finding> findings = result.findings().stream().map(f -> severityFor(f.ruleId())
        .map(s -> new Finding(f.ruleId(), s, f.location(), f.message(), f.hint())).orElse(f)).toList();
    return new CheckResult(findings, result.sources(), result.manifestCount(), result.freshness(), result.stageNanos());
  }

  private Optional<Severity> severityFor(String rule) {
    return overrides.stream().filter(o -> o.matches(rule))
        .max(java.util.Comparator.comparingInt((Override o) -> o.pattern().length()))
        .map(Override::severity);
  }
}
