package io.truthbook.load;

import io.truthbook.model.Location;
import io.truthbook.model.Ref;
import java.util.List;
import java.util.Optional;

/**
 * Typed reads of a mapping that already passed its schema, so shapes are known; a missing optional
 * key reads as empty.
 */
final class Fields {
  private final YamlNode.Mapping map;

  Fields(YamlNode node) {
    this.map = (YamlNode.Mapping) node;
  }

  Location at() {
    return map.at();
  }

  Location at(String key) {
    return map.get(key).map(YamlNode::at).orElse(map.at());
  }

  String text(String key) {
    return optText(key).orElse("");
  }

  Optional<String> optText(String key) {
    return map.get(key)
        .filter(n -> n instanceof YamlNode.Scalar s && s.value() != YamlNode.Scalar.NULL)
        .map(n -> ((YamlNode.Scalar) n).text());
  }

  int integer(String key, int fallback) {
    return map.get(key)
        .filter(n -> n instanceof YamlNode.Scalar s && s.value() instanceof Number)
        .map(n -> ((Number) ((YamlNode.Scalar) n).value()).intValue())
        .orElse(fallback);
  }

  boolean flag(String key) {
    return map.get(key).filter(n -> n instanceof YamlNode.Scalar s && Boolean.TRUE.equals(s.value())).isPresent();
  }

  Ref ref(String key) {
    return new Ref(text(key), at(key));
  }

  Optional<Ref> optRef(String key) {
    return optText(key).map(id -> new Ref(id, at(key)));
  }

  Optional<Fields> objectAt(String key) {
    return map.get(key).filter(n -> n instanceof YamlNode.Mapping).map(Fields::new);
  }

  List<YamlNode> list(String key) {
    return map.get(key)
        .filter(n -> n instanceof YamlNode.Sequence)
        .map(n -> ((YamlNode.Sequence) n).items())
        .orElse(List.of());
  }

  List<Fields> objects(String key) {
    return list(key).stream().map(Fields::new).toList();
  }

  List<String> texts(String key) {
    return list(key).stream().map(n -> ((YamlNode.Scalar) n).text()).toList();
  }

  List<Ref> refs(String key) {
    return list(key).stream().map(n -> new Ref(((YamlNode.Scalar) n).text(), n.at())).toList();
  }
}
