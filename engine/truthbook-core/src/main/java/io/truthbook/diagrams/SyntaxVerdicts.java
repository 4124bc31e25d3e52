package io.truthbook.diagrams;

import io.truthbook.disk.ContentCache;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * PlantUML's verdict on a hand-written diagram, cached by content: the key is the SHA-256 of the
 * PlantUML version and the diagram's text (includes inlined), the value {@code ok} or the error's line
 * and message, one file each under {@value #FOLDER} of the truth's root. A {@code check} whose diagrams
 * did not change never starts PlantUML. A cache that cannot be read or written (a read-only checkout)
 * is not used: PlantUML is asked, as without one.
 */
final class SyntaxVerdicts {
  static final String FOLDER = "target/diagram-cache/syntax";
  private static final String OK = "ok";
  private static final String ERROR = "error";

  private SyntaxVerdicts() {}

  static Optional<SyntaxError> check(Path root, String source) {
    ContentCache cache = ContentCache.in(root.resolve(FOLDER));
    String key = ContentCache.key(SandboxedPlantUml.version(), source);
    Optional<Optional<SyntaxError>> cached = cache.read(key).flatMap(SyntaxVerdicts::parse);
    if (cached.isPresent()) {
      return cached.get();
    }
    Optional<SyntaxError> verdict = SandboxedPlantUml.check(source);
    cache.write(key, verdict.map(e -> ERROR + "\n" + e.line() + "\n" + e.message().replaceAll("[\\r\\n]+", " ") + "\n")
        .orElse(OK + "\n"));
    return verdict;
  }

  /** The verdict an entry states, or empty when it is not one (corrupt, foreign): then PlantUML is asked. */
  private static Optional<Optional<SyntaxError>> parse(String entry) {
    List<String> lines = entry.lines().toList();
    if (lines.size() == 1 && lines.get(0).equals(OK)) {
      return Optional.of(Optional.empty());
    }
    if (lines.size() == 3 && lines.get(0).equals(ERROR)) {
      try {
        return Optional.of(Optional.of(new SyntaxError(Integer.parseInt(lines.get(1)), lines.get(2))));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
