package io.truthbook.diagrams;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * PlantUML's verdict on a hand-written diagram, cached by content: the key is the SHA-256 of the
 * PlantUML version and the diagram's text (includes inlined), the value {@code ok} or the error's line
 * and message, one file each under {@value #FOLDER} of the truth's root. A {@code check} whose diagrams
 * did not change never starts PlantUML. A cache that cannot be read or written (a read-only checkout)
 * is not used: PlantUML is asked, as without one.
 */
final class SyntaxVerdicts {
  static final String FOLDER = "target/diagram-cache/syntax";
  private static final String OK = "ok";
  private static final String ERROR = "error";

  private SyntaxVerdicts() {}

  static Optional<SyntaxError> check(Path root, String source) {
    Path file = root.resolve(FOLDER).resolve(key(source));
    Optional<Optional<SyntaxError>> cached = read(file);
    if (cached.isPresent()) {
      return cached.get();
    }
    Optional<SyntaxError> verdict = SandboxedPlantUml.check(source);
    write(file, verdict);
    return verdict;
  }

  private static String key(String source) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(SandboxedPlantUml.version().getBytes(StandardCharsets.UTF_8));
      digest.update((byte) 0);
      digest.update(source.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static Optional<Optional<SyntaxError>> read(Path file) {
    try {
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (lines.size() == 1 && lines.get(0).equals(OK)) {
        return Optional.of(Optional.empty());
      }
      if (lines.size() == 3 && lines.get(0).equals(ERROR)) {
        return Optional.of(Optional.of(new SyntaxError(Integer.parseInt(lines.get(1)), lines.get(2))));
      }
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  private static void write(Path file, Optional<SyntaxError> verdict) {
    String text = verdict.map(e -> ERROR + "\n" + e.line() + "\n" + e.message().replaceAll("[\\r\\n]+", " ") + "\n")
        .orElse(OK + "\n");
    try {
      Files.createDirectories(file.getParent());
      Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
      Files.writeString(temp, text, StandardCharsets.UTF_8);
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | RuntimeException e) {
      // no cache where the truth cannot be written: the verdict stands without one
    }
  }
}
