package io.truthbook.gates;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.truthbook.model.Entity;
import io.truthbook.kinds.TruthEntities;
import io.truthbook.model.ManifestKind;
import io.truthbook.model.Truth;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code sha256:<hex>} of exactly the content a gate governs: the truth's entities of the governed
 * kinds, serialized canonically (compact JSON, kinds, entities and fields sorted, no locations), so
 * comments, formatting, reordering and the other kinds change nothing, and sign-offs are not part
 * of it. {@link #FORMAT} is in the serialization: changing the serialization lapses every sign-off,
 * visibly.
 */
public final class ContentDigest {
  /** The version of the canonical serialization. */
  public static final int FORMAT = 1;

  private ContentDigest() {}

  /** The manifest kinds a gate's {@code governs} names, sorted; unknown names are ignored. */
  public static List<ManifestKind> kinds(Collection<String> governs) {
    return governs.stream().map(ManifestKind::byId).flatMap(Optional::stream).distinct().sorted().toList();
  }

  public static String of(Truth truth, Collection<ManifestKind> kinds) {
    // the canonical form goes straight into the hash: at scale it is tens of megabytes never needed whole
    MessageDigest sha256 = sha256();
    write(truth, kinds, new DigestOutputStream(OutputStream.nullOutputStream(), sha256));
    return "sha256:" + HexFormat.of().formatHex(sha256.digest());
  }

  /** The bytes the digest is taken over. */
  static byte[] canonical(Truth truth, Collection<ManifestKind> kinds) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(truth, kinds, out);
    return out.toByteArray();
  }

  private static void write(Truth truth, Collection<ManifestKind> kinds, OutputStream out) {
    List<ManifestKind> sorted = kinds.stream().distinct().sorted().toList();
    try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
      json.writeStartObject();
      json.writeNumberField("format", FORMAT);
      json.writeArrayFieldStart("governs");
      for (ManifestKind kind : sorted) {
        json.writeString(kind.id());
      }
      json.writeEndArray();
      json.writeObjectFieldStart("entities");
      for (Entity entity : TruthEntities.of(truth, sorted).values()) {
        json.writeObjectFieldStart(entity.key());
        for (Map.Entry<String, List<String>> field : entity.fields().entrySet()) {
          json.writeArrayFieldStart(field.getKey());
          for (String item : field.getValue()) {
            json.writeString(item);
          }
          json.writeEndArray();
        }
        json.writeEndObject();
      }
      json.writeEndObject();
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write JSON to memory", e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
