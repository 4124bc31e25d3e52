package io.truthbook.render;

import io.truthbook.reconcile.claims.ReconciliationMatrix;
import io.truthbook.reconcile.claims.MatrixRow;
import io.truthbook.reconcile.claims.ClaimStatus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.truthbook.model.Location;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The matrix as versioned JSON text: {@code {"version":1, "summary":{claims, current, stale,
 * contradicted, unverifiable, legacyFeeders, mustHoldFailing}, "claims":[{id, document,
 * documentTitle, section, statement, subject:{kind,id}, expects?:{field,value}, truth,
 * evidence?:{file,line,commit?}, status, since?:{commit,short,date}, legacyFeeder, mustHold,
 * owners:[...]}]}}. Optional members are left out when empty.
 */
public final class MatrixJson {
  public static final int VERSION = 1;

  private MatrixJson() {}

  public static String render(ReconciliationMatrix matrix) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
      json.setPrettyPrinter(new DefaultPrettyPrinter());
      json.writeStartObject();
      json.writeNumberField("version", VERSION);
      json.writeObjectFieldStart("summary");
      json.writeNumberField("claims", matrix.rows().size());
      for (ClaimStatus status : ClaimStatus.values()) {
        json.writeNumberField(status.label(), matrix.count(status));
      }
      json.writeNumberField("legacyFeeders", matrix.rows().stream().filter(MatrixRow::legacyFeeder).count());
      json.writeNumberField("mustHoldFailing", matrix.rows().stream().filter(MatrixRow::failsMustHold).count());
      json.writeEndObject();
      json.writeArrayFieldStart("claims");
      for (MatrixRow row : matrix.rows()) {
        row(json, row);
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON to memory", e);
    }
    return out + "\n";
  }

  private static void row(JsonGenerator json, MatrixRow row) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", row.claimId());
    json.writeStringField("document", row.documentId());
    json.writeStringField("documentTitle", row.documentTitle());
    json.writeStringField("section", row.section());
    json.writeStringField("statement", row.statement());
    json.writeObjectFieldStart("subject");
    json.writeStringField("kind", row.subjectKind());
    json.writeStringField("id", row.subjectId());
    json.writeEndObject();
    if (row.expects().isPresent()) {
      json.writeObjectFieldStart("expects");
      json.writeStringField("field", row.expects().get().field());
      json.writeStringField("value", row.expects().get().value());
      json.writeEndObject();
    }
    json.writeStringField("truth", row.truth());
    if (row.evidence().isPresent()) {
      Location at = row.evidence().get();
      json.writeObjectFieldStart("evidence");
      json.writeStringField("file", at.file());
      json.writeNumberField("line", at.line());
      if (at.commit().isPresent()) {
        json.writeStringField("commit", at.commit().get());
      }
      json.writeEndObject();
    }
    json.writeStringField("status", row.status().label());
    if (row.since().isPresent()) {
      json.writeObjectFieldStart("since");
      json.writeStringField("commit", row.since().get().commit());
      json.writeStringField("short", row.since().get().shortId());
      json.writeStringField("date", row.since().get().date().toString());
      json.writeEndObject();
    }
    json.writeBooleanField("legacyFeeder", row.legacyFeeder());
    json.writeBooleanField("mustHold", row.mustHold());
    json.writeArrayFieldStart("owners");
    for (String owner : row.owners()) {
      json.writeString(owner);
    }
    json.writeEndArray();
    json.writeEndObject();
  }
}
