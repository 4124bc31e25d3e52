package io.truthbook.rules;

import java.util.List;
import java.util.Set;

/** The rule ids of the catalogue, for rules that judge a rule id written by hand (risks, chapters). */
final class KnownRuleIds {
  private final Set<String> known;
  /** The ids a misspelt one may be close to: families ({@code schema.*}) are not suggested. */
  private final List<String> suggestible;

  KnownRuleIds(Set<String> known) {
    this.known = Set.copyOf(known);
    this.suggestible = this.known.stream().filter(k -> !k.endsWith("*")).sorted().toList();
  }

  /** True for an id of the catalogue, or one of the ids {@code schema.*} stands for (one per keyword). */
  boolean has(String id) {
    return known.contains(id) || id.matches("schema\\.[a-zA-Z]+");
  }

  /** True when some rule id starts with {@code prefix}. */
  boolean anyStartsWith(String prefix) {
    return known.stream().anyMatch(k -> k.startsWith(prefix));
  }

  /** " (did you mean 'x'?)" for the closest known id, or nothing. */
  String didYouMean(String id) {
    return Suggestions.closest(id, suggestible).map(c -> " (did you mean '" + c + "'?)").orElse("");
  }
}
