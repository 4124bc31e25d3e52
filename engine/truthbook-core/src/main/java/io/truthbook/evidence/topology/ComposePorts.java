package io.truthbook.evidence.topology;

import io.truthbook.evidence.Extractor.ExtractionProblem;
import io.truthbook.evidence.compose.ComposeVariables;
import io.truthbook.yaml.YamlNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The container ports of a compose service's {@code ports}. Short syntax is
 * {@code [HOST_IP:][HOST_PORT[-END]:]CONTAINER_PORT[-END][/PROTOCOL]}; long syntax is a mapping
 * with {@code target}. The container side is reported because that is what the service listens on;
 * the published side is a fact about the host. Ranges expand; a port listed twice (tcp and udp) is
 * reported once, in first-seen order.
 */
final class ComposePorts {
  // a range this wide is a typo or a port-forwarding trick, not a list anyone documents
  static final int MAX_RANGE = 1024;

  private ComposePorts() {}

  static List<Integer> read(Optional<YamlNode> ports, List<ExtractionProblem> problems) {
    Set<Integer> found = new LinkedHashSet<>();
    if (ports.isEmpty() || ports.get() instanceof YamlNode.Scalar scalar && scalar.isNull()) {
      return List.of();
    }
    if (!(ports.get() instanceof YamlNode.Sequence)) {
      problems.add(new ExtractionProblem(ports.get().at(),
          "expected 'ports' to be a list, e.g. [\"8000:8000\"]; the ports are not read"));
      return List.of();
    }
    for (YamlNode item : ports.get().items()) {
      if (item instanceof YamlNode.Mapping) {
        Optional<YamlNode> target = item.get("target");
        Optional<String> text = target.flatMap(YamlNode::text);
        if (text.isEmpty()) {
          problems.add(new ExtractionProblem(item.at(),
              "expected 'target' (the container port) in a long-syntax port; the entry is not read"));
        } else {
          containerPorts(ComposeVariables.withDefaults(text.get()), text.get(), target.get(), found, problems);
        }
      } else if (item.text().isPresent()) {
        String written = item.text().get();
        shortSyntax(ComposeVariables.withDefaults(written), written, item, found, problems);
      } else {
        problems.add(new ExtractionProblem(item.at(),
            "expected a port like \"8000:8000\" or a mapping with 'target'; the entry is not read"));
      }
    }
    return List.copyOf(found);
  }

  private static void shortSyntax(String text, String written, YamlNode item, Set<Integer> found,
      List<ExtractionProblem> problems) {
    String mapping = text.strip();
    int slash = mapping.indexOf('/');
    if (slash >= 0) {
      mapping = mapping.substring(0, slash);
    }
    // the container side is always last; host IPs (even IPv6 in brackets) and host ports come before it
    String container = mapping.substring(mapping.lastIndexOf(':') + 1);
    containerPorts(container, written, item, found, problems);
  }

  private static void containerPorts(String container, String written, YamlNode item, Set<Integer> found,
      List<ExtractionProblem> problems) {
    String text = container.strip();
    int dash = text.indexOf('-');
    Optional<Integer> first = number(dash < 0 ? text : text.substring(0, dash));
    Optional<Integer> last = dash < 0 ? first : number(text.substring(dash + 1));
    if (first.isEmpty() || last.isEmpty()) {
      String why = written.contains("$") ? " (a variable without a default reads as empty)" : "";
      problems.add(new ExtractionProblem(item.at(), "expected a container port 1-65535 or a range like"
          + " 9000-9001 in '" + written + "'" + why + "; the entry is not read"));
      return;
    }
    if (last.get() < first.get() || last.get() - first.get() >= MAX_RANGE) {
      problems.add(new ExtractionProblem(item.at(), "port range '" + text + "' in '" + written
          + "' is reversed or wider than " + MAX_RANGE + " ports; the entry is not read"));
      return;
    }
    for (int port = first.get(); port <= last.get(); port++) {
      found.add(port);
    }
  }

  private static Optional<Integer> number(String text) {
    String digits = text.strip();
    if (digits.isEmpty() || digits.length() > 5 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return Optional.empty();
    }
    int port = Integer.parseInt(digits);
    return port >= 1 && port <= 65535 ? Optional.of(port) : Optional.empty();
  }
}
