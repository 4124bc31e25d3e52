package io.truthbook.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.truthbook.diff.TruthDiff;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** The semantic diff as text (one line per entity, a line per field) or as versioned JSON. */
public final class DiffReport {
  private DiffReport() {}

  public static String text(String base, String head, TruthDiff diff) {
    StringBuilder out = new StringBuilder("truth diff " + base + " → " + head + ": ");
    out.append(diff.isEmpty() ? "no change\n" : diff.changes().size() + " entit" + (diff.changes().size() == 1 ? "y" : "ies")
        + " changed\n");
    for (TruthDiff.Change change : diff.changes()) {
      out.append(switch (change.kind()) {
        case ADDED -> "+ ";
        case REMOVED -> "- ";
        case CHANGED -> "~ ";
      }).append(change.entityKind()).append(" '").append(TextReport.oneLine(change.id())).append("'\n");
      for (TruthDiff.FieldChange field : change.fields()) {
        out.append("    ").append(field.field()).append(": ").append(TextReport.oneLine(field.from())).append(" → ")
            .append(TextReport.oneLine(field.to())).append('\n');
      }
    }
    return out.toString();
  }

  public static String json(String base, String head, TruthDiff diff) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
      json.setPrettyPrinter(new DefaultPrettyPrinter());
      json.writeStartObject();
      json.writeNumberField("version", 1);
      json.writeStringField("base", base);
      json.writeStringField("head", head);
      json.writeArrayFieldStart("changes");
      for (TruthDiff.Change change : diff.changes()) {
        json.writeStartObject();
        json.writeStringField("change", change.kind().name().toLowerCase(java.util.Locale.ROOT));
        json.writeStringField("kind", change.entityKind());
        json.writeStringField("id", change.id());
        json.writeStringField("manifest", change.manifest().id());
        json.writeArrayFieldStart("fields");
        for (TruthDiff.FieldChange field : change.fields()) {
          json.writeStartObject();
          json.writeStringField("field", field.field());
          json.writeStringField("from", field.from());
          json.writeStringField("to", field.to());
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON to memory", e);
    }
    return out + "\n";
  }
}
