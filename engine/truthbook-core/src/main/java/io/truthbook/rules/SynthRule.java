package io.truthbook.rules;

import io.truthbook.model.Finding;
import io.truthbook.model.RuleInfo;
import io.truthbook.model.Severity;
import io.truthbook.synth.BriefPlan;
import io.truthbook.synth.FakeVerdicts;
import java.util.List;

/**
 * The synthetic-data brief can be followed without asking anything: it names only tables and columns
 * the truth declares (did-you-mean), every NOT NULL column of every table it makes has a generator or a
 * derivation, every reference can be satisfied by a row made before it, every generator fits its column,
 * and every persona's locale and ranges are whole. {@code truthbook synth} refuses with these findings.
 */
final class SynthRule implements Rule {
  static final RuleInfo TABLE = info(BriefPlan.TABLE, "the brief names a table it cannot make",
      "The brief makes rows of canonical tables only, each once and with its columns declared.",
      "name a canonical table of the domains manifest that declares its columns");
  static final RuleInfo COLUMN = info(BriefPlan.COLUMN, "the brief names a column the table lacks",
      "A generator for a column the truth does not declare would write a column no load can take.",
      "use a column the truth declares (the message suggests the closest)");
  static final RuleInfo NOT_NULL = info(BriefPlan.NOT_NULL, "a NOT NULL column has no generator or derivation",
      "Keys, foreign keys and defaults are derived; any other NOT NULL column needs a generator, or the rows"
          + " could not be loaded.",
      "add a generator for the column under columns");
  static final RuleInfo REFERENCE = info(BriefPlan.REFERENCE, "a reference of the brief cannot be satisfied",
      "A foreign key, pick, per or after takes a row made before it (in the graph or the pool); a table made"
          + " later, or not at all, leaves the reference dangling.",
      "make rows of the referenced table before the table that references it");
  static final RuleInfo GENERATOR = info(BriefPlan.GENERATOR, "a generator does not fit its column",
      "A generator must make values of the column's type: fake and format make text, number numbers, within"
          + " and after dates and times, oneOf values that parse as the type; a foreign key is derived.",
      "use a generator that fits the column's type");
  static final RuleInfo PERSONA = info(BriefPlan.PERSONA, "a persona of the brief is not whole",
      "Each persona has its own id, a locale the fake-data library has, and ranges for tables of the graph.",
      "fix the persona as the message says");

  private static RuleInfo info(String id, String title, String why, String fix) {
    return new RuleInfo(id, Severity.ERROR, title, why, fix);
  }

  @Override
  public List<RuleInfo> reports() {
    return List.of(TABLE, COLUMN, NOT_NULL, REFERENCE, GENERATOR, PERSONA);
  }

  @Override
  public List<Finding> check(TruthIndex index) {
    return BriefPlan.of(index.truth(), FakeVerdicts.in(index.root())).map(plan -> plan.problems().stream().map(p -> {
      String message = p.message() + p.wrong().flatMap(w -> Suggestions.closest(w, p.known()))
          .map(c -> " (did you mean '" + c + "'?)").orElse("");
      return Finding.error(p.rule(), p.at(), message, p.hint());
    }).toList()).orElse(List.of());
  }
}
