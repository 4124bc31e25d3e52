package io.truthbook.gates;

import io.truthbook.kinds.ManifestReader;
import io.truthbook.load.LoadLimits;
import io.truthbook.load.LoadedFile;
import io.truthbook.load.RepositoryFiles;
import io.truthbook.load.YamlLoader;
import io.truthbook.model.Finding;
import io.truthbook.model.Gate;
import io.truthbook.model.ManifestKind;
import io.truthbook.model.Owner;
import io.truthbook.model.Truth;
import io.truthbook.schema.SchemaValidator;
import io.truthbook.yaml.YamlNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.stream.Collectors;

/**
 * Records a sign-off: the reviewer, the date and the digest of the content the gate governs now,
 * written into the manifest that defines the gate. The edit is textual, so comments and every other
 * entry keep their bytes; the result is parsed and schema-checked, and must equal the old manifest
 * plus the sign-off, before it replaces the file atomically. Signing twice on one day changes nothing.
 */
public final class SignOff {
  private SignOff() {}

  /** What was recorded, and whether the file changed. */
  public record Signed(String file, String gate, String reviewer, String date, String digest, boolean changed) {}

  public static Signed sign(Path root, String gateId, String ownerId, LocalDate date) {
    return sign(root, gateId, ownerId, date, LoadLimits.DEFAULTS);
  }

  /**
   * Signs {@code gateId} as {@code ownerId} on {@code date}.
   *
   * @throws SignOffException if the gate or owner is unknown, the owner is not a required reviewer,
   *     the governed manifests do not load, or the gate is written in a form this edit cannot change
   * @throws UncheckedIOException if the manifests cannot be read or the file cannot be written
   */
  public static Signed sign(Path root, String gateId, String ownerId, LocalDate date, LoadLimits limits) {
    Path base = root.toAbsolutePath().normalize();
    if (!Files.isDirectory(base.resolve("manifests"))) {
      throw new SignOffException("no 'manifests' folder in " + base);
    }
    Truth truth = ManifestReader.readFolder(base, limits).truth();
    Gate gate = truth.gates().stream().filter(g -> g.id().equals(gateId)).findFirst()
        .orElseThrow(() -> new SignOffException(truth.incomplete().contains(ManifestKind.GATES)
            ? "cannot sign " + gateId + ": the gates manifests do not load (run truthbook check)"
            : "unknown gate '" + gateId + "' (gates: "
                + truth.gates().stream().map(Gate::id).collect(Collectors.joining(", ")) + ")"));
    List<ManifestKind> kinds = ContentDigest.kinds(gate.governs());
    List<String> broken = kinds.stream().filter(truth.incomplete()::contains).map(ManifestKind::id).toList();
    if (!broken.isEmpty()) {
      throw new SignOffException("cannot sign " + gateId + ": the " + String.join(", ", broken)
          + " manifests it governs do not load (run truthbook check)");
    }
    if (truth.owners().stream().noneMatch(o -> o.id().equals(ownerId))) {
      throw new SignOffException("unknown owner '" + ownerId + "' (owners: "
          + truth.owners().stream().map(Owner::id).collect(Collectors.joining(", ")) + ")");
    }
    SortedSet<String> required = RequiredReviewers.of(gate, truth);
    if (!required.contains(ownerId)) {
      throw new SignOffException(ownerId + " is not a required reviewer of " + gateId + " (required: "
          + String.join(", ", required) + "; they own what it governs: " + String.join(", ", gate.governs()) + ")");
    }
    String digest = ContentDigest.of(truth, kinds);
    String file = gate.at().file();
    Path path = base.resolve(file);
    if (!RepositoryFiles.insideReal(base, path)) {
      throw new SignOffException("cannot sign: " + file + " is a link that leaves the repository");
    }
    byte[] before = read(path);
    String text = new String(before, StandardCharsets.UTF_8);
    String bom = text.startsWith("\uFEFF") ? "\uFEFF" : "";
    YamlLoader loader = new YamlLoader(limits);
    YamlNode.Mapping old = parse(loader, file, before);
    String edited = bom + GatesFileEdit.apply(text.substring(bom.length()), gateNode(old, gateId), ownerId,
        date.toString(), digest);
    byte[] after = edited.getBytes(StandardCharsets.UTF_8);
    verify(loader, file, old, after, gateId, ownerId, date.toString(), digest);
    boolean changed = !java.util.Arrays.equals(before, after);
    if (changed) {
      write(path, after);
    }
    return new Signed(file, gateId, ownerId, date.toString(), digest, changed);
  }

  private static YamlNode.Mapping parse(YamlLoader loader, String file, byte[] bytes) {
    LoadedFile loaded = loader.load(file, bytes);
    if (loaded.manifest().isEmpty()) {
      throw new SignOffException("cannot sign: " + file + " does not load: "
          + loaded.findings().stream().findFirst().map(Finding::message).orElse("unknown problem"));
    }
    return loaded.manifest().get().root();
  }

  private static YamlNode.Mapping gateNode(YamlNode.Mapping root, String gateId) {
    return root.get("gates").filter(YamlNode.Sequence.class::isInstance)
        .map(s -> ((YamlNode.Sequence) s).items()).orElse(List.of()).stream()
        .filter(YamlNode.Mapping.class::isInstance).map(YamlNode.Mapping.class::cast)
        .filter(g -> g.get("id").filter(id -> id instanceof YamlNode.Scalar s && gateId.equals(s.valueText())).isPresent())
        .findFirst()
        .orElseThrow(() -> new SignOffException("gate " + gateId + " is not in its manifest"));
  }

  /** The edited file must load, pass its schema, and differ from the old one only by the sign-off. */
  private static void verify(YamlLoader loader, String file, YamlNode.Mapping old, byte[] after, String gateId,
      String reviewer, String date, String digest) {
    LoadedFile loaded = loader.load(file, after);
    List<Finding> problems = new ArrayList<>(loaded.findings());
    loaded.manifest().ifPresent(m -> problems.addAll(new SchemaValidator().validate(m)));
    if (loaded.manifest().isEmpty() || !problems.isEmpty()) {
      throw new SignOffException("signing would break " + file + ": "
          + problems.stream().findFirst().map(f -> f.location() + " " + f.message()).orElse("it does not load")
          + "; the file is unchanged");
    }
    if (!PlainYaml.of(loaded.manifest().get().root()).equals(expected(old, gateId, reviewer, date, digest))) {
      throw new SignOffException("signing would change more of " + file + " than the sign-off; the file is"
          + " unchanged");
    }
  }

  @SuppressWarnings("unchecked")
  private static Object expected(YamlNode.Mapping old, String gateId, String reviewer, String date, String digest) {
    Map<String, Object> root = (Map<String, Object>) PlainYaml.of(old);
    for (Object item : (List<Object>) root.get("gates")) {
      Map<String, Object> gate = (Map<String, Object>) item;
      if (gateId.equals(String.valueOf(gate.get("id")))) {
        List<Object> signoffs = new ArrayList<>((List<Object>) gate.getOrDefault("signoffs", List.of()));
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("reviewer", reviewer);
        entry.put("date", date);
        entry.put("digest", digest);
        int at = -1;
        for (int i = signoffs.size() - 1; i >= 0; i--) {
          if (reviewer.equals(String.valueOf(((Map<String, Object>) signoffs.get(i)).get("reviewer")))) {
            signoffs.remove(i);
            at = i;
          }
        }
        signoffs.add(at < 0 ? signoffs.size() : at, entry);
        gate.put("signoffs", signoffs);
        break;
      }
    }
    return root;
  }

  private static byte[] read(Path path) {
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  /** Writes next to the target, then renames over it, so readers see the old file or the new one. */
  private static void write(Path path, byte[] bytes) {
    Path temp = null;
    try {
      temp = Files.createTempFile(path.getParent(), "." + path.getFileName() + ".", ".tmp");
      Files.write(temp, bytes);
      copyPermissions(path, temp);
      Files.move(temp, path, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + path, e);
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException e) {
          // the move succeeded or the original error is the one to report
        }
      }
    }
  }

  private static void copyPermissions(Path from, Path to) throws IOException {
    try {
      Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the temporary file's defaults stand
    }
  }
}
