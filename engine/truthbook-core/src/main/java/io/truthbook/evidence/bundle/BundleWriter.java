package io.truthbook.evidence.bundle;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.truthbook.evidence.ChangeStamp;
import io.truthbook.evidence.Evidence;
import io.truthbook.evidence.EvidenceCollector;
import io.truthbook.model.Finding;
import io.truthbook.model.Location;
import io.truthbook.model.Source;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Writes a bundle: the header, the files' last changes, the extraction's findings, the evidence. */
final class BundleWriter {
  private BundleWriter() {}

  /**
   * The bundle of {@code collected}, read through {@code source} whose files the collector printed under
   * {@code prefix}; {@code folder} is the source folder in its repository ({@code ""} or ending in '/').
   */
  static String write(EvidenceCollector.Collected collected, Source source, String prefix, String folder,
      String engine) {
    StringWriter out = new StringWriter();
    Optional<String> commit = collected.commit();
    EvidenceJson.Places places = new RelativePlaces(prefix, commit);
    try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
      json.writeStartObject();
      json.writeStringField("format", EvidenceBundle.FORMAT);
      json.writeNumberField("version", EvidenceBundle.VERSION);
      json.writeRaw('\n');
      json.writeStringField("engine", engine);
      json.writeStringField("source", collected.sourceId());
      json.writeStringField("folder", folder);
      if (commit.isPresent()) {
        json.writeStringField("commit", commit.get());
      }
      if (collected.commitTime().isPresent()) {
        json.writeStringField("commitTime", collected.commitTime().get().toString());
      }
      json.writeNumberField("filesRead", collected.filesRead());
      json.writeRaw('\n');
      json.writeFieldName("recipe");
      Recipe.write(json, source);
      json.writeRaw('\n');
      json.writeArrayFieldStart("lastChanged");
      for (Map.Entry<String, ChangeStamp> stamp : new TreeMap<>(collected.lastChanged()).entrySet()) {
        json.writeRaw('\n');
        json.writeStartObject();
        json.writeStringField("file", relative(prefix, stamp.getKey()));
        json.writeStringField("commit", stamp.getValue().commit());
        json.writeStringField("time", stamp.getValue().time().toString());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeRaw('\n');
      json.writeArrayFieldStart("findings");
      for (Finding finding : collected.findings()) {
        json.writeRaw('\n');
        json.writeStartObject();
        json.writeStringField("rule", finding.ruleId());
        json.writeStringField("severity", finding.severity().label());
        json.writeStringField("message", finding.message());
        json.writeStringField("hint", finding.hint());
        findingPlace(json, finding.location(), source, places);
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeRaw('\n');
      json.writeArrayFieldStart("evidence");
      for (Evidence item : collected.evidence()) {
        json.writeRaw('\n');
        EvidenceJson.write(json, item, places);
      }
      json.writeEndArray();
      json.writeRaw('\n');
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON to memory", e);
    }
    return out + "\n";
  }

  /**
   * A finding's place: the source's declaration or one of its extractors by index (the reading truth's
   * lines, which may differ from the writing one's), else a place in the source's files.
   */
  private static void findingPlace(JsonGenerator json, Location at, Source source, EvidenceJson.Places places)
      throws IOException {
    if (at.equals(source.at())) {
      json.writeObjectFieldStart("at");
      json.writeStringField("manifest", "source");
      json.writeEndObject();
      return;
    }
    for (int i = 0; i < source.extractors().size(); i++) {
      if (at.equals(source.extractors().get(i).at())) {
        json.writeObjectFieldStart("at");
        json.writeStringField("manifest", "extractor");
        json.writeNumberField("index", i);
        json.writeEndObject();
        return;
      }
    }
    places.write(json, "at", at);
  }

  private static String relative(String prefix, String file) {
    return file.startsWith(prefix) ? file.substring(prefix.length()) : file;
  }
}
