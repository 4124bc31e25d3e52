package io.truthbook.rules;

import java.util.Comparator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/** The rules a truth brings of its own (checks that cannot be data), found with {@link ServiceLoader}. */
final class RulePacks {
  private RulePacks() {}

  /**
   * Every registered rule, in class-name order so that findings and {@code explain} are deterministic.
   * A registration that cannot be loaded (a missing class, no public constructor, a constructor that
   * throws) is a {@link RulePackException} naming it.
   */
  static List<Rule> discovered() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    try {
      return ServiceLoader.load(Rule.class, loader == null ? Rule.class.getClassLoader() : loader).stream()
          .map(ServiceLoader.Provider::get)
          .sorted(Comparator.comparing(rule -> rule.getClass().getName()))
          .toList();
    } catch (ServiceConfigurationError e) {
      throw new RulePackException("a rule pack cannot be loaded: " + e.getMessage()
          + (e.getCause() == null ? "" : " (" + e.getCause() + ")"), e);
    }
  }
}
