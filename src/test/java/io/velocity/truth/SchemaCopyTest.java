package io.velocity.truth;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.model.ManifestKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The schemas editors read through the manifests' modelines are the ones the engine validates with. */
class SchemaCopyTest {
  @Test
  void everySchemaInSchemasIsTheEnginesOwn() throws IOException {
    for (ManifestKind kind : ManifestKind.values()) {
      String file = kind.schemaFile();
      try (InputStream engine = ManifestKind.class.getResourceAsStream("/schemas/" + file)) {
        assertThat(engine).as("the engine's %s", file).isNotNull();
        assertThat(Files.readString(Path.of("schemas", file)))
            .as("schemas/%s differs from the engine's: copy engine/truthbook-core/src/main/resources/schemas/%s", file, file)
            .isEqualTo(new String(engine.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
  }
}
