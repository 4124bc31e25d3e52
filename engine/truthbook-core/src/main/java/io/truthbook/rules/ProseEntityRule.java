package io.truthbook.rules;

import io.truthbook.model.Domain;
import io.truthbook.model.Finding;
import io.truthbook.model.Location;
import io.truthbook.model.RuleInfo;
import io.truthbook.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chapter that names an entity in code style ({@code `sales_ordr`}) must name one the truth has: a
 * misspelt or removed id sends the reader looking for a table, service or family that is not there.
 * Text in code style is taken for an entity id when it is shaped like one (lower-case words joined by
 * {@code _} or {@code -}), is no id, legacy table, column, view, gate criterion or claimed value the
 * truth knows, and either is close
 * to one (a typo: did-you-mean) or carries a domain's table prefix (a table the domain lacks). Other
 * code-style text (file names, commands, values) is left alone.
 */
final class ProseEntityRule implements Rule {
  private static final Pattern ID_LIKE = Pattern.compile("[a-z][a-z0-9]*([_-][a-z0-9]+)+");

  static final RuleInfo UNKNOWN = new RuleInfo("prose.entity-unknown", Severity.ERROR,
      "a chapter names, in code style, an entity the truth lacks",
      "An id in code style reads as a name the truth defines; one it lacks (a typo, or an entity that was"
          + " renamed or removed) tells the reader about something that is not there.",
      "fix the spelling (the message suggests the closest id) and link it with truth:KIND[id], or define the"
          + " entity; text that is not an entity's id needs no code style");

  @Override
  public List<RuleInfo> reports() {
    return List.of(UNKNOWN);
  }

  @Override
  public List<Finding> check(TruthIndex index) {
    Set<String> known = new TreeSet<>(index.allIds());
    Set<String> prefixes = new TreeSet<>();
    for (Domain domain : index.truth().domains()) {
      domain.legacy().forEach(l -> known.add(l.table()));
      domain.views().forEach(v -> known.add(v.name()));
      domain.tables().forEach(t -> t.columns().forEach(c -> known.add(c.name())));
      domain.prefix().ifPresent(prefixes::add);
    }
    // names a chapter may quote without the truth defining them: what older documents claimed, and gate criteria
    index.truth().claims().forEach(c -> {
      known.add(c.subjectId());
      c.expects().ifPresent(e -> known.add(e.value()));
    });
    index.truth().gates().forEach(g -> g.criteria().forEach(c -> known.add(c.id())));
    List<Finding> findings = new ArrayList<>();
    ProseLines.each(index.chapters(), (chapter, line, text) -> {
      Matcher code = ProseRuleIdRule.CODE.matcher(text);
      while (code.find()) {
        String id = code.group(1);
        if (!ID_LIKE.matcher(id).matches() || known.contains(id)) {
          continue;
        }
        Location at = Location.of(chapter.file(), line, code.start(1) + 1);
        Optional<String> closest = Suggestions.closest(id, known);
        Optional<String> prefix = prefixes.stream().filter(id::startsWith).findFirst();
        if (closest.isPresent()) {
          findings.add(Finding.error(UNKNOWN.id(), at, "'" + id + "' is not an id of the truth (did you mean '"
              + closest.get() + "'?)", "change it to '" + closest.get() + "' and link it with truth:KIND["
              + closest.get() + "], or define '" + id + "'"));
        } else if (prefix.isPresent()) {
          findings.add(Finding.error(UNKNOWN.id(), at, "'" + id + "' has the table prefix '" + prefix.get()
              + "' but no domain declares that table", "declare the table in manifests/domains.yaml, or fix the"
              + " name"));
        }
      }
    });
    return findings;
  }
}
