package io.truthbook.schema;

import io.truthbook.disk.ContentCache;
import io.truthbook.model.Finding;
import io.truthbook.model.Location;
import io.truthbook.model.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32C;
import org.json.JSONArray;
import org.json.JSONException;
import org.json.JSONObject;

/**
 * The schema stage's verdict on one manifest as a cache entry. The key digests everything the findings
 * depend on: the engine (its version and the bytes of the classes that word and place the findings, so
 * a development build that changes a message does not read an old one), the schema's text, the file's
 * path (findings name it) and its bytes, or instead of their digest a name its reader has for them that
 * changes whenever they do (a git blob id, settled stat data) with their length and CRC32C: a digest of 14 MB
 * of manifests is most of a cached schema stage at scale. The entry repeats its key, so one copied under another name is
 * foreign and read as a miss, as is any entry that does not parse.
 */
final class SchemaVerdicts {
  private static final String FORMAT = "truthbook schema verdicts 1";
  private static final Optional<String> ENGINE = engine();
  private static final byte[] NAMED = "named".getBytes(StandardCharsets.UTF_8);

  private SchemaVerdicts() {}

  /** The key of a verdict, or empty when the engine cannot name itself (then nothing is cached). */
  static Optional<String> key(String file, byte[] bytes, String schemaText) {
    return key(schemaText, file, bytes);
  }

  /**
   * The key of a verdict on the bytes a name stands for, and their length and CRC32C: a name is never
   * trusted alone, since a file system may keep stat data for new bytes (NFS answering from its attribute
   * cache, sshfs or an image making up change times). The checksum is cheap where a digest is not (the JVM
   * has no SHA-256 intrinsic before C2) and turns such a stale name into a miss. Never the key of any bytes:
   * it has one part more.
   */
  static Optional<String> namedKey(String file, String name, byte[] bytes, String schemaText) {
    CRC32C crc = new CRC32C();
    crc.update(bytes);
    String checked = name + "\n" + bytes.length + " " + Long.toHexString(crc.getValue());
    return key(schemaText, file, NAMED, checked.getBytes(StandardCharsets.UTF_8));
  }

  /** The format, the engine, the schema's text and the path, then what stands for the manifest's bytes. */
  private static Optional<String> key(String schemaText, String file, byte[]... manifest) {
    return ENGINE.map(engine -> {
      List<byte[]> parts = new ArrayList<>(List.of(FORMAT.getBytes(StandardCharsets.UTF_8),
          engine.getBytes(StandardCharsets.UTF_8), schemaText.getBytes(StandardCharsets.UTF_8),
          file.getBytes(StandardCharsets.UTF_8)));
      parts.addAll(List.of(manifest));
      return ContentCache.key(parts.toArray(byte[][]::new));
    });
  }

  static String entry(String key, List<Finding> findings) {
    JSONArray array = new JSONArray();
    for (Finding f : findings) {
      JSONObject o = new JSONObject();
      o.put("rule", f.ruleId());
      o.put("severity", f.severity().name());
      o.put("file", f.location().file());
      o.put("line", f.location().line());
      o.put("column", f.location().column());
      f.location().commit().ifPresent(c -> o.put("commit", c));
      o.put("message", f.message());
      o.put("hint", f.hint());
      array.put(o);
    }
    return FORMAT + "\n" + key + "\n" + array + "\n";
  }

  /** The findings an entry states, or empty when it is not an entry for this key. */
  static Optional<List<Finding>> parse(String key, String entry) {
    String[] lines = entry.split("\n", -1);
    if (lines.length != 4 || !lines[0].equals(FORMAT) || !lines[1].equals(key) || !lines[3].isEmpty()) {
      return Optional.empty();
    }
    try {
      JSONArray array = new JSONArray(lines[2]);
      List<Finding> findings = new ArrayList<>();
      for (int i = 0; i < array.length(); i++) {
        JSONObject o = array.getJSONObject(i);
        Location at = new Location(o.getString("file"), o.getInt("line"), o.getInt("column"),
            o.has("commit") ? Optional.of(o.getString("commit")) : Optional.empty());
        findings.add(new Finding(o.getString("rule"), Severity.valueOf(o.getString("severity")), at,
            o.getString("message"), o.getString("hint")));
      }
      return Optional.of(List.copyOf(findings));
    } catch (JSONException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> engine() {
    StringBuilder engine = new StringBuilder(String.valueOf(SchemaValidator.class.getPackage().getImplementationVersion()));
    for (Class<?> type : List.of(SchemaValidator.class, PointerLocator.class, JsonTree.class, SchemaVerdicts.class)) {
      try (InputStream in = type.getResourceAsStream(type.getSimpleName() + ".class")) {
        if (in == null) {
          return Optional.empty();
        }
        engine.append('\n').append(ContentCache.key(in.readAllBytes()));
      } catch (IOException e) {
        return Optional.empty();
      }
    }
    return Optional.of(engine.toString());
  }
}
