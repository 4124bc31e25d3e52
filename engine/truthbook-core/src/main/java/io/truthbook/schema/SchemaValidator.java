package io.truthbook.schema;

import io.truthbook.disk.ContentCache;
import io.truthbook.load.Manifest;
import io.truthbook.model.Finding;
import io.truthbook.model.Location;
import io.truthbook.model.ManifestKind;
import io.truthbook.yaml.YamlNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.everit.json.schema.Schema;
import org.everit.json.schema.ValidationException;
import org.everit.json.schema.loader.SchemaLoader;
import org.everit.json.schema.regexp.RE2JRegexpFactory;
import org.json.JSONObject;
import org.json.JSONTokener;

/**
 * Validates manifests against the draft-07 schema of their kind, with findings at the node, by JSON
 * Schema's own semantics (ECMA-262 patterns, integers by value) so the verdict is the editor's. Each
 * schema is compiled once per process, on first use; a validator made {@link #cachedIn} a truth keeps
 * its verdicts by content ({@link SchemaVerdicts}), so a manifest that did not change is not validated
 * again and a run whose manifests all come from the cache compiles no schema at all.
 */
public final class SchemaValidator {

  /** Where a truth keeps its schema verdicts, under its root. */
  public static final String CACHE_FOLDER = "target/schema-cache";

  private static final Pattern QUOTED_KEY = Pattern.compile("key \\[(.*)\\](?: is not permitted| not found)");
  private static final Pattern DEPENDENT_KEY = Pattern.compile("property \\[(.*)\\] is required");
  // compiled schemas are immutable and validate on any thread; the text is what cache keys digest
  private static final Map<String, String> TEXTS = new ConcurrentHashMap<>();
  private static final Map<String, Schema> COMPILED = new ConcurrentHashMap<>();
  private final ContentCache verdicts;

  private SchemaValidator(ContentCache verdicts) {
    this.verdicts = verdicts;
  }

  /** A validator without a cache: every manifest is validated. */
  public SchemaValidator() {
    this(ContentCache.none());
  }

  /** A validator that keeps its verdicts under the truth's {@value #CACHE_FOLDER}. */
  public static SchemaValidator cachedIn(Path root) {
    return new SchemaValidator(ContentCache.in(root.resolve(CACHE_FOLDER)));
  }

  /** The raw JSON text of a kind's schema, as packaged. */
  public static String schemaText(ManifestKind kind) {
    return text(kind.schemaFile());
  }

  private static String text(String schemaFile) {
    return TEXTS.computeIfAbsent(schemaFile, file -> packaged("/schemas/" + file));
  }

  private static String packaged(String resource) {
    try (InputStream in = SchemaValidator.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("schema " + resource + " is not packaged with the tool");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read schema " + resource, e);
    }
  }

  private static Schema compiled(String schemaFile) {
    return COMPILED.computeIfAbsent(schemaFile, file -> load(text(file)));
  }

  private static Schema load(String text) {
    JSONObject json = new JSONObject(new JSONTokener(text));
    // RE2/J matches as JSON Schema's ECMA-262 does where java.util.regex does not: '$' only at the very
    // end, never before a final newline, so "web\n" breaks '^[a-z]+$' as it does in the editor
    return SchemaLoader.builder().schemaJson(json).draftV7Support().regexpFactory(new RE2JRegexpFactory())
        .build().load().build();
  }

  /** The manifest's schema findings, validated now. */
  public List<Finding> validate(Manifest manifest) {
    String schemaFile = manifest.kind().schemaFile();
    return validate(compiled(schemaFile), manifest.root(), schemaFile);
  }

  /**
   * One manifest to judge, with the bytes it was read from and, when its reader knew one, a name for those
   * bytes that changes whenever they do (a git blob id, settled stat data): its cached verdict is found by
   * the name and the bytes' length and CRC32C when there is one, which spares digesting the bytes.
   */
  public record Input(Manifest manifest, byte[] bytes, Optional<String> name) {
    public Input(Manifest manifest, byte[] bytes) {
      this(manifest, bytes, Optional.empty());
    }
  }

  /**
   * The findings of each manifest, in order: from the cache where a verdict on these bytes under this
   * schema and engine is there; the others validated now, on every core when there are several (each
   * verdict depends on its own file only), and kept.
   */
  public List<List<Finding>> validate(List<Input> inputs) {
    // toList keeps the inputs' order
    return (inputs.size() > 1 ? inputs.parallelStream() : inputs.stream()).map(this::verdict).toList();
  }

  /**
   * One manifest's verdict: kept under its name (no digest of its bytes: the digests were most of the stage
   * once the verdicts are kept), else under its bytes' digest (a name never seen, as after a checkout or an
   * edit), else judged now; then kept under each key that missed.
   */
  private List<Finding> verdict(Input in) {
    String file = in.manifest().file();
    String schema = schemaText(in.manifest().kind());
    Optional<String> named = in.name().flatMap(name -> SchemaVerdicts.namedKey(file, name, in.bytes(), schema));
    Optional<List<Finding>> byName = named.flatMap(this::kept);
    if (byName.isPresent()) {
      return byName.get();
    }
    Optional<String> content = SchemaVerdicts.key(file, in.bytes(), schema);
    Optional<List<Finding>> byContent = content.flatMap(this::kept);
    List<Finding> verdict = byContent.orElseGet(() -> validate(in.manifest()));
    if (byContent.isEmpty()) {
      content.ifPresent(k -> verdicts.write(k, SchemaVerdicts.entry(k, verdict)));
    }
    named.ifPresent(k -> verdicts.write(k, SchemaVerdicts.entry(k, verdict)));
    return verdict;
  }

  /** The verdict kept under a key, or empty when there is none (or it is not one for that key). */
  private Optional<List<Finding>> kept(String key) {
    return verdicts.read(key).flatMap(entry -> SchemaVerdicts.parse(key, entry));
  }

  /**
   * Validates any YAML tree (a configuration file) against a schema packaged under {@code /schemas/},
   * with the same findings as a manifest's.
   */
  public static List<Finding> validate(String schemaFile, YamlNode root) {
    return validate(compiled(schemaFile), root, schemaFile);
  }

  private static List<Finding> validate(Schema schema, YamlNode root, String schemaFile) {
    try {
      schema.validate(JsonTree.of(root));
      return List.of();
    } catch (ValidationException e) {
      List<Finding> findings = new ArrayList<>();
      collect(root, schemaFile, e, findings);
      return findings;
    }
  }

  private static void collect(YamlNode root, String schemaFile, ValidationException e, List<Finding> findings) {
    if (!e.getCausingExceptions().isEmpty()) {
      e.getCausingExceptions().forEach(cause -> collect(root, schemaFile, cause, findings));
      return;
    }
    findings.add(finding(root, schemaFile, e));
  }

  private static Finding finding(YamlNode root, String schemaFile, ValidationException e) {
    String keyword = Optional.ofNullable(e.getKeyword()).orElse("schema");
    String pointer = e.getPointerToViolation();
    Location at = PointerLocator.locate(root, pointer);
    String where = pointer.replaceFirst("^#", "");
    String message = e.getErrorMessage();
    String hint;
    switch (keyword) {
      case "additionalProperties" -> {
        Matcher key = QUOTED_KEY.matcher(message);
        if (key.find()) {
          at = PointerLocator.keyLocation(root, pointer, key.group(1)).orElse(at);
          message = "unknown key '" + key.group(1) + "'" + (where.isEmpty() ? "" : " in " + where);
        }
        hint = "remove the key or fix its spelling; " + allowed(e);
      }
      case "required" -> {
        Matcher key = QUOTED_KEY.matcher(message);
        String name = key.find() ? key.group(1) : "?";
        message = "missing required key '" + name + "'" + (where.isEmpty() ? "" : " in " + where);
        hint = "add '" + name + ":' here; see schemas/" + schemaFile;
      }
      case "dependencies" -> {
        Matcher key = DEPENDENT_KEY.matcher(message);
        String needed = key.find() ? key.group(1) : "?";
        String by = String.join("' or '", needing(e, needed));
        message = (where.isEmpty() ? "" : where + ": ") + "'" + by + "' needs '" + needed + "'";
        hint = "add '" + needed + ":' here, or remove '" + by + "'; see schemas/" + schemaFile;
      }
      case "type" -> {
        message = (where.isEmpty() ? "" : where + ": ") + message;
        hint = "write the value in the expected form; see schemas/" + schemaFile;
      }
      case "enum", "const" -> {
        message = (where.isEmpty() ? "" : where + ": ") + message;
        hint = "use one of the allowed values listed in schemas/" + schemaFile;
      }
      default -> {
        message = (where.isEmpty() ? "" : where + ": ") + message;
        hint = "fix the value; the rule is in schemas/" + schemaFile
            + Optional.ofNullable(e.getViolatedSchema().getDescription()).map(d -> " (" + d + ")").orElse("");
      }
    }
    return Finding.error("schema." + keyword, at, message, hint);
  }

  /** The keys whose presence makes {@code needed} required, as the violated schema's dependencies say. */
  private static List<String> needing(ValidationException e, String needed) {
    if (e.getViolatedSchema() instanceof org.everit.json.schema.ObjectSchema object) {
      List<String> keys = object.getPropertyDependencies().entrySet().stream()
          .filter(d -> d.getValue().contains(needed)).map(Map.Entry::getKey).sorted().toList();
      if (!keys.isEmpty()) {
        return keys;
      }
    }
    return List.of("another key");
  }

  private static String allowed(ValidationException e) {
    if (e.getViolatedSchema() instanceof org.everit.json.schema.ObjectSchema object) {
      return "allowed keys: " + String.join(", ", object.getPropertySchemas().keySet().stream().sorted().toList());
    }
    return "see the schema";
  }
}
