package io.truthbook.cli;

import io.truthbook.Truthbook;
import io.truthbook.TruthbookException;
import io.truthbook.load.LoadLimits;
import io.truthbook.model.Finding;
import io.truthbook.policy.Config;
import io.truthbook.policy.Policy;
import io.truthbook.render.TextReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** What {@code check} and {@code baseline} read and how: the root, the configuration, limits, revisions. */
final class CheckOptions {

  @Option(names = "--root", paramLabel = "DIR", defaultValue = ".",
      description = "Repository root holding manifests/ (default: the current folder).")
  Path root;

  @Option(names = "--config", paramLabel = "FILE",
      description = "The configuration file (default: truthbook.yaml at the root, when it exists).")
  Path config;

  @Option(names = "--max-manifest-bytes", paramLabel = "BYTES", description = "Largest manifest read (default ${DEFAULT-VALUE}).")
  long maxManifestBytes = LoadLimits.DEFAULTS.maxManifestBytes();

  @Option(names = "--max-aliases", paramLabel = "N", description = "Most YAML aliases per manifest (default ${DEFAULT-VALUE}).")
  int maxAliases = LoadLimits.DEFAULTS.maxAliases();

  @Option(names = "--max-depth", paramLabel = "N", description = "Deepest YAML nesting (default ${DEFAULT-VALUE}).")
  int maxDepth = LoadLimits.DEFAULTS.maxDepth();

  @Option(names = "--max-nodes", paramLabel = "N", description = "Most YAML nodes per manifest after alias expansion (default ${DEFAULT-VALUE}).")
  int maxNodes = LoadLimits.DEFAULTS.maxNodes();

  @Option(names = "--worktree", description = "Read the sources' working trees (uncommitted edits count) instead of a commit.")
  boolean worktree;

  @Option(names = "--ref", paramLabel = "REV", description = "Read every source at this git revision instead of its manifest 'ref' (default HEAD).")
  String ref;

  @Option(names = "--cache", paramLabel = "DIR", description = "Where git URL sources are cloned (default ~/.cache/truthbook/repos).")
  Path cache;

  @Option(names = "--max-file-bytes", paramLabel = "BYTES", description = "Largest repository file an extractor reads (default ${DEFAULT-VALUE}).")
  long maxFileBytes = Truthbook.Options.defaults().maxFileBytes();

  @Option(names = "--severity", paramLabel = "RULE=LEVEL",
      description = "Raise, lower or switch off a rule or a family: drift.*=warning, domain.unserved=off. Repeatable;"
          + " wins over truthbook.yaml.")
  List<String> severities = new ArrayList<>();

  /** The engine's options, or a usage error. */
  Truthbook.Options options(CommandLine.Model.CommandSpec spec) {
    LoadLimits limits;
    try {
      limits = new LoadLimits(maxManifestBytes, maxAliases, maxDepth, maxNodes);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "limits must be positive numbers");
    }
    if (worktree && ref != null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--worktree and --ref exclude each other");
    }
    return new Truthbook.Options(limits, worktree, Optional.ofNullable(ref),
        cache == null ? Truthbook.Options.defaults().cache() : cache, maxFileBytes);
  }

  /**
   * The configuration; when it cannot be used its findings are printed compiler style and the run stops
   * (exit 2: the tool cannot run as asked).
   */
  Config config(CommandLine.Model.CommandSpec spec) {
    return config(spec, root, Optional.ofNullable(config));
  }

  /** The configuration {@code explicit}, else the root's {@code truthbook.yaml}; one that cannot be used stops the run (exit 2). */
  static Config config(CommandLine.Model.CommandSpec spec, Path root, Optional<Path> explicit) {
    Config.Loaded loaded = Config.load(root, explicit);
    if (!loaded.findings().isEmpty()) {
      var err = spec.commandLine().getErr();
      err.print(new TextReport().render(new io.truthbook.model.CheckResult(loaded.findings(), java.util.Map.of(), 0)));
      err.flush();
      Finding first = loaded.findings().get(0);
      throw new TruthbookException("the configuration " + first.location().file() + " cannot be used (above); fix it,"
          + " or name another with --config");
    }
    return loaded.config();
  }

  /** The configuration's policy with {@code --severity} on top, or a usage error. */
  Policy policy(CommandLine.Model.CommandSpec spec, Config config, boolean useBaseline) {
    try {
      return Policy.of(root, config, severities, useBaseline);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
