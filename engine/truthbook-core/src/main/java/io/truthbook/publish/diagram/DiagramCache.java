package io.truthbook.publish.diagram;

import io.truthbook.diagrams.SandboxedPlantUml;
import io.truthbook.diagrams.SyntaxError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Rendered SVG by the content it was rendered from: the key is the SHA-256 of the PlantUML
 * version, this renderer's output format and the diagram source, so an unchanged diagram is never
 * rendered twice and a new PlantUML renders everything again.
 */
public final class DiagramCache {
  /** Raise when what this package does to PlantUML's SVG changes, so old entries are not reused. */
  private static final String FORMAT = "truthbook-svg-2 smetana";
  private final Path dir;

  public DiagramCache(Path dir) {
    this.dir = dir;
  }

  public Path dir() {
    return dir;
  }

  /** The cache key of a diagram source. */
  public static String key(String source) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(("plantuml " + SandboxedPlantUml.version() + "\n" + FORMAT + "\n").getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest(source.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this Java has no SHA-256", e);
    }
  }

  /** The SVG rendered for this key before, if any. */
  public Optional<byte[]> get(String key) {
    Path file = file(key);
    try {
      return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the diagram cache " + file, e);
    }
  }

  public void put(String key, byte[] svg) {
    Path file = file(key);
    try {
      AtomicFiles.write(file, svg);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the diagram cache " + file, e);
    }
  }

  private Path file(String key) {
    if (!key.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("not a cache key: " + key);
    }
    return dir.resolve(key + ".svg");
  }
}
