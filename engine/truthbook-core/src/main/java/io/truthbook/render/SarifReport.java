package io.truthbook.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.truthbook.model.CheckResult;
import io.truthbook.model.FileOrigin;
import io.truthbook.model.Finding;
import io.truthbook.model.RuleInfo;
import io.truthbook.model.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** SARIF 2.1.0, as GitHub code scanning and IDEs read it: rule metadata, locations, fix hints. */
public final class SarifReport implements ReportFormat {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  /** The base id of the repository reports are read in (the CI workspace), as GitHub reads it. */
  static final String SRCROOT = "SRCROOT";
  private final List<RuleInfo> rules;
  private final String version;
  private final java.util.Optional<String> site;

  public SarifReport(List<RuleInfo> rules, String version) {
    this(rules, version, java.util.Optional.empty());
  }

  /** {@code site}: where the truth's site is published, for each rule's {@code helpUri}. */
  public SarifReport(List<RuleInfo> rules, String version, java.util.Optional<String> site) {
    this.rules = List.copyOf(rules);
    this.version = version;
    this.site = site.map(url -> url.endsWith("/") ? url : url + "/");
  }

  /** The page of the site that explains a rule: {@code rules.html#rule-ID}. */
  public static String rulePage(String ruleId) {
    return "rules.html#" + ruleAnchor(ruleId);
  }

  /** The anchor of a rule on the site's rules page. */
  public static String ruleAnchor(String ruleId) {
    return "rule-" + ruleId.replaceAll("[^a-z0-9.-]", "-");
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
      json.writeObjectFieldStart(SRCROOT);
      json.writeObjectFieldStart("description");
      json.writeStringField("text", "The root of the git repository the reports are read in (the truth's, unless"
          + " truthbook.yaml maps the checkouts).");
      json.writeEndObject();
      json.writeEndObject();
      for (FileOrigin origin : foreign(result)) {
        json.writeObjectFieldStart(baseId(origin));
        if (origin.url().filter(u -> u.matches("https?://.*/")).isPresent()) {
          json.writeStringField("uri", origin.url().get());
        }
        json.writeObjectFieldStart("description");
        json.writeStringField("text", "The root of the git repository of source '" + origin.repository() + "'"
            + origin.url().map(u -> " (" + u + ")").orElse("") + ".");
        json.writeEndObject();
        json.writeEndObject();
      }
      json.writeEndObject();
      json.writeArrayFieldStart("results");
      for (Finding f : result.findings()) {
        writeResult(json, f, index.get(f.ruleId()), result.originOf(f.location().file()));
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

  /** The repositories other than the workspace's that findings lie in, once each, in order. */
  private static List<FileOrigin> foreign(CheckResult result) {
    Map<String, FileOrigin> foreign = new LinkedHashMap<>();
    result.origins().stream().filter(FileOrigin::foreign).forEach(o -> foreign.putIfAbsent(baseId(o), o));
    return List.copyOf(foreign.values());
  }

  /** {@code SOURCE_ACME_APP} for source {@code acme-app}. */
  private static String baseId(FileOrigin origin) {
    return "SOURCE_" + origin.repository().toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
  }

  private void writeRule(JsonGenerator json, RuleInfo rule) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", rule.id());
    json.writeStringField("name", rule.id().replaceAll("[^A-Za-z0-9]+(.)", "$1"));
    text(json, "shortDescription", rule.title());
    text(json, "fullDescription", rule.description());
    text(json, "help", "How to fix: " + rule.fix() + " (truthbook explain " + rule.id() + ")");
    if (site.isPresent() && !rule.id().endsWith("*")) {
      json.writeStringField("helpUri", site.get() + rulePage(rule.id()));
    }
    json.writeObjectFieldStart("defaultConfiguration");
    json.writeStringField("level", level(rule.severity()));
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void writeResult(JsonGenerator json, Finding f, int ruleIndex,
      java.util.Optional<FileOrigin> origin) throws IOException {
    boolean foreign = origin.filter(FileOrigin::foreign).isPresent();
    json.writeStartObject();
    json.writeStringField("ruleId", f.ruleId());
    json.writeNumberField("ruleIndex", ruleIndex);
    json.writeStringField("level", level(f.severity()));
    text(json, "message", f.message());
    json.writeArrayFieldStart("locations");
    json.writeStartObject();
    json.writeObjectFieldStart("physicalLocation");
    json.writeObjectFieldStart("artifactLocation");
    // a file of another repository is named from that repository's root, under its own base id
    json.writeStringField("uri", uri(origin.map(o -> o.inRepository(f.location().file())).orElse(f.location().file())));
    json.writeStringField("uriBaseId", foreign ? baseId(origin.get()) : SRCROOT);
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
    json.writeStringField("truthbook/v1", f.fingerprint());
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
}
