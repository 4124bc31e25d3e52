package io.truthbook.evidence.bundle;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.truthbook.evidence.ChangeStamp;
import io.truthbook.evidence.Evidence;
import io.truthbook.evidence.EvidenceCollector;
import io.truthbook.model.Finding;
import io.truthbook.model.Location;
import io.truthbook.model.Severity;
import io.truthbook.model.Source;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a bundle: its lists item by item, so that a malformed item is named at its line and column; the
 * header checked (format, version, source, recipe, engine) before any evidence is used.
 */
final class BundleReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  /** The bundle's lists, read item by item so that a malformed one is named at its line. */
  private static final List<String> LISTS = List.of("lastChanged", "findings", "evidence");

  private BundleReader() {}

  /**
   * Reads a bundle for {@code source}: its places printed under {@code prefix}, its findings about the
   * source's declaration placed there. {@code file} is the bundle as findings name it. A bundle that is not
   * JSON, not a bundle, of an unknown version or of another source is an error finding and no evidence;
   * one made by another recipe (extractors, globs, variables) than the source states now is a warning, one
   * made by another engine version a note.
   */
  static EvidenceBundle.Read read(byte[] bytes, String file, Source source, String prefix, String engine) {
    List<Finding> findings = new ArrayList<>();
    Map<String, JsonNode> header = new LinkedHashMap<>();
    Map<String, List<Item>> lists = new LinkedHashMap<>();
    try (JsonParser parser = JSON.getFactory().createParser(bytes)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return failed(findings, Finding.error("bundle.format", at(file, parser.currentTokenLocation()),
            "not an evidence bundle: it does not start with a JSON object", REGENERATE));
      }
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        JsonToken value = parser.nextToken();
        if (LISTS.contains(field) && value == JsonToken.START_ARRAY) {
          List<Item> items = new ArrayList<>();
          while (parser.nextToken() != JsonToken.END_ARRAY) {
            JsonLocation where = parser.currentTokenLocation();
            items.add(new Item(JSON.readTree(parser), at(file, where)));
          }
          lists.put(field, items);
        } else {
          header.put(field, JSON.readTree(parser));
        }
      }
      if (parser.nextToken() != null) {
        return failed(findings, Finding.error("bundle.parse", at(file, parser.currentTokenLocation()),
            "the bundle goes on after its object ends", REGENERATE));
      }
    } catch (JsonProcessingException e) {
      // the parser's own message quotes the text it met: a bundle named by mistake may hold a secret
      return failed(findings, Finding.error("bundle.parse", at(file, e.getLocation()),
          "the bundle is not valid JSON here", REGENERATE));
    } catch (IOException e) {
      // read from memory, so only its encoding can fail (bytes that are no UTF-8, -16 or -32 text)
      return failed(findings, Finding.error("bundle.parse", Location.of(file, 1, 1),
          "the bundle is not JSON text: its bytes are not in an encoding JSON allows", REGENERATE));
    }
    Location top = Location.of(file, 1, 1);
    JsonNode format = header.get("format");
    JsonNode version = header.get("version");
    if (format == null || !EvidenceBundle.FORMAT.equals(format.asText())) {
      return failed(findings, Finding.error("bundle.format", top, "not an evidence bundle: its 'format' is not '"
          + EvidenceBundle.FORMAT + "'", "point 'bundle:' at a file that 'truthbook evidence' wrote"));
    }
    if (version == null || !version.isInt() || version.intValue() != EvidenceBundle.VERSION) {
      return failed(findings, Finding.error("bundle.format", top, "evidence bundle version "
          + (version == null ? "(none)" : version.toString()) + " is not one this engine reads (it reads "
          + EvidenceBundle.VERSION + ")",
          "write the bundle with the same Truthbook version as the check reads it"));
    }
    for (String list : LISTS) {
      if (!lists.containsKey(list)) {
        // a bundle without its evidence would read as a product with none: every entity missing
        return failed(findings, Finding.error("bundle.parse", top, "the bundle's '" + list + "' must be a list"
            + (header.containsKey(list) ? "" : ", and is missing"), REGENERATE));
      }
    }
    try {
      JsonNode fields = objectOf(header);
      String id = EvidenceJson.text(fields, "source");
      if (!id.equals(source.id())) {
        return failed(findings, Finding.error("bundle.source", source.at(), "source '" + source.id()
            + "' names a bundle of source '" + id + "' (" + file + ")", "point 'bundle:' at this source's bundle"));
      }
      Optional<String> commit = EvidenceJson.optional(fields, "commit");
      Optional<Instant> commitTime = EvidenceJson.optional(fields, "commitTime").map(BundleReader::instant);
      String folder = EvidenceJson.text(fields, "folder");
      int filesRead = EvidenceJson.integer(fields.get("filesRead"), "filesRead");
      String madeWith = EvidenceJson.text(fields, "engine");
      JsonNode recipe = EvidenceJson.object(fields, "recipe");
      if (!recipe.equals(JSON.readTree(Recipe.of(source)))) {
        findings.add(Finding.warning("bundle.stale", source.at(), "source '" + source.id() + "': bundle " + file
                + " was made with other extractors, globs, variables, subdir or ref than the source states now, so it may"
                + " hold evidence the source no longer selects or lack some it does",
            "regenerate the bundle with 'truthbook evidence --source " + source.id() + "' in the product's CI"));
      }
      if (!madeWith.equals(engine)) {
        findings.add(Finding.note("bundle.engine", source.at(), "source '" + source.id() + "': bundle " + file
                + " was extracted by Truthbook " + madeWith + ", this check is " + engine,
            "run the same Truthbook version in the product's CI, so that both read the product alike"));
      }
      RelativePlaces places = new RelativePlaces(prefix, commit);
      Map<String, ChangeStamp> lastChanged = new LinkedHashMap<>();
      List<Finding> extraction = new ArrayList<>();
      List<Evidence> evidence = new ArrayList<>();
      for (Item item : lists.getOrDefault("lastChanged", List.of())) {
        decode(item, findings, () -> lastChanged.put(
            prefix + RelativePlaces.insideFolder(EvidenceJson.text(item.node(), "file")),
            new ChangeStamp(EvidenceJson.text(item.node(), "commit"),
                instant(EvidenceJson.text(item.node(), "time")))));
      }
      for (Item item : lists.getOrDefault("findings", List.of())) {
        decode(item, findings, () -> extraction.add(finding(item.node(), source, places)));
      }
      for (Item item : lists.getOrDefault("evidence", List.of())) {
        decode(item, findings, () -> evidence.add(EvidenceJson.read(item.node(), places)));
      }
      if (findings.stream().anyMatch(f -> f.ruleId().equals("bundle.parse"))) {
        return new EvidenceBundle.Read(Optional.empty(), Optional.of(folder), findings);
      }
      return new EvidenceBundle.Read(Optional.of(new EvidenceCollector.Collected(source.id(), commit, commitTime,
          evidence, extraction, filesRead, lastChanged)), Optional.of(folder), findings);
    } catch (BundleFormatException e) {
      return failed(findings, Finding.error("bundle.parse", top, "the bundle's header is malformed: "
          + e.getMessage(), REGENERATE));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot compare a bundle's recipe in memory", e);
    }
  }

  private static final String REGENERATE =
      "regenerate it with 'truthbook evidence --source ID --out FILE'; bundles are written, never edited";

  /** An item of one of the bundle's lists, and where it starts in the bundle. */
  private record Item(JsonNode node, Location at) {}

  /** The malformed items named one by one; past them, one finding counts the rest. */
  private static final int ITEMS_NAMED = 20;

  private static void decode(Item item, List<Finding> findings, Runnable decoding) {
    try {
      decoding.run();
    } catch (BundleFormatException e) {
      long named = findings.stream().filter(f -> f.ruleId().equals("bundle.parse")).count();
      if (named < ITEMS_NAMED) {
        findings.add(Finding.error("bundle.parse", item.at(), "this item of the bundle is malformed: "
            + e.getMessage(), REGENERATE));
      } else if (named == ITEMS_NAMED) {
        findings.add(Finding.error("bundle.parse", item.at(), "more items of the bundle are malformed, from this"
            + " one on; only the first " + ITEMS_NAMED + " are named", REGENERATE));
      }
    }
  }

  private static JsonNode objectOf(Map<String, JsonNode> header) {
    ObjectNode node = JSON.createObjectNode();
    header.forEach(node::set);
    return node;
  }

  private static Instant instant(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new BundleFormatException("'" + text + "' is not an instant such as 2026-01-31T12:00:00Z");
    }
  }

  private static EvidenceBundle.Read failed(List<Finding> findings, Finding finding) {
    findings.add(finding);
    return new EvidenceBundle.Read(Optional.empty(), Optional.empty(), findings);
  }

  private static Location at(String file, JsonLocation where) {
    return where == null ? Location.of(file, 1, 1)
        : Location.of(file, Math.max(1, where.getLineNr()), Math.max(1, where.getColumnNr()));
  }

  private static Finding finding(JsonNode node, Source source, EvidenceJson.Places places) {
    String severity = EvidenceJson.text(node, "severity");
    Severity level;
    try {
      level = Severity.valueOf(severity.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new BundleFormatException("unknown severity '" + severity + "' (known: error, warning, note)");
    }
    JsonNode at = EvidenceJson.object(node, "at");
    Location where;
    if (at.has("manifest")) {
      String manifest = EvidenceJson.text(at, "manifest");
      int index = at.has("index") ? EvidenceJson.integer(at.get("index"), "index") : -1;
      where = manifest.equals("extractor") && index >= 0 && index < source.extractors().size()
          ? source.extractors().get(index).at() : source.at();
    } else {
      where = places.read(node, "at");
    }
    return new Finding(EvidenceJson.text(node, "rule"), level, where, EvidenceJson.text(node, "message"),
        EvidenceJson.text(node, "hint"));
  }
}
