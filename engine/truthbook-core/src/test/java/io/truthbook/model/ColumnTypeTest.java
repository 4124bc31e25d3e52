package io.truthbook.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.json.JSONArray;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnTypeTest {

  @ParameterizedTest
  @CsvSource({
      "text, TEXT", "VARCHAR(80), TEXT", "character varying(255), TEXT", "citext, TEXT",
      "int, INTEGER", "SMALLINT, INTEGER", "serial, INTEGER", "bigserial, BIGINT", "int8, BIGINT",
      "'numeric(12,2)', DECIMAL", "double precision, FLOAT", "real, FLOAT", "bool, BOOLEAN",
      "timestamptz, TIMESTAMPTZ", "timestamp(3) with time zone, TIMESTAMPTZ", "timestamp, TIMESTAMP",
      "timestamp without time zone, TIMESTAMP", "jsonb, JSON", "uuid, UUID", "bytea, BYTES", "DateTime, TIMESTAMP"})
  void readsTheSqlSpellingsOfEachType(String written, ColumnType expected) {
    assertThat(ColumnType.ofSql(written)).contains(expected);
  }

  @Test
  void typesOutsideTheVocabularyAreNone() {
    assertThat(ColumnType.ofSql("inet")).isEmpty();
    assertThat(ColumnType.ofSql("text[]")).isEmpty();
    assertThat(ColumnType.ofSqlArray("text[]")).contains(ColumnType.TEXT);
    assertThat(ColumnType.ofSqlArray("REAL ARRAY")).contains(ColumnType.FLOAT);
    assertThat(ColumnType.ofSqlArray("_uuid")).contains(ColumnType.UUID);
    assertThat(ColumnType.ofSqlArray("text")).isEmpty();
    assertThat(ColumnType.ofSql("geometry(Point, 4326)")).isEmpty();
  }

  @Test
  void theSchemaOffersExactlyTheVocabulary() throws IOException {
    JSONObject schema;
    try (InputStream in = ColumnTypeTest.class.getResourceAsStream("/schemas/domains.schema.json")) {
      schema = new JSONObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    JSONArray offered = schema.getJSONObject("properties").getJSONObject("domains").getJSONObject("items")
        .getJSONObject("properties").getJSONObject("tables").getJSONObject("items").getJSONObject("properties")
        .getJSONObject("columns").getJSONObject("items").getJSONObject("properties").getJSONObject("type")
        .getJSONArray("enum");
    List<String> ids = new ArrayList<>();
    offered.forEach(o -> ids.add((String) o));
    assertThat(ids).isEqualTo(ColumnType.ids());
  }
}
