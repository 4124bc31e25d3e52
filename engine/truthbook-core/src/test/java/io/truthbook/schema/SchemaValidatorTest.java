package io.truthbook.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.model.Location;
import io.truthbook.yaml.YamlNode;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** The schema stage reads numbers as JSON Schema does, as the editor's validator does. */
class SchemaValidatorTest {
  private static final Location AT = Location.of("manifests/topology.yaml", 1, 1);

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
}
