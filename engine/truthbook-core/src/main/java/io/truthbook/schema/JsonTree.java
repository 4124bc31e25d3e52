package io.truthbook.schema;

import io.truthbook.yaml.YamlNode;
import org.json.JSONArray;
import org.json.JSONObject;

/** Converts a located YAML tree into the org.json tree Everit validates. */
final class JsonTree {
  private JsonTree() {}

  static Object of(YamlNode node) {
    if (node instanceof YamlNode.Mapping m) {
      JSONObject object = new JSONObject();
      m.entries().forEach((key, entry) -> object.put(key, of(entry.value())));
      return object;
    }
    if (node instanceof YamlNode.Sequence s) {
      JSONArray array = new JSONArray();
      s.items().forEach(item -> array.put(of(item)));
      return array;
    }
    YamlNode.Scalar scalar = (YamlNode.Scalar) node;
    return scalar.value() == YamlNode.Scalar.NULL ? JSONObject.NULL : scalar.value();
  }
}
