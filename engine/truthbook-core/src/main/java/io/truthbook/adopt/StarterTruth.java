package io.truthbook.adopt;

import io.truthbook.model.ManifestKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The files of a new truth: a manifest of every kind with comments that teach its format (valid and
 * check-clean as written), the packaged schemas their modelines name, the configuration, a GitHub workflow
 * and a pre-commit entry. Templates are resources beside this class.
 */
final class StarterTruth {
  static final String CONFIG = "truthbook.yaml";
  static final String WORKFLOW = ".github/workflows/truthbook.yml";
  static final String PRE_COMMIT = ".pre-commit-config.yaml";
  static final String CHAPTER = "chapters/start-here.adoc";
  private static final String CONFIG_SCHEMA = "truthbook-config.schema.json";
  /** The release the workflow and the pre-commit entry name when this build is not one. */
  private static final String RELEASE = "0.1.0";

  private StarterTruth() {}

  /**
   * Every file, by path: manifests, schemas, chapter and configuration relative to the truth's root, the
   * workflow and the pre-commit entry relative to {@code top}, the repository's root as seen from the truth's
   * ({@code ""} when they are one, else {@code ../../}). {@code owner} owns the starter chapter.
   */
  static Map<String, String> files(String owner, String top, String truthFromTop, String version) {
    Map<String, String> files = new LinkedHashMap<>();
    for (ManifestKind kind : ManifestKind.values()) {
      if (kind.starter()) {
        files.put(manifest(kind), template(kind.id() + ".yaml").replace("{{owner}}", owner));
      }
    }
    files.put(CHAPTER, template("start-here.adoc"));
    for (ManifestKind kind : ManifestKind.values()) {
      files.put("schemas/" + kind.schemaFile(), resource("/schemas/" + kind.schemaFile()));
    }
    files.put("schemas/" + CONFIG_SCHEMA, resource("/schemas/" + CONFIG_SCHEMA));
    files.put(CONFIG, template(CONFIG));
    String release = version.matches("[0-9]+\\.[0-9]+\\.[0-9]+") ? version : RELEASE;
    String root = truthFromTop.isEmpty() ? ""
        : "          root: " + YamlWriter.scalar(truthFromTop) + "     # the folder holding manifests/\n";
    files.put(top + WORKFLOW, template("workflow.yml").replace("{{version}}", release).replace("{{root}}\n", root)
        .replace("{{root}}", root));
    String args = truthFromTop.isEmpty() ? ""
        : "        args: [--root, " + YamlWriter.scalar(truthFromTop) + "]   # the folder holding manifests/\n";
    files.put(top + PRE_COMMIT, template("pre-commit-config.yaml").replace("{{version}}", release)
        .replace("{{args}}\n", args));
    return files;
  }

  static String manifest(ManifestKind kind) {
    return "manifests/" + kind.id() + ".yaml";
  }

  /** A manifest's modeline and teaching comments, through its {@code kind:} line. */
  static String header(ManifestKind kind) {
    String text = template(kind.id() + ".yaml");
    int kindLine = text.indexOf("\nkind: ");
    return text.substring(0, text.indexOf('\n', kindLine + 1) + 1);
  }

  private static String template(String name) {
    return resource("/io/truthbook/adopt/" + name);
  }

  private static String resource(String name) {
    try (InputStream in = Optional.ofNullable(StarterTruth.class.getResourceAsStream(name))
        .orElseThrow(() -> new IllegalStateException(name + " is not packaged with the tool"))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
