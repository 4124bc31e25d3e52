package io.truthbook.gates;

import io.truthbook.yaml.YamlNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML tree without locations (maps, lists, scalar values), to compare two parses for equality. */
final class PlainYaml {
  private PlainYaml() {}

  static Object of(YamlNode node) {
    if (node instanceof YamlNode.Mapping mapping) {
      Map<String, Object> map = new LinkedHashMap<>();
      mapping.entries().forEach((key, entry) -> map.put(key, of(entry.value())));
      return map;
    }
    if (node instanceof YamlNode.Sequence sequence) {
      List<Object> list = new ArrayList<>();
      sequence.items().forEach(item -> list.add(of(item)));
      return list;
    }
    return ((YamlNode.Scalar) node).value();
  }
}
