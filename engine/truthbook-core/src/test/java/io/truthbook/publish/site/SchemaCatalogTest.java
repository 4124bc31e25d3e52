package io.truthbook.publish.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.truthbook.model.ManifestKind;
import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The site serves every schema at the path of its $id, and a catalog editors can be pointed at. */
class SchemaCatalogTest {

  @Test
  void everySchemaIsServedAtThePathOfItsIdAndListedInTheCatalog() throws Exception {
    Map<String, byte[]> files = SiteAssets.schemas();
    assertThat(files).hasSize(ManifestKind.values().length + 2).containsKey("catalog.json")
        .containsKey(ManifestKind.CONFIG_SCHEMA);
    ObjectMapper json = new ObjectMapper();
    JsonNode catalog = json.readTree(files.get("catalog.json"));
    assertThat(catalog.path("schemas")).hasSize(files.size() - 1);
    for (JsonNode entry : catalog.path("schemas")) {
      String url = entry.path("url").asText();
      String file = url.substring(url.lastIndexOf('/') + 1);
      assertThat(url).as("the $id of " + file).startsWith("https://").endsWith("/schemas/" + file);
      try (InputStream packaged = ManifestKind.class.getResourceAsStream("/schemas/" + file)) {
        assertThat(files.get(file)).as(file).isEqualTo(packaged.readAllBytes());
      }
      assertThat(json.readTree(files.get(file)).path("$id").asText()).isEqualTo(url);
      assertThat(entry.path("fileMatch")).isNotEmpty();
      assertThat(entry.path("name").asText()).isNotBlank();
    }
    assertThat(catalog.toString()).contains("\"**/manifests/domains.yaml\"", "\"**/truthbook.yaml\"");
  }
}
