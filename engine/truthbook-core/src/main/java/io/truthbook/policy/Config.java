package io.truthbook.policy;

import io.truthbook.load.LoadLimits;
import io.truthbook.load.YamlLoader;
import io.truthbook.model.Finding;
import io.truthbook.model.Location;
import io.truthbook.model.PdfReference;
import io.truthbook.schema.SchemaValidator;
import io.truthbook.yaml.YamlNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A team's {@code truthbook.yaml}: severity overrides ({@code off} included), the baseline file, the
 * reports {@code check} writes by default, where each repository is checked out for reports, and what the
 * book's PDF holds of the reference. Paths in it are relative to its folder. A missing file is the empty
 * configuration.
 */
public record Config(Optional<Path> file, List<String> severities, Optional<Path> baseline, List<Report> reports,
    Map<String, String> paths, Optional<String> site, PdfReference pdfReference) {

  /** The file name looked for at the truth's root. */
  public static final String FILE = "truthbook.yaml";

  /** The schema editors and the loader validate it with. */
  public static final String SCHEMA = io.truthbook.model.ManifestKind.CONFIG_SCHEMA;

  /** One report: its format, the file it goes to (standard output when empty), and where it is configured. */
  public record Report(String format, Optional<Path> out, Location at) {}

  public Config {
    severities = List.copyOf(severities);
    reports = List.copyOf(reports);
    paths = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(paths));
    java.util.Objects.requireNonNull(pdfReference, "pdfReference");
  }

  /** No configuration file: nothing overridden, no baseline, text to standard output, the whole book in the PDF. */
  public static Config none() {
    return new Config(Optional.empty(), List.of(), Optional.empty(), List.of(), Map.of(), Optional.empty(),
        PdfReference.INCLUDED);
  }

  /** A configuration, or the findings ({@code file:line:col}) that say why it cannot be used. */
  public record Loaded(Config config, List<Finding> findings) {}

  /**
   * Reads {@code explicit} when given (it must exist), else {@code root/truthbook.yaml} when present. The
   * file's findings are named by {@code display}, the path a reader would type.
   */
  public static Loaded load(Path root, Optional<Path> explicit) {
    Path file = explicit.orElse(root.resolve(FILE));
    String display = file.normalize().toString().replace('\\', '/');
    if (!Files.isRegularFile(file)) {
      if (explicit.isPresent()) {
        return new Loaded(none(), List.of(Finding.error("config.missing", Location.file(display),
            "configuration file " + display + " does not exist", "fix the --config path, or run 'truthbook init'")));
      }
      return new Loaded(none(), List.of());
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    YamlLoader.Parsed parsed = new YamlLoader(LoadLimits.DEFAULTS).parse(display, bytes);
    if (parsed.root().isEmpty()) {
      boolean empty = parsed.findings().stream().allMatch(f -> f.ruleId().equals("manifest.empty"));
      return new Loaded(none(), empty ? List.of() : parsed.findings());
    }
    YamlNode tree = parsed.root().get();
    List<Finding> findings = new ArrayList<>(SchemaValidator.validate(SCHEMA, tree).stream()
        .map(f -> new Finding(f.ruleId().replaceFirst("^schema\\.", "config."), f.severity(), f.location(),
            f.message(), f.hint().replace("schemas/" + SCHEMA, "the configuration schema (schemas/" + SCHEMA + ")")))
        .toList());
    if (!findings.isEmpty()) {
      return new Loaded(none(), findings);
    }
    Path folder = file.toAbsolutePath().getParent();
    List<String> severities = new ArrayList<>();
    tree.get("severity").ifPresent(node -> node.entries().forEach((rule, entry) ->
        entry.value().text().ifPresent(level -> severities.add(rule + "=" + level))));
    List<Report> reports = new ArrayList<>();
    tree.get("reports").ifPresent(node -> node.items().forEach(item -> reports.add(new Report(
        item.text("format").orElse(""), item.text("out").map(folder::resolve), item.at()))));
    Map<String, String> paths = new LinkedHashMap<>();
    tree.get("paths").ifPresent(node -> node.entries().forEach((id, entry) ->
        entry.value().text().ifPresent(path -> paths.put(id, path))));
    return new Loaded(new Config(Optional.of(file), severities, tree.text("baseline").map(folder::resolve), reports,
        paths, tree.text("site"), pdfReference(tree)), List.of());
  }

  /** {@code pdf.reference}, which the schema has already limited to the enum's values. */
  private static PdfReference pdfReference(YamlNode tree) {
    return tree.get("pdf").flatMap(pdf -> pdf.text("reference")).flatMap(PdfReference::of)
        .orElse(PdfReference.INCLUDED);
  }
}
