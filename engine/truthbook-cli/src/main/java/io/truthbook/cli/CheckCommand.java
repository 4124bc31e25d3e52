package io.truthbook.cli;

import io.truthbook.ExitStatus;
import io.truthbook.Truthbook;
import io.truthbook.load.LoadLimits;
import io.truthbook.model.CheckResult;
import io.truthbook.render.ReportFormat;
import io.truthbook.render.ReportFormats;
import io.truthbook.render.TextReport;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code truthbook check}: every finding in the truth, compiler style. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Checks the manifests against their schemas and each other.",
      "Exit codes: 0 no errors, 1 the truth has errors, 2 the tool cannot run as asked."
    })
final class CheckCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--root", paramLabel = "DIR", defaultValue = ".",
      description = "Repository root holding manifests/ (default: the current folder).")
  Path root;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", split = ",",
      description = "Report format(s): ${COMPLETION-CANDIDATES}. Repeat or comma-separate for several.",
      completionCandidates = FormatNames.class)
  List<String> formats = new ArrayList<>();

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Write the n-th format to the n-th file instead of standard output.")
  List<Path> outs = new ArrayList<>();

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
      description = "Raise or lower a rule or a family: drift.*=warning, domain.unserved=error. Repeatable.")
  List<String> severities = new ArrayList<>();

  @Override
  public Integer call() {
    ReportFormats registry = new ReportFormats(io.truthbook.Truthbook.rules().all(), new Version().getVersion()[0]
        .replace("truthbook ", ""));
    List<ReportFormat> chosen = formats(registry);
    if (outs.size() > chosen.size()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "more --out files (" + outs.size() + ") than --format values (" + chosen.size() + ")");
    }
    LoadLimits limits;
    try {
      limits = new LoadLimits(maxManifestBytes, maxAliases, maxDepth, maxNodes);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "limits must be positive numbers");
    }
    if (worktree && ref != null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--worktree and --ref exclude each other");
    }
    Truthbook.Options options = new Truthbook.Options(limits, worktree, java.util.Optional.ofNullable(ref),
        cache == null ? Truthbook.Options.defaults().cache() : cache, maxFileBytes);
    io.truthbook.rules.SeverityOverrides overrides;
    try {
      overrides = io.truthbook.rules.SeverityOverrides.parse(severities);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    CheckResult result = overrides.apply(new Truthbook(root, options).check());
    PrintWriter stdout = spec.commandLine().getOut();
    for (int i = 0; i < chosen.size(); i++) {
      String report = chosen.get(i).render(result);
      if (i < outs.size()) {
        write(outs.get(i), report);
      } else {
        stdout.print(report);
      }
    }
    if (!outs.isEmpty() && outs.size() == chosen.size()) {
      stdout.println(TextReport.summary(result));
    }
    stdout.flush();
    return ExitStatus.of(result.passed()).code();
  }

  private List<ReportFormat> formats(ReportFormats registry) {
    List<String> names = formats.isEmpty() ? List.of("text") : formats;
    List<ReportFormat> chosen = new ArrayList<>();
    for (String name : names) {
      chosen.add(registry.byName(name).orElseThrow(() -> new CommandLine.ParameterException(
          spec.commandLine(), "unknown format '" + name + "'; use one of " + registry.names())));
    }
    return chosen;
  }

  static void write(Path file, String text) {
    Truthbook.writeAtomically(file, text);
  }

  /** Format names for help and completion. */
  static final class FormatNames extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    FormatNames() {
      super(new ReportFormats(List.of(), "").names());
    }
  }
}
