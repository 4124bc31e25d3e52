package io.truthbook.evidence.topology;

import io.truthbook.evidence.Evidence;
import io.truthbook.evidence.Evidence.ServiceSpec;
import io.truthbook.evidence.Extractor;
import io.truthbook.evidence.RepositoryPaths;
import io.truthbook.evidence.SourceFile;
import io.truthbook.evidence.compose.ComposeVariables;
import io.truthbook.evidence.yaml.YamlDocuments;
import io.truthbook.yaml.YamlNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the services of a Docker Compose file: container ports, GPUs requested, volumes and the
 * node a placement constraint pins them to, each at the line of the service's name. Anchors,
 * {@code <<} merge keys and {@code x-} extension fields are resolved as compose resolves them;
 * {@code ${VAR:-default}} reads as its default. A service that belongs to profiles still counts (it
 * runs when the profile is on) and says so in its source: {@code compose[profiles=gpu,debug]},
 * otherwise {@code compose}. Files of one project merge with {@link ComposeProject#merge}.
 */
public final class ComposeExtractor implements Extractor {

  /** The GPU count of a service that asks for every GPU of its node ({@code count: all}). */
  public static final int ALL_GPUS = -1;

  static final String SOURCE = "compose";
  private static final String PROFILES = SOURCE + "[profiles=";
  private static final Pattern FILE_NAME = Pattern.compile("(?:docker-compose|compose)[^/]*\\.ya?ml");

  @Override
  public String name() {
    return SOURCE;
  }

  @Override
  public boolean supports(String path) {
    return FILE_NAME.matcher(path.substring(path.lastIndexOf('/') + 1)).matches();
  }

  @Override
  public Result extract(SourceFile file) {
    YamlDocuments yaml = YamlDocuments.read(file);
    List<ExtractionProblem> problems = new ArrayList<>(yaml.problems());
    if (yaml.documents().isEmpty()) {
      return new Result(List.of(), problems);
    }
    List<Evidence> found = services(yaml.documents().get(0), RepositoryPaths.folderOf(file.path()), problems);
    if (yaml.documents().size() > 1) {
      problems.add(new ExtractionProblem(yaml.documents().get(1).at(),
          "a compose file is one YAML document; the documents after the first are not read"));
    }
    return new Result(found, problems);
  }

  private static List<Evidence> services(YamlNode root, String folder, List<ExtractionProblem> problems) {
    Optional<YamlNode> services = root.get("services");
    if (!(root instanceof YamlNode.Mapping) && !isNull(root)) {
      problems.add(new ExtractionProblem(root.at(), "expected a mapping with 'services' at the top of a compose file"));
    }
    if (services.isEmpty() || isNull(services.get())) {
      return List.of();
    }
    if (!(services.get() instanceof YamlNode.Mapping)) {
      problems.add(new ExtractionProblem(services.get().at(),
          "expected 'services' to map service names to their definitions"));
      return List.of();
    }
    ComposeVolumes volumes = new ComposeVolumes(root.get("volumes"));
    List<Evidence> found = new ArrayList<>();
    for (YamlNode.Entry entry : services.get().entries().values()) {
      YamlNode service = entry.value();
      if (!(service instanceof YamlNode.Mapping)) {
        problems.add(new ExtractionProblem(entry.keyAt(), "expected service '" + entry.key()
            + "' to be a mapping (image, ports, ...); it is not read"));
        continue;
      }
      ComposeFiles.unread(service, folder, problems);
      found.add(new ServiceSpec(entry.key(),
          ComposePorts.read(service.get("ports"), problems),
          ComposeGpus.read(service, problems),
          volumes.read(service.get("volumes"), problems),
          ComposePlacement.nodeHint(service),
          source(profiles(service)),
          entry.keyAt()));
    }
    return found;
  }

  /** The profiles a compose service belongs to, read back from its source; empty when it always runs. */
  public static List<String> profilesOf(ServiceSpec spec) {
    String source = spec.source();
    if (!source.startsWith(PROFILES) || !source.endsWith("]")) {
      return List.of();
    }
    return List.of(source.substring(PROFILES.length(), source.length() - 1).split(","));
  }

  private static List<String> profiles(YamlNode service) {
    return service.get("profiles").map(YamlNode::items).orElse(List.of()).stream()
        .flatMap(profile -> profile.text().stream())
        .map(ComposeVariables::withDefaults)
        .filter(profile -> !profile.isBlank())
        .toList();
  }

  static String source(List<String> profiles) {
    return profiles.isEmpty() ? SOURCE : PROFILES + String.join(",", profiles) + "]";
  }

  private static boolean isNull(YamlNode value) {
    return value instanceof YamlNode.Scalar scalar && scalar.isNull();
  }
}
