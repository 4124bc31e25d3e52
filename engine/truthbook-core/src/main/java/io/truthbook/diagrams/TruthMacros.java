package io.truthbook.diagrams;

import io.truthbook.model.EntityKind;
import io.truthbook.model.Finding;
import io.truthbook.model.Location;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code truth:KIND[id]} names in a diagram file, the same macro chapters use, usually in a
 * PlantUML comment above the element: {@code ' truth:domain[sales]}.
 */
final class TruthMacros {
  static final String KIND_RULE = "diagram.kind";
  static final Pattern MACRO = Pattern.compile("truth:([a-z]+)\\[([^\\]\\n]*)\\]");

  private TruthMacros() {}

  /** A finding for every macro with an unknown kind or an id the truth does not define. */
  static void check(DiagramFile file, Predicate<EntityRef> exists, Function<EntityRef, Optional<String>> suggest,
      Consumer<Finding> findings) {
    for (int i = 0; i < file.lines().size(); i++) {
      Matcher macro = MACRO.matcher(file.lines().get(i));
      while (macro.find()) {
        Location at = Location.of(file.name(), i + 1, macro.start() + 1);
        Optional<EntityKind> kind = EntityKind.byWord(macro.group(1));
        if (kind.isEmpty()) {
          findings.accept(Finding.error(KIND_RULE, at, "unknown entity kind '" + macro.group(1) + "' in "
              + macro.group(), "use one of: " + kinds()));
          continue;
        }
        EntityRef ref = new EntityRef(kind.get(), macro.group(2).strip(), at);
        if (!exists.test(ref)) {
          findings.accept(unknown(ref, suggest.apply(ref)));
        }
      }
    }
  }

  private static Finding unknown(EntityRef ref, Optional<String> closest) {
    String word = ref.kind().word();
    String message = word + " '" + ref.id() + "' is not defined"
        + closest.map(c -> " (did you mean '" + c + "'?)").orElse("");
    String hint = closest.map(c -> "change it to 'truth:" + word + "[" + c + "]', or define " + word + " '"
            + ref.id() + "'")
        .orElse("define " + word + " '" + ref.id() + "' in a '" + ref.kind().definedIn().id()
            + "' manifest, or fix the name in the diagram");
    return Finding.error("ref.unknown", ref.at(), message, hint);
  }

  static String kinds() {
    return String.join(", ", Arrays.stream(EntityKind.values()).map(EntityKind::word).toList());
  }
}
