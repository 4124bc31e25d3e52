package io.truthbook.evidence.topology;

import io.truthbook.evidence.Extractor.ExtractionProblem;
import io.truthbook.evidence.compose.ComposeVariables;
import io.truthbook.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The volumes of a compose service as {@code "source:target"}. Short syntax
 * {@code SOURCE:TARGET[:MODE]} drops the mode; long syntax reads {@code source} and {@code target}.
 * A named volume stays {@code name:target} unless the file's top-level {@code volumes.<name>} binds
 * it to a host path with {@code driver_opts.device}, which is what the disk really is. Anonymous
 * volumes and tmpfs mounts have no source on the host and are left out.
 */
final class ComposeVolumes {
  private final Optional<YamlNode> declared;

  /** {@code declared} is the file's top-level {@code volumes} mapping, if any. */
  ComposeVolumes(Optional<YamlNode> declared) {
    this.declared = declared;
  }

  List<String> read(Optional<YamlNode> volumes, List<ExtractionProblem> problems) {
    List<String> found = new ArrayList<>();
    if (volumes.isEmpty() || volumes.get() instanceof YamlNode.Scalar scalar && scalar.isNull()) {
      return found;
    }
    if (!(volumes.get() instanceof YamlNode.Sequence)) {
      problems.add(new ExtractionProblem(volumes.get().at(),
          "expected 'volumes' to be a list, e.g. [\"/mnt/models:/models:ro\"]; the volumes are not read"));
      return found;
    }
    for (YamlNode item : volumes.get().items()) {
      Optional<String> volume;
      if (item instanceof YamlNode.Mapping) {
        volume = longSyntax(item, problems);
      } else if (item.text().isPresent()) {
        volume = shortSyntax(ComposeVariables.withDefaults(item.text().get()), item, problems);
      } else {
        problems.add(new ExtractionProblem(item.at(),
            "expected a volume like \"/host:/container\" or a mapping with 'source' and 'target'"));
        continue;
      }
      volume.filter(v -> !found.contains(v)).ifPresent(found::add);
    }
    return found;
  }

  private Optional<String> shortSyntax(String text, YamlNode item, List<ExtractionProblem> problems) {
    // a Windows drive letter ("C:\data") carries a colon that does not separate source and target
    int start = text.length() > 2 && Character.isLetter(text.charAt(0)) && text.charAt(1) == ':'
        && (text.charAt(2) == '\\' || text.charAt(2) == '/') ? 2 : 0;
    int colon = text.indexOf(':', start);
    if (colon < 0) {
      return Optional.empty();
    }
    String source = text.substring(0, colon);
    String rest = text.substring(colon + 1);
    int mode = rest.indexOf(':');
    String target = mode < 0 ? rest : rest.substring(0, mode);
    if (source.isEmpty() || target.isEmpty()) {
      problems.add(new ExtractionProblem(item.at(), "expected SOURCE:TARGET in volume '" + text
          + "'; the entry is not read"));
      return Optional.empty();
    }
    return Optional.of(resolve(source) + ":" + target);
  }

  private Optional<String> longSyntax(YamlNode item, List<ExtractionProblem> problems) {
    String type = text(item, "type").orElse("");
    if (type.equals("tmpfs") || type.equals("npipe") || type.equals("image") || type.equals("cluster")) {
      return Optional.empty();
    }
    Optional<String> target = text(item, "target");
    if (target.isEmpty()) {
      problems.add(new ExtractionProblem(item.at(),
          "expected 'target' (the path inside the container) in a long-syntax volume; the entry is not read"));
      return Optional.empty();
    }
    return text(item, "source").map(source -> resolve(source) + ":" + target.get());
  }

  /** A named volume's host device when its declaration binds one, else the source as written. */
  private String resolve(String source) {
    if (isPath(source)) {
      return source;
    }
    return declared.flatMap(volumes -> volumes.path(source, "driver_opts", "device"))
        .flatMap(YamlNode::text)
        .map(ComposeVariables::withDefaults)
        .filter(device -> device.startsWith("/"))
        .orElse(source);
  }

  // compose reads a source as a host path when it looks like one; anything else names a volume
  private static boolean isPath(String source) {
    return source.startsWith("/") || source.startsWith(".") || source.startsWith("~") || source.contains("\\");
  }

  private static Optional<String> text(YamlNode item, String key) {
    return item.get(key).flatMap(YamlNode::text).map(ComposeVariables::withDefaults).filter(t -> !t.isBlank());
  }
}
