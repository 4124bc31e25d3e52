package io.truthbook.publish.site;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The static files of the site, read from the class path: lunr from the {@code org.webjars.npm:lunr}
 * webjar (its version read from the webjar's own Maven properties), the search script and the style
 * sheet that ship with Truthbook.
 */
final class SiteAssets {
  private static final String WEBJAR = "META-INF/maven/org.webjars.npm/lunr/pom.properties";

  private SiteAssets() {}

  /** lunr, minified, as the webjar ships it. */
  static byte[] lunr() {
    Properties webjar = new Properties();
    try (InputStream in = open(WEBJAR)) {
      webjar.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + WEBJAR, e);
    }
    return read("META-INF/resources/webjars/lunr/" + webjar.getProperty("version") + "/lunr.min.js");
  }

  static byte[] searchScript() {
    return read("io/truthbook/publish/site/search.js");
  }

  static byte[] matrixFilterScript() {
    return read("io/truthbook/publish/site/matrix-filter.js");
  }

  static byte[] styleSheet() {
    return read("io/truthbook/publish/site/site.css");
  }

  /**
   * Every packaged schema (the kinds' and {@code truthbook.yaml}'s) by file name, and {@code catalog.json}: a
   * SchemaStore-style catalog entry per schema (name, description, file patterns, its {@code $id}), so that
   * the site serves each schema at the path of its {@code $id} and an editor can be pointed at the catalog.
   */
  static java.util.Map<String, byte[]> schemas() {
    java.util.Map<String, byte[]> files = new java.util.LinkedHashMap<>();
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
    com.fasterxml.jackson.databind.node.ObjectNode catalog = json.createObjectNode();
    catalog.put("$schema", "https://json.schemastore.org/schema-catalog.json");
    catalog.put("version", 1);
    com.fasterxml.jackson.databind.node.ArrayNode entries = catalog.putArray("schemas");
    java.util.List<String> names = new java.util.ArrayList<>();
    for (io.truthbook.model.ManifestKind kind : io.truthbook.model.ManifestKind.values()) {
      names.add(kind.schemaFile());
    }
    names.add(io.truthbook.model.ManifestKind.CONFIG_SCHEMA);
    for (String name : names) {
      byte[] bytes = read("schemas/" + name);
      files.put(name, bytes);
      com.fasterxml.jackson.databind.JsonNode schema;
      try {
        schema = json.readTree(bytes);
      } catch (IOException e) {
        throw new UncheckedIOException("packaged schema " + name + " is not JSON", e);
      }
      com.fasterxml.jackson.databind.node.ObjectNode entry = entries.addObject();
      entry.put("name", schema.path("title").asText(name));
      entry.put("description", schema.path("description").asText(""));
      com.fasterxml.jackson.databind.node.ArrayNode match = entry.putArray("fileMatch");
      if (name.equals(io.truthbook.model.ManifestKind.CONFIG_SCHEMA)) {
        match.add("**/truthbook.yaml");
      } else {
        String kind = name.substring(0, name.indexOf('.'));
        match.add("**/manifests/" + kind + ".yaml").add("**/manifests/" + kind + ".yml");
      }
      entry.put("url", schema.path("$id").asText());
    }
    try {
      files.put("catalog.json", (json.writerWithDefaultPrettyPrinter().writeValueAsString(catalog) + "\n")
          .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write the schema catalog", e);
    }
    return files;
  }

  private static byte[] read(String resource) {
    try (InputStream in = open(resource)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + resource + " from the class path", e);
    }
  }

  private static InputStream open(String resource) throws IOException {
    InputStream in = SiteAssets.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IOException(resource + " is missing from the class path");
    }
    return in;
  }
}
