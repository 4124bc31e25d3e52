package io.truthbook.schema;

import io.truthbook.yaml.YamlNode;
import java.math.BigDecimal;
import org.json.JSONArray;
import org.json.JSONObject;

/**
 * Converts a located YAML tree into the org.json tree Everit validates, with JSON Schema's numbers: one
 * kind of number, an integer whenever its fraction is zero ({@code 16.0} is one, as ajv and the editor
 * see it), and no infinities or NaN, which JSON cannot hold.
 */
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
    if (scalar.isNull()) {
      return JSONObject.NULL;
    }
    return scalar.value() instanceof Double d ? number(d) : scalar.value();
  }

  private static Object number(double value) {
    if (!Double.isFinite(value)) {
      return new NonFiniteNumber(value);
    }
    if (value != Math.rint(value)) {
      return value;
    }
    // Everit takes only Integer, Long and BigInteger for "type": "integer"
    return YamlNode.Scalar.integer(new BigDecimal(value).toBigIntegerExact());
  }

  /**
   * {@code .inf}, {@code -.inf} or {@code .nan}: a YAML float that no JSON number can be, so it matches no
   * type ("expected type: Integer, found: NonFiniteNumber"), as ajv rejects it for "number" and "integer".
   */
  record NonFiniteNumber(double value) {}
}
