package io.truthbook.evidence.bundle;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.truthbook.model.Source;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import java.util.TreeMap;

/** What made a bundle's evidence, as the bundle records it and the reader compares it. */
final class Recipe {
  private Recipe() {}

  /**
   * What made the evidence: the extractors with their globs, the declared variables (sorted), and the
   * folder and revision the source names.
   */
  static void write(JsonGenerator json, Source source) throws IOException {
    json.writeStartObject();
    json.writeArrayFieldStart("extractors");
    for (Source.ExtractorSelection selection : source.extractors()) {
      json.writeStartObject();
      json.writeStringField("name", selection.name());
      EvidenceJson.strings(json, "include", selection.include());
      EvidenceJson.strings(json, "exclude", selection.exclude());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeObjectFieldStart("variables");
    for (Map.Entry<String, String> variable : new TreeMap<>(source.variables()).entrySet()) {
      json.writeStringField(variable.getKey(), variable.getValue());
    }
    json.writeEndObject();
    if (source.subdir().isPresent()) {
      json.writeStringField("subdir", source.subdir().get());
    }
    if (source.ref().isPresent()) {
      json.writeStringField("ref", source.ref().get());
    }
    json.writeEndObject();
  }

  static String of(Source source) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
      write(json, source);
    }
    return out.toString();
  }
}
