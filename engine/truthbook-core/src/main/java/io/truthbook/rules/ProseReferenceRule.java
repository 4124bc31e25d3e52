package io.truthbook.rules;

import io.truthbook.model.RuleInfo;
import io.truthbook.model.EntityKind;
import io.truthbook.model.Finding;
import io.truthbook.model.Location;
import io.truthbook.model.ProseFact;
import io.truthbook.model.Severity;
import io.truthbook.model.SourceText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chapters name entities with {@code truth:KIND[id]} and state facts with {@code truth:FACT[target]}
 * ({@link ProseFact}); every such name must resolve. Rule ids ({@code truth:rule[...]}) are checked
 * against the catalogue by {@link ProseRuleIdRule}.
 */
final class ProseReferenceRule implements Rule {
  /** The inline macro chapters use to name an entity. */
  public static final Pattern MACRO = Pattern.compile("truth:([a-z][a-z-]*)\\[([^\\]\\n]*)\\]");

  static final RuleInfo KIND = new RuleInfo("prose.kind", Severity.ERROR,
      "a chapter names an unknown kind of entity",
      "The truth:KIND[id] macro links prose to the truth; KIND must be one of the entity kinds.",
      "use one of: " + String.join(", ", Arrays.stream(EntityKind.values()).map(EntityKind::word).toList())
          + "; or a fact: " + String.join(", ", Arrays.stream(ProseFact.values()).map(ProseFact::word).toList()));
  static final RuleInfo FACT = new RuleInfo("prose.fact", Severity.ERROR,
      "a chapter's fact macro is not written as the fact asks",
      "truth:FACT[target] renders a value of the truth; each fact names its subject in its own way.",
      "write truth:owner-of[DOMAIN], truth:owner-of[family:FAMILY], truth:reviewers[GATE], truth:status[CLAIM],"
          + " truth:rule[RULE.ID] or truth:count[MEASURE:ID] (" + ProseFact.MEASURES + ")");

  @Override
  public List<RuleInfo> reports() {
    return List.of(KIND, FACT);
  }

  @Override
  public List<Finding> check(TruthIndex index) {
    List<Finding> findings = new ArrayList<>();
    for (SourceText chapter : index.chapters()) {
      for (int line = 0; line < chapter.lines().size(); line++) {
        Matcher macro = MACRO.matcher(chapter.lines().get(line));
        while (macro.find()) {
          Location at = Location.of(chapter.file(), line + 1, macro.start() + 1);
          var kind = EntityKind.byWord(macro.group(1));
          var fact = ProseFact.byWord(macro.group(1));
          if (fact.isPresent()) {
            fact(fact.get(), macro, at, index).ifPresent(findings::add);
            continue;
          }
          if (kind.isEmpty()) {
            findings.add(Finding.error(KIND.id(), at, "unknown entity kind '" + macro.group(1) + "' in "
                + macro.group(), KIND.fix()));
            continue;
          }
          index.unresolved(kind.get(), macro.group(2).trim(), at, kind.get().word())
              .ifPresent(findings::add);
        }
      }
    }
    return findings;
  }

  /** A fact whose target is malformed or names nothing the truth has; rule ids are left to the catalogue. */
  private static java.util.Optional<Finding> fact(ProseFact fact, Matcher macro, Location at, TruthIndex index) {
    if (fact == ProseFact.RULE) {
      return java.util.Optional.empty();
    }
    var subject = fact.subject(macro.group(2));
    if (subject.isEmpty()) {
      return java.util.Optional.of(Finding.error(FACT.id(), at, "'" + macro.group() + "' is not written as "
          + fact.grammar(), FACT.fix()));
    }
    return index.unresolved(subject.get().kind(), subject.get().id(), at, subject.get().kind().word());
  }
}
