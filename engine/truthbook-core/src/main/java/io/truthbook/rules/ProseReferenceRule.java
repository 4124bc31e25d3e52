package io.truthbook.rules;

import io.truthbook.model.RuleInfo;
import io.truthbook.model.EntityKind;
import io.truthbook.model.Finding;
import io.truthbook.model.Location;
import io.truthbook.model.Severity;
import io.truthbook.model.SourceText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Chapters name entities with {@code truth:KIND[id]}; every such name must resolve. */
final class ProseReferenceRule implements Rule {
  /** The inline macro chapters use to name an entity. */
  public static final Pattern MACRO = Pattern.compile("truth:([a-z]+)\\[([^\\]\\n]*)\\]");

  static final RuleInfo KIND = new RuleInfo("prose.kind", Severity.ERROR,
      "a chapter names an unknown kind of entity",
      "The truth:KIND[id] macro links prose to the truth; KIND must be one of the entity kinds.",
      "use one of: " + String.join(", ", Arrays.stream(EntityKind.values()).map(EntityKind::word).toList()));

  @Override
  public List<RuleInfo> reports() {
    return List.of(KIND);
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
}
