package io.truthbook.evidence.topology;

import io.truthbook.evidence.Extractor.ExtractionProblem;
import io.truthbook.evidence.RepositoryPaths;
import io.truthbook.evidence.compose.ComposeVariables;
import io.truthbook.model.Severity;
import io.truthbook.yaml.YamlNode;
import java.util.List;
import java.util.Optional;

/**
 * The files a compose service names besides itself: {@code env_file} and {@code extends.file}. Those
 * outside the repository (an absolute path, or one climbing above it) are never read; compose reads
 * them, so what they set is unknown here, and that is said at their line.
 */
final class ComposeFiles {
  private ComposeFiles() {}

  /** Warns, at its line, of each named file outside the repository; {@code folder} is the compose file's. */
  static void unread(YamlNode service, String folder, List<ExtractionProblem> problems) {
    Optional<YamlNode> envFile = service.get("env_file");
    List<YamlNode> envFiles = envFile.map(e -> e instanceof YamlNode.Sequence ? e.items() : List.of(e))
        .orElse(List.of());
    for (YamlNode item : envFiles) {
      item.text().or(() -> item.text("path")).ifPresent(path -> check("env_file", path, item, folder, problems));
    }
    service.get("extends").flatMap(e -> e.get("file"))
        .ifPresent(file -> file.text().ifPresent(path -> check("extends", path, file, folder, problems)));
  }

  private static void check(String key, String written, YamlNode at, String folder, List<ExtractionProblem> problems) {
    String path = ComposeVariables.withDefaults(written).strip();
    if (!RepositoryPaths.outside(folder, path)) {
      return;
    }
    problems.add(ExtractionProblem.unread(at.at(), "evidence.unread", Severity.WARNING,
        key + " '" + written + "' is outside the repository; compose reads it, this scan never does, so what it"
            + " sets is not checked",
        "commit the file into the repository and name it by a relative path"));
  }
}
