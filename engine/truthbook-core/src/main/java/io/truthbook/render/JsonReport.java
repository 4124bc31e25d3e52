package io.truthbook.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.truthbook.model.CheckResult;
import io.truthbook.model.Finding;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Versioned JSON: {@code {"version":1, "summary":{...}, "findings":[{rule, severity, file, line,
 * column, commit?, message, hint}]}}.
 */
public final class JsonReport implements ReportFormat {
  public static final int VERSION = 1;

  @Override
  public String name() {
    return "json";
  }

  @Override
  public String render(CheckResult result) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
      json.setPrettyPrinter(new DefaultPrettyPrinter());
      json.writeStartObject();
      json.writeNumberField("version", VERSION);
      json.writeObjectFieldStart("summary");
      json.writeNumberField("errors", result.errors());
      json.writeNumberField("warnings", result.warnings());
      json.writeNumberField("manifests", result.manifestCount());
      json.writeNumberField("baselined", result.baselined());
      json.writeBooleanField("passed", result.passed());
      json.writeEndObject();
      json.writeArrayFieldStart("findings");
      for (Finding f : result.findings()) {
        json.writeStartObject();
        json.writeStringField("rule", f.ruleId());
        json.writeStringField("severity", f.severity().label());
        json.writeStringField("file", f.location().file());
        json.writeNumberField("line", f.location().line());
        json.writeNumberField("column", f.location().column());
        if (f.location().commit().isPresent()) {
          json.writeStringField("commit", f.location().commit().get());
        }
        json.writeStringField("message", f.message());
        json.writeStringField("hint", f.hint());
        json.writeEndObject();
      }
      json.writeEndArray();
      // when the repository evidence of each entity last changed
      json.writeArrayFieldStart("freshness");
      for (io.truthbook.model.Freshness f : result.freshness()) {
        json.writeStartObject();
        json.writeStringField("kind", f.kind());
        json.writeStringField("id", f.id());
        json.writeStringField("file", f.file());
        json.writeStringField("commit", f.commit());
        json.writeStringField("date", f.date().toString());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON to memory", e);
    }
    return out.toString() + "\n";
  }
}
