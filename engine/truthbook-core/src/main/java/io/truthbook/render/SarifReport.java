package io.truthbook.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.truthbook.model.CheckResult;
import io.truthbook.model.Finding;
import io.truthbook.model.RuleInfo;
import io.truthbook.model.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** SARIF 2.1.0, as GitHub code scanning and IDEs read it: rule metadata, locations, fix hints. */
public final class SarifReport implements ReportFormat {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  private final List<RuleInfo> rules;
  private final String version;

  public SarifReport(List<RuleInfo> rules, String version) {
    this.rules = List.copyOf(rules);
    this.version = version;
  }

  @Override
  public String name() {
    return "sarif";
  }

  @Override
  public String render(CheckResult result) {
    Map<String, Integer> index = new LinkedHashMap<>();
    List<RuleInfo> described = new java.util.ArrayList<>(rules);
    described.forEach(r -> index.put(r.id(), index.size()));
    for (Finding f : result.findings()) {
      if (!index.containsKey(f.ruleId())) {
        RuleInfo family = rules.stream().filter(r -> r.id().endsWith("*")
            && f.ruleId().startsWith(r.id().substring(0, r.id().length() - 1))).findFirst()
            .orElse(new RuleInfo(f.ruleId(), f.severity(), f.ruleId(), f.ruleId(), f.hint()));
        described.add(new RuleInfo(f.ruleId(), family.severity(), family.title(), family.description(), family.fix()));
        index.put(f.ruleId(), index.size());
      }
    }
    StringWriter out = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
      json.setPrettyPrinter(new DefaultPrettyPrinter());
      json.writeStartObject();
      json.writeStringField("$schema", SCHEMA);
      json.writeStringField("version", "2.1.0");
      json.writeArrayFieldStart("runs");
      json.writeStartObject();
      json.writeObjectFieldStart("tool");
      json.writeObjectFieldStart("driver");
      json.writeStringField("name", "truthbook");
      json.writeStringField("version", version);
      json.writeStringField("informationUri", "https://truthbook.dev/");
      json.writeArrayFieldStart("rules");
      for (RuleInfo rule : described) {
        writeRule(json, rule);
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndObject();
      json.writeObjectFieldStart("originalUriBaseIds");
      json.writeObjectFieldStart("SRCROOT");
      json.writeObjectFieldStart("description");
      json.writeStringField("text", "The repository root the check ran on.");
      json.writeEndObject();
      json.writeEndObject();
      json.writeEndObject();
      json.writeArrayFieldStart("results");
      for (Finding f : result.findings()) {
        writeResult(json, f, index.get(f.ruleId()));
      }
      json.writeEndArray();
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write SARIF to memory", e);
    }
    return out + "\n";
  }

  private static void writeRule(JsonGenerator json, RuleInfo rule) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", rule.id());
    json.writeStringField("name", rule.id().replaceAll("[^A-Za-z0-9]+(.)", "$1"));
    text(json, "shortDescription", rule.title());
    text(json, "fullDescription", rule.description());
    text(json, "help", "How to fix: " + rule.fix() + " (truthbook explain " + rule.id() + ")");
    json.writeObjectFieldStart("defaultConfiguration");
    json.writeStringField("level", level(rule.severity()));
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void writeResult(JsonGenerator json, Finding f, int ruleIndex) throws IOException {
    json.writeStartObject();
    json.writeStringField("ruleId", f.ruleId());
    json.writeNumberField("ruleIndex", ruleIndex);
    json.writeStringField("level", level(f.severity()));
    text(json, "message", f.message());
    json.writeArrayFieldStart("locations");
    json.writeStartObject();
    json.writeObjectFieldStart("physicalLocation");
    json.writeObjectFieldStart("artifactLocation");
    json.writeStringField("uri", uri(f.location().file()));
    json.writeStringField("uriBaseId", "SRCROOT");
    json.writeEndObject();
    if (f.location().line() > 0) {
      json.writeObjectFieldStart("region");
      json.writeNumberField("startLine", f.location().line());
      if (f.location().column() > 0) {
        json.writeNumberField("startColumn", f.location().column());
      }
      json.writeEndObject();
    }
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndArray();
    json.writeObjectFieldStart("partialFingerprints");
    json.writeStringField("truthbook/v1", fingerprint(f));
    json.writeEndObject();
    json.writeObjectFieldStart("properties");
    json.writeStringField("hint", f.hint());
    if (f.location().commit().isPresent()) {
      json.writeStringField("commit", f.location().commit().get());
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void text(JsonGenerator json, String field, String text) throws IOException {
    json.writeObjectFieldStart(field);
    json.writeStringField("text", text);
    json.writeEndObject();
  }

  static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case NOTE -> "note";
    };
  }

  /** A relative URI reference: each path segment percent-encoded, slashes kept. */
  static String uri(String path) {
    StringBuilder out = new StringBuilder();
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "/-._~".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(String.format("%02X", c));
      }
    }
    return out.toString();
  }

  /** Stable across line moves: rule, file and message. */
  private static String fingerprint(Finding f) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      byte[] digest = sha.digest((f.ruleId() + "\n" + f.location().file() + "\n" + f.message())
          .getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }
}
