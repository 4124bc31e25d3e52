package io.truthbook.evidence.ingress;

import io.truthbook.evidence.Extractor.ExtractionProblem;
import io.truthbook.evidence.compose.ComposeVariables;
import io.truthbook.model.Location;
import io.truthbook.yaml.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the labels of every service of a compose document: {@code labels} and, for swarm stacks,
 * {@code deploy.labels}, written as a list ({@code - "k=v"}) or a map ({@code k: v}). Values are
 * interpolated as compose would; a variable without a default is kept and reported.
 */
final class ComposeLabels {
  private final List<ComposeLabel> labels = new ArrayList<>();
  private final List<ExtractionProblem> problems = new ArrayList<>();

  List<ComposeLabel> labels() {
    return List.copyOf(labels);
  }

  List<ExtractionProblem> problems() {
    return List.copyOf(problems);
  }

  void read(YamlNode document) {
    for (Map.Entry<String, YamlNode.Entry> service : services(document).entrySet()) {
      YamlNode body = service.getValue().value();
      body.get("labels").ifPresent(l -> labels(service.getKey(), l));
      body.get("deploy").flatMap(d -> d.get("labels")).ifPresent(l -> labels(service.getKey(), l));
    }
  }

  /** The services mapping; a file without one is the old (version 1) format, services at the top. */
  private static Map<String, YamlNode.Entry> services(YamlNode document) {
    Optional<YamlNode> services = document.get("services");
    if (services.isPresent()) {
      return services.get().entries();
    }
    Map<String, YamlNode.Entry> top = new LinkedHashMap<>(document.entries());
    top.values().removeIf(e -> e.value().get("image").isEmpty() && e.value().get("build").isEmpty());
    return top;
  }

  private void labels(String service, YamlNode node) {
    for (YamlNode item : node.items()) {
      Optional<String> text = item.text();
      if (text.isEmpty()) {
        continue;
      }
      String interpolated = interpolate(text.get());
      int equals = interpolated.indexOf('=');
      String key = equals < 0 ? interpolated : interpolated.substring(0, equals);
      String value = equals < 0 ? "" : interpolated.substring(equals + 1);
      labels.add(new ComposeLabel(service, key.trim(), value, item.at()));
    }
    for (YamlNode.Entry entry : node.entries().values()) {
      if (entry.value() instanceof YamlNode.Scalar) {
        Location at = entry.keyAt();
        // an empty value ("key:") is the empty label, as compose reads it
        String value = entry.value().text().orElse("");
        labels.add(new ComposeLabel(service, entry.key().trim(), interpolate(value), at));
      }
    }
  }

  /**
   * A variable without a default stays as written: the source may declare its value, which the
   * collector substitutes into the routes (and warns about the ones it does not know).
   */
  private static String interpolate(String text) {
    return ComposeVariables.interpolate(text).text();
  }
}
