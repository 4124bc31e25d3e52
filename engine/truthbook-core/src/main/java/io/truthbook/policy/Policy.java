package io.truthbook.policy;

import io.truthbook.model.CheckResult;
import io.truthbook.rules.SeverityOverrides;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a team's configuration does to a check, in one order for every entry point (CLI, Maven plugin,
 * hook, Action): severities (the configuration's, then the caller's, which win), the baseline (by
 * fingerprint over paths relative to the truth's root, so that it does not depend on where reports are
 * read), then the paths reports name files by.
 */
public final class Policy {
  private final Path root;
  private final Config config;
  private final SeverityOverrides overrides;
  private final boolean useBaseline;

  private Policy(Path root, Config config, SeverityOverrides overrides, boolean useBaseline) {
    this.root = root.toAbsolutePath().normalize();
    this.config = config;
    this.overrides = overrides;
    this.useBaseline = useBaseline;
  }

  /**
   * The policy of {@code config} with the caller's {@code severities} ({@code RULE=LEVEL}) on top; a
   * malformed one is an {@link IllegalArgumentException} with the reason.
   */
  public static Policy of(Path root, Config config, List<String> severities, boolean useBaseline) {
    List<String> all = new ArrayList<>(config.severities());
    all.addAll(severities);
    return new Policy(root, config, SeverityOverrides.parse(all), useBaseline);
  }

  public Config config() {
    return config;
  }

  /** The baseline file: the configuration's, else {@value Baseline#FILE} at the truth's root. */
  public Path baselineFile() {
    return config.baseline().orElse(root.resolve(Baseline.FILE));
  }

  /** The check as reports show it: severities, the baseline when it exists and is used, report paths. */
  public CheckResult apply(CheckResult check) {
    return reported(judged(check));
  }

  /** Severities and the baseline applied; files still named from the truth's root, as a build log names them. */
  public CheckResult judged(CheckResult check) {
    CheckResult result = overrides.apply(check);
    Optional<Baseline> baseline = useBaseline ? readBaseline() : Optional.empty();
    return baseline.isPresent() ? baseline.get().apply(result) : result;
  }

  /** A judged check with its files named as reports for CI need them ({@link ReportPaths}). */
  public CheckResult reported(CheckResult judged) {
    return new ReportPaths(config.paths()).apply(judged);
  }

  /** What {@code truthbook baseline} records: the check with severities applied, paths from the truth's root. */
  public String baselineOf(CheckResult check) {
    return Baseline.write(overrides.apply(check));
  }

  /**
   * The baseline, if its file exists; one that cannot be read is an {@link IllegalArgumentException}
   * naming {@code file:line:col}.
   */
  private Optional<Baseline> readBaseline() {
    Path file = baselineFile();
    if (!Files.isRegularFile(file)) {
      if (config.baseline().isPresent()) {
        throw new IllegalArgumentException(display(file) + ": the baseline the configuration names does not exist;"
            + " write it with 'truthbook baseline'");
      }
      return Optional.empty();
    }
    try {
      return Optional.of(Baseline.parse(display(file), Files.readString(file, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file's name relative to the truth's root, as findings name manifests. */
  private String display(Path file) {
    Path normal = file.toAbsolutePath().normalize();
    return (normal.startsWith(root) ? root.relativize(normal) : normal).toString().replace('\\', '/');
  }
}
