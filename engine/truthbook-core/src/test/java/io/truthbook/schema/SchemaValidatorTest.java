package io.truthbook.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.model.Location;
import io.truthbook.model.ManifestKind;
import io.truthbook.yaml.YamlNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;

/** The schema stage reads numbers and patterns as JSON Schema does, as the editor's validator does. */
class SchemaValidatorTest {
  private static final Location AT = Location.of("manifests/topology.yaml", 1, 1);

  /** Typical values of every schema's patterns, matching and not. */
  private static final List<String> PROBES = List.of("sagnik", "origin-1", "a", "Bad", "1abc", "", "crm_",
      "crm_contact", "/", "/api/", "/api/v1", "/api/v1/", "/dev/nvme0n1", "app.example.test", "-app.test",
      "2026-03-20", "2026-3-20", "sha256:" + "0123456789abcdef".repeat(4), "https://git.example/x", "ftp://x",
      "docs/a.adoc", "ab.cD-e", "x/y", "a b", "crm_contact.email", "crm_contact.Email", "IE", "en-GB");

  @Test
  void everyPatternMatchesAsBeforeExceptThatDollarIsTheVeryEnd() {
    List<String> patterns = new ArrayList<>();
    for (ManifestKind kind : ManifestKind.values()) {
      collectPatterns(new JSONObject(SchemaValidator.schemaText(kind)), patterns);
    }
    assertThat(patterns).hasSizeGreaterThan(10);
    for (String pattern : patterns) {
      java.util.regex.Pattern before = java.util.regex.Pattern.compile(pattern);
      com.google.re2j.Pattern re2j = com.google.re2j.Pattern.compile(pattern);
      assertThat(PROBES).as("a probe that %s matches", pattern).anyMatch(p -> before.matcher(p).find());
      for (String probe : PROBES) {
        assertThat(re2j.matcher(probe).find()).as("%s on '%s'", pattern, probe)
            .isEqualTo(before.matcher(probe).find());
        if (pattern.endsWith("$")) {
          assertThat(re2j.matcher(probe + "\n").find()).as("%s on '%s\\n'", pattern, probe).isFalse();
        }
      }
    }
  }

  @Test
  void aNumberWithAZeroFractionIsAnInteger() {
    assertThat(JsonTree.of(number(16.0))).isEqualTo(16);
    assertThat(JsonTree.of(number(-0.0))).isEqualTo(0);
    assertThat(JsonTree.of(number(1e10))).isEqualTo(10_000_000_000L);
    assertThat(JsonTree.of(number(1e30))).isEqualTo(new BigInteger("1000000000000000019884624838656"));
    assertThat(JsonTree.of(number(16.5))).isEqualTo(16.5);
  }

  @Test
  void infinityAndNanAreNoJsonNumbers() {
    assertThat(JsonTree.of(number(Double.POSITIVE_INFINITY))).isInstanceOf(JsonTree.NonFiniteNumber.class);
    assertThat(JsonTree.of(number(Double.NaN))).isInstanceOf(JsonTree.NonFiniteNumber.class);
  }

  private static YamlNode.Scalar number(double value) {
    return new YamlNode.Scalar(AT, Double.toString(value), value);
  }

  private static void collectPatterns(Object node, List<String> patterns) {
    if (node instanceof JSONArray array) {
      array.forEach(item -> collectPatterns(item, patterns));
    } else if (node instanceof JSONObject object) {
      for (String key : object.keySet()) {
        if (key.equals("pattern") && object.get(key) instanceof String pattern) {
          patterns.add(pattern);
        } else {
          collectPatterns(object.get(key), patterns);
        }
      }
    }
  }
}
