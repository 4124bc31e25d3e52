package io.truthbook.evidence.bundle;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import io.truthbook.model.Location;
import java.io.IOException;
import java.util.Optional;

/**
 * Places relative to the source folder: {@code file} without the printed prefix, {@code line}, {@code
 * column}; the commit only where it is not the bundle's ({@code null} for none). A place outside the
 * source folder (none is expected) keeps its file as printed, marked {@code "asPrinted": true}.
 */
record RelativePlaces(String prefix, Optional<String> commit) implements EvidenceJson.Places {
  @Override
  public void write(JsonGenerator json, String field, Location at) throws IOException {
    json.writeObjectFieldStart(field);
    boolean inside = at.file().startsWith(prefix);
    json.writeStringField("file", inside ? at.file().substring(prefix.length()) : at.file());
    if (!inside) {
      json.writeBooleanField("asPrinted", true);
    }
    json.writeNumberField("line", at.line());
    json.writeNumberField("column", at.column());
    if (!at.commit().equals(commit)) {
      if (at.commit().isPresent()) {
        json.writeStringField("commit", at.commit().get());
      } else {
        json.writeNullField("commit");
      }
    }
    json.writeEndObject();
  }

  @Override
  public Location read(JsonNode node, String field) {
    JsonNode at = EvidenceJson.object(node, field);
    String file = EvidenceJson.text(at, "file");
    boolean asPrinted = at.has("asPrinted") && EvidenceJson.bool(at, "asPrinted");
    int line = EvidenceJson.integer(at.get("line"), "line");
    int column = EvidenceJson.integer(at.get("column"), "column");
    if (line < 0 || column < 0) {
      throw new BundleFormatException("'line' and 'column' must not be negative");
    }
    if (!asPrinted) {
      insideFolder(file);
    }
    Optional<String> where = commit;
    if (at.has("commit")) {
      where = at.get("commit").isNull() ? Optional.empty() : Optional.of(EvidenceJson.text(at, "commit"));
    }
    return new Location(asPrinted ? file : prefix + file, line, column, where);
  }

  /** A file of the source as a bundle names it: relative, never leaving the source folder. */
  static String insideFolder(String file) {
    if (file.startsWith("/") || ("/" + file + "/").contains("/../")) {
      throw new BundleFormatException("'file' must lie inside the source folder, and '" + file + "' does not");
    }
    return file;
  }
}
