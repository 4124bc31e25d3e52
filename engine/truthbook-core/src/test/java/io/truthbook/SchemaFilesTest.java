package io.truthbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.model.ManifestKind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.json.JSONArray;
import org.json.JSONObject;
import org.json.JSONTokener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The schemas are the editor interface: valid draft-07, strict, and documented property by property. */
class SchemaFilesTest {
  private static final Path ROOT = Path.of(System.getProperty("truthbook.root", "src/test/velocity"));

  private static JSONObject schema(ManifestKind kind) throws IOException {
    return new JSONObject(Files.readString(ROOT.resolve("schemas").resolve(kind.schemaFile())));
  }

  @ParameterizedTest
  @EnumSource(ManifestKind.class)
  void isAValidDraft07Schema(ManifestKind kind) throws IOException {
    JSONObject metaSchema;
    try (InputStream in = SchemaFilesTest.class.getResourceAsStream("/reference/json-schema-draft-07.json")) {
      assertThat(in).as("the draft-07 meta-schema is a test resource").isNotNull();
      metaSchema = new JSONObject(new JSONTokener(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    }
    Schema meta = SchemaLoader.builder().schemaJson(metaSchema).draftV7Support().build().load().build();
    JSONObject schema = schema(kind);
    try {
      meta.validate(schema);
    } catch (ValidationException e) {
      throw new AssertionError(kind + ": " + e.getAllMessages(), e);
    }
    assertThat(schema.getString("$schema")).isEqualTo("http://json-schema.org/draft-07/schema#");
    assertThat(schema.getJSONObject("properties").getJSONObject("kind").get("const")).isEqualTo(kind.id());
  }

  @ParameterizedTest
  @EnumSource(ManifestKind.class)
  void everyObjectIsStrictAndEveryPropertyDescribed(ManifestKind kind) throws IOException {
    List<String> problems = new ArrayList<>();
    walk(schema(kind), "#", problems);
    assertThat(problems).isEmpty();
  }

  private static void walk(Object node, String path, List<String> problems) {
    if (node instanceof JSONArray array) {
      for (int i = 0; i < array.length(); i++) {
        walk(array.get(i), path + "/" + i, problems);
      }
      return;
    }
    if (!(node instanceof JSONObject object)) {
      return;
    }
    if (object.has("properties")) {
      if (!Boolean.FALSE.equals(object.opt("additionalProperties"))) {
        problems.add(path + ": object without additionalProperties: false");
      }
      JSONObject properties = object.getJSONObject("properties");
      for (String name : properties.keySet()) {
        if (!properties.getJSONObject(name).has("description")) {
          problems.add(path + "/properties/" + name + ": no description");
        }
      }
    }
    for (String key : object.keySet()) {
      walk(object.get(key), path + "/" + key, problems);
    }
  }

  /**
   * docs/manifest-format.md says every kind field by field: each property a schema declares appears
   * there as a YAML key ({@code name:}), in a kind's example or a field table ({@code | `name` |}).
   */
  @ParameterizedTest
  @EnumSource(ManifestKind.class)
  void everyFieldIsInTheManifestFormat(ManifestKind kind) throws IOException {
    String format = Files.readString(io.truthbook.render.book.BookFixtures.moduleFolder()
        .resolve("../../docs/manifest-format.md"));
    Set<String> names = new TreeSet<>();
    properties(schema(kind), names);
    assertThat(names).as("fields of %s missing from docs/manifest-format.md", kind.id())
        .filteredOn(n -> !Pattern.compile("(^|[\\s{,\\-])" + Pattern.quote(n) + ":", Pattern.MULTILINE)
            .matcher(format).find() && !format.contains("| `" + n + "` |"))
        .isEmpty();
  }

  private static void properties(Object node, Set<String> names) {
    if (node instanceof JSONArray array) {
      array.forEach(item -> properties(item, names));
    } else if (node instanceof JSONObject object) {
      JSONObject declared = object.optJSONObject("properties");
      if (declared != null) {
        names.addAll(declared.keySet());
      }
      object.keySet().forEach(key -> properties(object.get(key), names));
    }
  }

  @Test
  void everyManifestNamesItsSchemaInAModeline() throws IOException {
    try (Stream<Path> files = Files.list(ROOT.resolve("manifests"))) {
      for (Path manifest : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
        String first = Files.readAllLines(manifest).get(0);
        String kind = Files.readAllLines(manifest).stream().filter(l -> l.startsWith("kind: ")).findFirst()
            .orElseThrow().substring("kind: ".length()).trim();
        assertThat(first).as(manifest.toString())
            .isEqualTo("# yaml-language-server: $schema=../schemas/" + kind + ".schema.json");
      }
    }
  }
}
