package io.truthbook.evidence.topology;

import io.truthbook.evidence.Evidence.ServiceSpec;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The whole-repository step for compose: the files of one folder are one project, and a service
 * defined in several of them (docker-compose.yml, then docker-compose.gpu.yml) is one service. Files
 * apply base first ({@code compose.y*ml}, {@code docker-compose.y*ml}), then the others in file-name
 * order, as {@code docker compose -f base -f override} would be written. Later files add ports and
 * volumes (a volume on the same target replaces the earlier one), may set GPUs, the node hint and
 * profiles; the merged service keeps the location of its first definition.
 */
public final class ComposeProject {
  private static final Comparator<ServiceSpec> APPLY_ORDER =
      Comparator.comparingInt((ServiceSpec spec) -> isBase(spec.at().file()) ? 0 : 1)
          .thenComparing(spec -> fileName(spec.at().file()))
          .thenComparing(ServiceSpec::at);

  private ComposeProject() {}

  /**
   * Merges compose services of the same name in the same folder; other evidence passes through.
   * The result is sorted by location, then name.
   */
  public static List<ServiceSpec> merge(List<ServiceSpec> specs) {
    Map<String, List<ServiceSpec>> byService = new LinkedHashMap<>();
    List<ServiceSpec> merged = new ArrayList<>();
    for (ServiceSpec spec : specs) {
      if (spec.source().startsWith(ComposeExtractor.SOURCE)) {
        byService.computeIfAbsent(folder(spec.at().file()) + '\0' + spec.name(), key -> new ArrayList<>()).add(spec);
      } else {
        merged.add(spec);
      }
    }
    for (List<ServiceSpec> definitions : byService.values()) {
      definitions.sort(APPLY_ORDER);
      ServiceSpec service = definitions.get(0);
      for (ServiceSpec override : definitions.subList(1, definitions.size())) {
        service = apply(service, override);
      }
      merged.add(service);
    }
    merged.sort(Comparator.comparing(ServiceSpec::at).thenComparing(ServiceSpec::name));
    return List.copyOf(merged);
  }

  private static ServiceSpec apply(ServiceSpec base, ServiceSpec override) {
    Set<Integer> ports = new LinkedHashSet<>(base.ports());
    ports.addAll(override.ports());
    Map<String, String> volumes = new LinkedHashMap<>();
    for (String volume : base.volumes()) {
      volumes.put(target(volume), volume);
    }
    for (String volume : override.volumes()) {
      volumes.put(target(volume), volume);
    }
    Set<String> profiles = new LinkedHashSet<>(ComposeExtractor.profilesOf(base));
    profiles.addAll(ComposeExtractor.profilesOf(override));
    return new ServiceSpec(base.name(), List.copyOf(ports),
        override.gpus() != 0 ? override.gpus() : base.gpus(),
        List.copyOf(volumes.values()),
        override.nodeHint().isPresent() ? override.nodeHint() : base.nodeHint(),
        ComposeExtractor.source(List.copyOf(profiles)), base.at(), override.gpus() != 0 ? override.gpusAt() : base.gpusAt());
  }

  private static String target(String volume) {
    // "source:target"; a Windows source ("C:\x") has its own colon, the target never does
    return volume.substring(volume.lastIndexOf(':') + 1);
  }

  private static boolean isBase(String path) {
    String name = fileName(path);
    return name.matches("(?:docker-)?compose\\.ya?ml");
  }

  private static String folder(String path) {
    return path.substring(0, path.lastIndexOf('/') + 1);
  }

  private static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }
}
