package io.truthbook.evidence.topology;

import io.truthbook.evidence.compose.ComposeVariables;
import io.truthbook.yaml.YamlNode;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The node a compose service is pinned to, from {@code deploy.placement.constraints}. An equality
 * on {@code node.hostname} names the host outright; failing that, an equality on a node label whose
 * name speaks of a host or node ({@code node.labels.host == gpu-1}) is the next best hint. Labels
 * such as {@code node.labels.gpu == true} say what kind of node, not which, and are not hints.
 */
final class ComposePlacement {
  private static final String LABELS = "node.labels.";

  private ComposePlacement() {}

  static Optional<String> nodeHint(YamlNode service) {
    List<YamlNode> constraints = service.path("deploy", "placement", "constraints")
        .map(YamlNode::items).orElse(List.of());
    Optional<String> byLabel = Optional.empty();
    for (YamlNode constraint : constraints) {
      Optional<String> text = constraint.text().map(ComposeVariables::withDefaults);
      int equals = text.map(t -> t.indexOf("==")).orElse(-1);
      if (equals < 0) {
        continue;
      }
      String field = text.get().substring(0, equals).strip();
      String value = unquote(text.get().substring(equals + 2).strip());
      if (value.isEmpty()) {
        continue;
      }
      if (field.equals("node.hostname")) {
        return Optional.of(value);
      }
      String lower = field.toLowerCase(Locale.ROOT);
      if (byLabel.isEmpty() && lower.startsWith(LABELS)) {
        String label = lower.substring(LABELS.length());
        if (label.contains("host") || label.contains("node")) {
          byLabel = Optional.of(value);
        }
      }
    }
    return byLabel;
  }

  private static String unquote(String text) {
    if (text.length() >= 2 && (text.charAt(0) == '"' || text.charAt(0) == '\'')
        && text.charAt(text.length() - 1) == text.charAt(0)) {
      return text.substring(1, text.length() - 1).strip();
    }
    return text;
  }
}
