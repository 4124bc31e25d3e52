package io.truthbook.synth;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.model.ColumnType;
import io.truthbook.model.Domain;
import io.truthbook.model.Location;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A oneOf value fits its column when the column's type reads it as PostgreSQL would. */
class ValuesTest {
  private static Domain.Column column(ColumnType type) {
    Location at = Location.of("manifests/domains.yaml", 1, 1);
    return new Domain.Column("c", at, type, at, true, Optional.empty(), false, false, Optional.empty(),
        Optional.empty(), false);
  }

  @Test
  void aJsonColumnTakesExactlyOneJsonValue() {
    Domain.Column json = column(ColumnType.JSON);
    assertThat(Values.fits("{\"a\": [1, {\"b\": null}]}", json)).isTrue();
    assertThat(Values.fits(" 42 ", json)).isTrue();
    assertThat(Values.fits("\"text\"", json)).isTrue();
    assertThat(Values.fits("", json)).isFalse();
    assertThat(Values.fits("{\"a\": 1} {\"b\": 2}", json)).isFalse();
    assertThat(Values.fits("{\"a\": 1}}", json)).isFalse();
    assertThat(Values.fits("{a: 1}", json)).isFalse();
    assertThat(Values.fits("[1, 2", json)).isFalse();
  }

  @Test
  void otherTypesParseAsTheirType() {
    assertThat(Values.fits("12", column(ColumnType.INTEGER))).isTrue();
    assertThat(Values.fits("1.5", column(ColumnType.INTEGER))).isFalse();
    assertThat(Values.fits("2024-02-29", column(ColumnType.DATE))).isTrue();
    assertThat(Values.fits("2023-02-29", column(ColumnType.DATE))).isFalse();
  }
}
