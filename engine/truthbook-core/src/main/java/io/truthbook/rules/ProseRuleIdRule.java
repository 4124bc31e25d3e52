package io.truthbook.rules;

import io.truthbook.model.Finding;
import io.truthbook.model.Location;
import io.truthbook.model.ProseFact;
import io.truthbook.model.RuleInfo;
import io.truthbook.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A chapter that names a rule in code style ({@code `table.prefix`}) must name one the tool has: a
 * misspelt id tells the reader to watch for a finding that never comes. Text in code style is taken
 * for a rule id when it is shaped like one and its family (the part before the first dot) is a family
 * of rules, so file names such as {@code `book.yaml`} are left alone. A {@code truth:rule[id]} macro must
 * name a rule whatever its shape.
 */
final class ProseRuleIdRule implements Rule {
  /** Text in code style: between single backticks, optionally constrained ({@code `+...+`} is left out). */
  static final Pattern CODE = Pattern.compile("(?<![`\\\\])`([^`+\\s][^`]*)`");
  /** A hierarchical rule id, or a family of them ({@code drift.*}). */
  private static final Pattern RULE_LIKE = Pattern.compile(
      "[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)*(\\.\\*|\\.[a-z0-9][a-z0-9-]*)");
  /** Last parts that make a dotted name a file name rather than a rule id. */
  private static final Set<String> FILE_ENDINGS = Set.of("yaml", "yml", "adoc", "csv", "json", "sql", "py", "md",
      "txt", "java", "xml", "html", "pdf", "conf", "sh", "jar", "puml", "svg", "png", "toml", "ini", "js", "ts");

  static final RuleInfo UNKNOWN = new RuleInfo("prose.rule-unknown", Severity.ERROR,
      "a chapter names a rule that does not exist",
      "A rule id in code style tells the reader which finding to watch for; an id the tool does not have"
          + " (a typo, or a rule that was renamed) is watched by nothing.",
      "use a rule id from 'truthbook explain --list'");

  private final KnownRuleIds known;
  private final Set<String> families;

  ProseRuleIdRule(Set<String> known) {
    this.known = new KnownRuleIds(known);
    this.families = known.stream().map(id -> id.substring(0, Math.max(0, id.indexOf('.'))))
        .filter(f -> !f.isEmpty()).collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public List<RuleInfo> reports() {
    return List.of(UNKNOWN);
  }

  @Override
  public List<Finding> check(TruthIndex index) {
    List<Finding> findings = new ArrayList<>();
    ProseLines.each(index.chapters(), (chapter, line, text) -> {
      Matcher code = CODE.matcher(text);
      while (code.find()) {
        String id = code.group(1);
        if (RULE_LIKE.matcher(id).matches() && families.contains(id.substring(0, id.indexOf('.')))
            && !FILE_ENDINGS.contains(id.substring(id.lastIndexOf('.') + 1)) && !isRule(id)) {
          findings.add(unknown(id, Location.of(chapter.file(), line, code.start(1) + 1)));
        }
      }
      Matcher macro = ProseReferenceRule.MACRO.matcher(text);
      while (macro.find()) {
        String id = macro.group(2).trim();
        if (macro.group(1).equals(ProseFact.RULE.word()) && !isRule(id)) {
          findings.add(unknown(id, Location.of(chapter.file(), line, macro.start() + 1)));
        }
      }
    });
    return findings;
  }

  private Finding unknown(String id, Location at) {
    return Finding.error(UNKNOWN.id(), at, "'" + id + "' is not a rule of this tool" + known.didYouMean(id),
        UNKNOWN.fix());
  }

  /** A rule id the tool has, a schema keyword's rule, or a family some rule belongs to. */
  private boolean isRule(String id) {
    return known.has(id) || id.endsWith(".*") && known.anyStartsWith(id.substring(0, id.length() - 1));
  }
}
