package io.truthbook.load;

import io.truthbook.model.Location;
import io.truthbook.model.Ref;
import io.truthbook.yaml.YamlNode;
import java.util.List;
import java.util.Optional;

/**
 * Typed reads of a mapping that already passed its schema, so shapes are known; a missing optional
 * key reads as empty.
 */
public final class Fields {
  private final YamlNode.Mapping map;

  public Fields(YamlNode node) {
    this.map = (YamlNode.Mapping) node;
  }

  public Location at() {
    return map.at();
  }

  public Location at(String key) {
    return map.get(key).map(YamlNode::at).orElse(map.at());
  }

  public String text(String key) {
    return optText(key).orElse("");
  }

  public Optional<String> optText(String key) {
    return map.get(key)
        .filter(n -> n instanceof YamlNode.Scalar s && s.value() != YamlNode.Scalar.NULL)
        .map(n -> ((YamlNode.Scalar) n).valueText());
  }

  public int integer(String key, int fallback) {
    return optInteger(key).orElse(fallback);
  }

  public Optional<Integer> optInteger(String key) {
    return map.get(key)
        .filter(n -> n instanceof YamlNode.Scalar s && s.value() instanceof Number)
        .map(n -> ((Number) ((YamlNode.Scalar) n).value()).intValue());
  }

  public boolean flag(String key) {
    return map.get(key).filter(n -> n instanceof YamlNode.Scalar s && Boolean.TRUE.equals(s.value())).isPresent();
  }

  /** A boolean the manifest may leave out: empty when it does. */
  public Optional<Boolean> optFlag(String key) {
    return map.get(key).filter(n -> n instanceof YamlNode.Scalar s && s.value() instanceof Boolean)
        .map(n -> (Boolean) ((YamlNode.Scalar) n).value());
  }

  public Ref ref(String key) {
    return new Ref(text(key), at(key));
  }

  public Optional<Ref> optRef(String key) {
    return optText(key).map(id -> new Ref(id, at(key)));
  }

  public Optional<Fields> objectAt(String key) {
    return map.get(key).filter(n -> n instanceof YamlNode.Mapping).map(Fields::new);
  }

  /** A list the manifest may leave out: absent is not the same as empty ({@code []}). */
  public Optional<List<YamlNode>> optList(String key) {
    return map.get(key).filter(n -> n instanceof YamlNode.Sequence).map(n -> ((YamlNode.Sequence) n).items());
  }

  public List<YamlNode> list(String key) {
    return map.get(key)
        .filter(n -> n instanceof YamlNode.Sequence)
        .map(n -> ((YamlNode.Sequence) n).items())
        .orElse(List.of());
  }

  public List<Fields> objects(String key) {
    return list(key).stream().map(Fields::new).toList();
  }

  public List<String> texts(String key) {
    return list(key).stream().map(n -> ((YamlNode.Scalar) n).valueText()).toList();
  }

  public List<Ref> refs(String key) {
    return list(key).stream().map(n -> new Ref(((YamlNode.Scalar) n).valueText(), n.at())).toList();
  }

  /** The references of a list the manifest may leave out: empty when it does, an empty list when it is {@code []}. */
  public Optional<List<Ref>> optRefs(String key) {
    return map.get(key).filter(n -> n instanceof YamlNode.Sequence).map(n -> refs(key));
  }
}
