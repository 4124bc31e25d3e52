package io.truthbook.policy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.truthbook.model.CheckResult;
import io.truthbook.model.Finding;
import io.truthbook.model.Location;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The findings a team has accepted for now, by stable fingerprint (rule, file, message: a finding keeps its
 * fingerprint when lines move). {@code check} reports only findings not in it, says how many it set aside,
 * and notes each entry that no longer occurs ({@code baseline.fixed}), so the baseline only ever shrinks.
 */
public final class Baseline {
  /** The file name {@code truthbook baseline} writes when the configuration names none. */
  public static final String FILE = "truthbook-baseline.json";

  /** One accepted finding, and the line of the baseline file it is written on. */
  public record Entry(String fingerprint, String rule, String file, String message, int line) {}

  private final String display;
  private final List<Entry> entries;
  private final List<String> lines;

  private Baseline(String display, List<Entry> entries, List<String> lines) {
    this.display = display;
    this.entries = List.copyOf(entries);
    this.lines = List.copyOf(lines);
  }

  public List<Entry> entries() {
    return entries;
  }

  /**
   * Reads a baseline's text; {@code display} names it in findings. A file that is not a baseline is an
   * {@link IllegalArgumentException} whose message is {@code file:line:col: what to do}.
   */
  public static Baseline parse(String display, String text) {
    List<Entry> entries = new ArrayList<>();
    try (JsonParser json = new JsonFactory().createParser(text)) {
      expect(json.nextToken() == JsonToken.START_OBJECT, json, display, "a baseline is a JSON object");
      while (json.nextToken() == JsonToken.FIELD_NAME) {
        String field = json.currentName();
        JsonToken value = json.nextToken();
        if (!field.equals("findings")) {
          json.skipChildren();
          continue;
        }
        expect(value == JsonToken.START_ARRAY, json, display, "'findings' is a list");
        while (json.nextToken() == JsonToken.START_OBJECT) {
          int line = json.currentTokenLocation().getLineNr();
          Map<String, String> entry = new HashMap<>();
          while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            json.nextToken();
            if (json.currentToken().isScalarValue()) {
              entry.put(name, json.getText());
            } else {
              json.skipChildren();
            }
          }
          expect(entry.containsKey("fingerprint"), json, display, "each baseline entry has a 'fingerprint'");
          entries.add(new Entry(entry.get("fingerprint"), entry.getOrDefault("rule", "?"),
              entry.getOrDefault("file", "?"), entry.getOrDefault("message", ""), line));
        }
        expect(json.currentToken() == JsonToken.END_ARRAY, json, display, "'findings' holds objects");
      }
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw new IllegalArgumentException(display + ":" + (at == null ? 1 : at.getLineNr()) + ":"
          + (at == null ? 1 : at.getColumnNr()) + ": the baseline is not valid JSON (" + e.getOriginalMessage()
          + "); rewrite it with 'truthbook baseline'", e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Baseline(display, entries, text.lines().toList());
  }

  private static void expect(boolean holds, JsonParser json, String display, String what) {
    if (!holds) {
      var at = json.currentTokenLocation();
      throw new IllegalArgumentException(display + ":" + at.getLineNr() + ":" + at.getColumnNr()
          + ": not a Truthbook baseline (" + what + "); rewrite it with 'truthbook baseline'");
    }
  }

  /** The baseline of every finding of {@code result}, as {@code truthbook baseline} writes it: one entry a line. */
  public static String write(CheckResult result) {
    StringBuilder out = new StringBuilder("{\n  \"version\": 1,\n  \"findings\": [");
    List<Finding> findings = result.findings();
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      String entry = "{" + field("fingerprint", f.fingerprint()) + ", " + field("rule", f.ruleId()) + ", "
          + field("file", f.location().file()) + ", " + field("message", f.message()) + "}";
      out.append(i == 0 ? "\n    " : ",\n    ").append(entry);
    }
    return out.append(findings.isEmpty() ? "]\n}\n" : "\n  ]\n}\n").toString();
  }

  /** {@code "name": "value"}, the value escaped as JSON. */
  private static String field(String name, String value) {
    return "\"" + name + "\": \"" + new String(JsonStringEncoder.getInstance().quoteAsString(value)) + "\"";
  }

  /**
   * Sets aside the findings recorded here (each entry once), counts them, and adds a {@code baseline.fixed}
   * note at each entry that no longer occurs.
   */
  public CheckResult apply(CheckResult result) {
    Map<String, List<Entry>> open = new LinkedHashMap<>();
    entries.forEach(e -> open.computeIfAbsent(e.fingerprint(), k -> new ArrayList<>()).add(e));
    List<Finding> kept = new ArrayList<>();
    int baselined = 0;
    for (Finding f : result.findings()) {
      List<Entry> same = open.get(f.fingerprint());
      if (same != null && !same.isEmpty()) {
        same.remove(0);
        baselined++;
      } else {
        kept.add(f);
      }
    }
    open.values().forEach(left -> left.forEach(e -> kept.add(Finding.note("baseline.fixed",
        Location.of(display, e.line(), 1), "a baselined finding no longer occurs: [" + e.rule() + "] " + e.file()
            + ": " + e.message(),
        "good: run 'truthbook baseline' to rewrite the baseline without it (or delete this entry)"))));
    Map<String, List<String>> sources = new LinkedHashMap<>(result.sources());
    sources.put(display, lines);
    return result.with(kept, sources, result.origins(), result.baselined() + baselined);
  }
}
