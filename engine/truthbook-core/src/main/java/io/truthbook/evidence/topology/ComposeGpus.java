package io.truthbook.evidence.topology;

import io.truthbook.evidence.Extractor.ExtractionProblem;
import io.truthbook.evidence.compose.ComposeVariables;
import io.truthbook.yaml.YamlNode;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The GPUs a compose service requests, from the first of these it states: device reservations
 * ({@code deploy.resources.reservations.devices} with {@code capabilities: [gpu]}, or swarm's
 * {@code generic_resources}), the service-level {@code gpus}, or the legacy {@code runtime: nvidia}
 * with {@code NVIDIA_VISIBLE_DEVICES}. "All GPUs" is {@link ComposeExtractor#ALL_GPUS}.
 */
final class ComposeGpus {
  private ComposeGpus() {}

  static int read(YamlNode service, List<ExtractionProblem> problems) {
    YamlNode reservations = service.path("deploy", "resources", "reservations").orElse(null);
    if (reservations != null) {
      Optional<Integer> devices = devices(reservations.get("devices"), problems);
      Optional<Integer> generic = genericResources(reservations.get("generic_resources"), problems);
      if (devices.isPresent() || generic.isPresent()) {
        return add(devices.orElse(0), generic.orElse(0));
      }
    }
    Optional<YamlNode> gpus = service.get("gpus");
    if (gpus.isPresent()) {
      Optional<String> text = gpus.get().text().map(ComposeVariables::withDefaults);
      if (text.isPresent()) {
        return text.get().equals("all") ? ComposeExtractor.ALL_GPUS : count(gpus.get(), text.get(), problems);
      }
      return devices(gpus, problems).orElse(0);
    }
    boolean nvidiaRuntime = service.get("runtime").flatMap(YamlNode::text)
        .map(ComposeVariables::withDefaults).filter("nvidia"::equals).isPresent();
    return nvidiaRuntime ? visibleDevices(service.get("environment")) : 0;
  }

  /** Sums the GPU device requests of a list; empty when none of its entries asks for a GPU. */
  private static Optional<Integer> devices(Optional<YamlNode> list, List<ExtractionProblem> problems) {
    Optional<Integer> total = Optional.empty();
    for (YamlNode device : list.map(YamlNode::items).orElse(List.of())) {
      if (!isGpu(device)) {
        continue;
      }
      Optional<YamlNode> count = device.get("count");
      Optional<YamlNode> ids = device.get("device_ids");
      int gpus;
      if (count.isPresent() && ids.isPresent()) {
        problems.add(new ExtractionProblem(count.get().at(),
            "a GPU request sets both 'count' and 'device_ids'; compose rejects that, 'count' is read"));
      }
      if (count.isPresent()) {
        String text = count.get().text().map(ComposeVariables::withDefaults).orElse("");
        gpus = text.equals("all") ? ComposeExtractor.ALL_GPUS : count(count.get(), text, problems);
      } else if (ids.isPresent()) {
        gpus = ids.get().items().size();
      } else {
        // compose reserves every matching GPU when neither count nor device_ids is given
        gpus = ComposeExtractor.ALL_GPUS;
      }
      total = Optional.of(add(total.orElse(0), gpus));
    }
    return total;
  }

  private static boolean isGpu(YamlNode device) {
    boolean gpuCapability = device.get("capabilities").map(YamlNode::items).orElse(List.of()).stream()
        .flatMap(c -> c.text().stream())
        .anyMatch("gpu"::equals);
    boolean nvidiaDriver = device.get("driver").flatMap(YamlNode::text).filter("nvidia"::equals).isPresent();
    return gpuCapability || nvidiaDriver;
  }

  private static Optional<Integer> genericResources(Optional<YamlNode> list, List<ExtractionProblem> problems) {
    Optional<Integer> total = Optional.empty();
    for (YamlNode resource : list.map(YamlNode::items).orElse(List.of())) {
      Optional<YamlNode> spec = resource.get("discrete_resource_spec");
      boolean gpu = spec.flatMap(s -> s.get("kind")).flatMap(YamlNode::text)
          .filter(kind -> kind.toLowerCase(Locale.ROOT).contains("gpu")).isPresent();
      Optional<YamlNode> value = spec.flatMap(s -> s.get("value"));
      if (gpu && value.isPresent()) {
        String text = value.get().text().map(ComposeVariables::withDefaults).orElse("");
        total = Optional.of(add(total.orElse(0), count(value.get(), text, problems)));
      }
    }
    return total;
  }

  /** GPUs of the legacy nvidia runtime: one unless NVIDIA_VISIBLE_DEVICES says otherwise. */
  private static int visibleDevices(Optional<YamlNode> environment) {
    Optional<String> visible = environment.flatMap(env -> env.get("NVIDIA_VISIBLE_DEVICES")).flatMap(YamlNode::text);
    if (visible.isEmpty()) {
      visible = environment.map(YamlNode::items).orElse(List.of()).stream()
          .flatMap(item -> item.text().stream())
          .filter(line -> line.startsWith("NVIDIA_VISIBLE_DEVICES="))
          .map(line -> line.substring(line.indexOf('=') + 1))
          .findFirst();
    }
    String value = visible.map(ComposeVariables::withDefaults).map(String::strip).orElse("");
    if (visible.isEmpty()) {
      return 1;
    }
    if (value.equals("all")) {
      return ComposeExtractor.ALL_GPUS;
    }
    if (value.isEmpty() || value.equals("none") || value.equals("void")) {
      return 0;
    }
    return (int) Arrays.stream(value.split(",")).filter(id -> !id.isBlank()).count();
  }

  private static int count(YamlNode at, String text, List<ExtractionProblem> problems) {
    String digits = text.strip();
    if (!digits.isEmpty() && digits.length() <= 6 && digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Integer.parseInt(digits);
    }
    problems.add(new ExtractionProblem(at.at(),
        "expected a GPU count (a whole number or 'all'), found '" + text + "'; read as 0"));
    return 0;
  }

  private static int add(int a, int b) {
    return a == ComposeExtractor.ALL_GPUS || b == ComposeExtractor.ALL_GPUS ? ComposeExtractor.ALL_GPUS : a + b;
  }
}
