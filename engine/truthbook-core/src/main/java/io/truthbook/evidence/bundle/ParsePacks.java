package io.truthbook.evidence.bundle;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.truthbook.disk.ContentCache;
import io.truthbook.evidence.ChangeStamp;
import io.truthbook.evidence.Evidence;
import io.truthbook.evidence.Extractor;
import io.truthbook.evidence.ParseCache;
import io.truthbook.model.Location;
import io.truthbook.model.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link ParseCache} under the truth's {@code target/evidence-cache}: one pack per extractor (one
 * {@link ContentCache} entry, keyed by the extractor, the engine's build and this format), one line per
 * file, {@code key TAB json}, the key the digest of the file's blob id, path and printed path. One pack
 * is one read and one atomic write, where a file per entry would be tens of thousands of small files.
 * A pack keeps the files of the last run only, so it never grows past the product.
 */
public final class ParsePacks implements ParseCache {
  /** The folder under the truth's root. */
  public static final String CACHE_FOLDER = "target/evidence-cache";

  /** Changes when a pack's lines change meaning; old packs are then never read again. */
  private static final String FORMAT = "evidence-parses 1";
  /** The same for the last-change stamps of a commit's files. */
  private static final String STAMPS = "change-stamps 1";

  private static final JsonFactory LINES = new JsonFactory();

  private final ContentCache disk;
  /** The last-change stamps, in a folder of their own: they do not depend on the engine build. */
  private final ContentCache stampsDisk;
  private final String engine;
  private final Map<String, Pack> packs = new ConcurrentHashMap<>();

  private ParsePacks(ContentCache disk, ContentCache stampsDisk, String engine) {
    this.disk = disk;
    this.stampsDisk = stampsDisk;
    this.engine = engine;
  }

  /** A cache in {@code folder} for results made by the engine build {@code engine} (any text naming it). */
  public static ParseCache in(Path folder, String engine) {
    return new ParsePacks(ContentCache.in(folder), ContentCache.in(folder.resolve("stamps")), engine);
  }

  /**
   * The cache of the truth at {@code root} for this engine: its version, and the size and time of the
   * jar it runs from, so a rebuilt engine never reads what another build's extractors found. Run from
   * a classes folder (tests, an IDE) there is no jar to name the build, and no cache.
   */
  public static ParseCache forTruth(Path root, String version) {
    try {
      Path code = Path.of(ParsePacks.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (!Files.isRegularFile(code)) {
        return ParseCache.none();
      }
      return in(root.resolve(CACHE_FOLDER), version + " " + Files.size(code) + " "
          + Files.getLastModifiedTime(code).toMillis());
    } catch (IOException | RuntimeException | java.net.URISyntaxException e) {
      return ParseCache.none();
    }
  }

  /** One extractor's pack: the lines read, and the lines of this run's files. */
  private record Pack(Map<String, String> before, Map<String, String> now) {}

  private Pack pack(String extractor) {
    return packs.computeIfAbsent(extractor, name -> {
      Map<String, String> lines = new TreeMap<>();
      for (String line : disk.read(packKey(name)).orElse("").split("\n")) {
        int tab = line.indexOf('\t');
        // a line cut short or not ours is no entry; its file is parsed again
        if (tab > 0) {
          lines.put(line.substring(0, tab), line.substring(tab + 1));
        }
      }
      return new Pack(lines, new ConcurrentHashMap<>());
    });
  }

  private String packKey(String extractor) {
    return ContentCache.key(FORMAT, engine, extractor);
  }

  private static String key(Parsed file) {
    return ContentCache.key(file.blob(), file.file(), file.display());
  }

  @Override
  public Optional<Extractor.Result> find(String extractor, Parsed file) {
    Pack pack = pack(extractor);
    String key = key(file);
    String line = pack.before().get(key);
    if (line == null) {
      return Optional.empty();
    }
    try {
      Extractor.Result result = read(tree(line), new HerePlaces(file));
      pack.now().put(key, line);
      return Optional.of(result);
    } catch (IOException | RuntimeException e) {
      // a corrupt entry is a miss: the file is parsed, and its entry written again
      return Optional.empty();
    }
  }

  /**
   * One pack line as a JSON tree, built from Jackson's streaming parser with its node factory: an object mapper
   * would do the same after a cold start of the whole data-binding library, a tenth of a small check.
   */
  static JsonNode tree(String line) throws IOException {
    try (JsonParser parser = LINES.createParser(line)) {
      if (parser.nextToken() == null) {
        throw new IOException("an empty line");
      }
      JsonNode node = node(parser);
      if (parser.nextToken() != null) {
        throw new IOException("more than one value on a line");
      }
      return node;
    }
  }

  /** The value at the parser's current token, its children read. */
  private static JsonNode node(JsonParser parser) throws IOException {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    return switch (parser.currentToken()) {
      case START_OBJECT -> {
        ObjectNode object = nodes.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
          String name = parser.currentName();
          parser.nextToken();
          object.set(name, node(parser));
        }
        yield object;
      }
      case START_ARRAY -> {
        ArrayNode array = nodes.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          array.add(node(parser));
        }
        yield array;
      }
      case VALUE_STRING -> nodes.textNode(parser.getText());
      // as the mapper types whole numbers: int where it fits, then long, then big
      case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
        case INT -> nodes.numberNode(parser.getIntValue());
        case LONG -> nodes.numberNode(parser.getLongValue());
        default -> nodes.numberNode(parser.getBigIntegerValue());
      };
      case VALUE_TRUE -> nodes.booleanNode(true);
      case VALUE_FALSE -> nodes.booleanNode(false);
      case VALUE_NULL -> nodes.nullNode();
      default -> throw new IOException("unexpected " + parser.currentToken() + " in a pack line");
    };
  }

  @Override
  public void keep(String extractor, Parsed file, Extractor.Result result) {
    try {
      pack(extractor).now().put(key(file), write(result, new HerePlaces(file)));
    } catch (RuntimeException e) {
      // a result that places something outside its own file (ElsewhereException) could not be re-placed,
      // and one the pack has no form for could not be read back: neither is kept
    }
  }

  @Override
  public Optional<Map<String, ChangeStamp>> stamps(String commit, List<String> files) {
    String[] lines = stampsDisk.read(stampsKey(commit, files)).orElse("").split("\n", -1);
    if (lines.length < 2 || !lines[0].equals(STAMPS) || !lines[lines.length - 1].isEmpty()) {
      return Optional.empty();
    }
    Map<String, ChangeStamp> stamps = new LinkedHashMap<>();
    for (int i = 1; i < lines.length - 1; i++) {
      String[] parts = lines[i].split("\t", -1);
      try {
        if (parts.length != 3 || !files.contains(parts[0]) || !parts[1].matches("[0-9a-f]{40,64}")) {
          return Optional.empty();
        }
        stamps.put(parts[0], new ChangeStamp(parts[1], java.time.Instant.ofEpochSecond(Long.parseLong(parts[2]))));
      } catch (RuntimeException e) {
        // a line cut short or not ours: the history is walked again and the entry rewritten
        return Optional.empty();
      }
    }
    return Optional.of(stamps);
  }

  @Override
  public void keepStamps(String commit, List<String> files, Map<String, ChangeStamp> stamps) {
    StringBuilder text = new StringBuilder(STAMPS).append('\n');
    stamps.forEach((file, stamp) -> text.append(file).append('\t').append(stamp.commit()).append('\t')
        .append(stamp.time().getEpochSecond()).append('\n'));
    stampsDisk.write(stampsKey(commit, files), text.toString());
  }

  private static String stampsKey(String commit, List<String> files) {
    return ContentCache.key(STAMPS, commit, String.join("\n", files));
  }

  @Override
  public void save() {
    packs.forEach((extractor, pack) -> {
      if (!pack.now().equals(pack.before())) {
        StringBuilder text = new StringBuilder();
        new TreeMap<>(pack.now()).forEach((key, line) -> text.append(key).append('\t').append(line).append('\n'));
        disk.write(packKey(extractor), text.toString());
      }
    });
  }

  private static String write(Extractor.Result result, EvidenceJson.Places places) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
      json.writeStartObject();
      json.writeArrayFieldStart("evidence");
      for (Evidence item : result.evidence()) {
        EvidenceJson.write(json, item, places);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("problems");
      for (Extractor.ExtractionProblem problem : result.problems()) {
        json.writeStartObject();
        places.write(json, "at", problem.at());
        json.writeStringField("message", problem.message());
        json.writeStringField("rule", problem.rule());
        json.writeStringField("severity", problem.severity().name());
        json.writeStringField("hint", problem.hint());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static Extractor.Result read(JsonNode node, EvidenceJson.Places places) {
    List<Evidence> evidence = new ArrayList<>();
    EvidenceJson.array(node, "evidence").forEach(item -> evidence.add(EvidenceJson.read(item, places)));
    List<Extractor.ExtractionProblem> problems = new ArrayList<>();
    for (JsonNode problem : EvidenceJson.array(node, "problems")) {
      problems.add(new Extractor.ExtractionProblem(places.read(problem, "at"), EvidenceJson.text(problem, "message"),
          EvidenceJson.text(problem, "rule"), Severity.valueOf(EvidenceJson.text(problem, "severity")),
          EvidenceJson.text(problem, "hint")));
    }
    return new Extractor.Result(evidence, problems);
  }

  /** A place in the result's own file at its own commit, which is all an entry stores: line and column. */
  private record HerePlaces(Parsed file) implements EvidenceJson.Places {
    @Override
    public void write(JsonGenerator json, String field, Location at) throws IOException {
      if (!at.file().equals(file.display()) || !at.commit().equals(file.commit())) {
        throw new ElsewhereException();
      }
      json.writeObjectFieldStart(field);
      json.writeNumberField("line", at.line());
      json.writeNumberField("column", at.column());
      json.writeEndObject();
    }

    @Override
    public Location read(JsonNode node, String field) {
      JsonNode at = EvidenceJson.object(node, field);
      return new Location(file.display(), EvidenceJson.integer(at.get("line"), "line"),
          EvidenceJson.integer(at.get("column"), "column"), file.commit());
    }
  }

  /** A place outside the result's file: the result is not cached. */
  private static final class ElsewhereException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ElsewhereException() {
      super(null, null, false, false);
    }
  }
}
