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
 * {@code drift.*=warning}, {@code domain.unserved=error}, or switches it off ({@code domain.unserved=off}:
 * its findings are dropped). The most specific (longest) pattern wins; a later item for the same pattern
 * replaces an earlier one, so the command line overrides the configuration file.
 */
public final class SeverityOverrides {
  /** A level of {@link Optional#empty()} switches the rule off. */
  private record Override(String pattern, Optional<Severity> severity) {
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
      Optional<Severity> severity;
      try {
        severity = "OFF".equals(level) ? Optional.empty() : Optional.of(Severity.valueOf(level));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("'" + item + "': level must be error, warning, note or off", e);
      }
      String pattern = item.substring(0, equals).trim();
      if (pattern.isEmpty() || pattern.indexOf('*') >= 0 && pattern.indexOf('*') != pattern.length() - 1) {
        throw new IllegalArgumentException("'" + item + "': name a rule (domain.unserved) or a family ending in"
            + " '*' (drift.*)");
      }
      overrides.removeIf(o -> o.pattern().equals(pattern));
      overrides.add(new Override(pattern, severity));
    }
    return new SeverityOverrides(overrides);
  }

  public CheckResult apply(CheckResult result) {
    if (overrides.isEmpty()) {
      return result;
    }
    List<Finding> findings = new ArrayList<>();
    for (Finding f : result.findings()) {
      Optional<Override> override = overrideFor(f.ruleId());
      if (override.isEmpty()) {
        findings.add(f);
      } else {
        override.get().severity().ifPresent(s -> findings.add(new Finding(f.ruleId(), s, f.location(), f.message(),
            f.hint())));
      }
    }
    return result.with(findings);
  }

  /** Whether the rule is switched off. */
  public boolean off(String rule) {
    return overrideFor(rule).map(o -> o.severity().isEmpty()).orElse(false);
  }

  private Optional<Override> overrideFor(String rule) {
    return overrides.stream().filter(o -> o.matches(rule))
        .max(java.util.Comparator.comparingInt((Override o) -> o.pattern().length()));
  }
}
