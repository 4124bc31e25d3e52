package io.truthbook.schema;

import io.truthbook.model.Location;
import io.truthbook.yaml.YamlNode;
import java.util.Optional;

/** Maps a JSON pointer ({@code #/domains/3/owner}) back to the YAML node it names. */
final class PointerLocator {
  private PointerLocator() {}

  /** The node's location, or that of its nearest existing ancestor. */
  static Location locate(YamlNode root, String pointer) {
    YamlNode current = root;
    String path = pointer.startsWith("#") ? pointer.substring(1) : pointer;
    if (path.isEmpty() || path.equals("/")) {
      return root.at();
    }
    for (String raw : path.substring(1).split("/", -1)) {
      String token = raw.replace("~1", "/").replace("~0", "~");
      Optional<YamlNode> next = child(current, token);
      if (next.isEmpty()) {
        break;
      }
      current = next.get();
    }
    return current.at();
  }

  /** The location of {@code key} itself inside the mapping at {@code pointer}, if it is there. */
  static Optional<Location> keyLocation(YamlNode root, String pointer, String key) {
    YamlNode current = root;
    String path = pointer.startsWith("#") ? pointer.substring(1) : pointer;
    if (!path.isEmpty() && !path.equals("/")) {
      for (String raw : path.substring(1).split("/", -1)) {
        Optional<YamlNode> next = child(current, raw.replace("~1", "/").replace("~0", "~"));
        if (next.isEmpty()) {
          return Optional.empty();
        }
        current = next.get();
      }
    }
    if (current instanceof YamlNode.Mapping m && m.entries().containsKey(key)) {
      return Optional.of(m.entries().get(key).keyAt());
    }
    return Optional.empty();
  }

  private static Optional<YamlNode> child(YamlNode node, String token) {
    if (node instanceof YamlNode.Mapping m) {
      return m.get(token);
    }
    if (node instanceof YamlNode.Sequence s && token.matches("\\d{1,9}")) {
      int index = Integer.parseInt(token);
      return index < s.items().size() ? Optional.of(s.items().get(index)) : Optional.empty();
    }
    return Optional.empty();
  }
}
