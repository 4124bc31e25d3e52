package io.truthbook.cli;

import io.truthbook.ExitStatus;
import io.truthbook.Truthbook;
import io.truthbook.model.CheckResult;
import io.truthbook.policy.Config;
import io.truthbook.policy.Policy;
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

  @CommandLine.Mixin CheckOptions check;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", split = ",",
      description = "Report format(s): ${COMPLETION-CANDIDATES}. Repeat or comma-separate for several"
          + " (default: truthbook.yaml's reports, else text).",
      completionCandidates = FormatNames.class)
  List<String> formats = new ArrayList<>();

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Write the n-th format to the n-th file instead of standard output.")
  List<Path> outs = new ArrayList<>();

  @Option(names = "--no-baseline", description = "Report every finding, the baselined ones too.")
  boolean noBaseline;

  @Override
  public Integer call() {
    Config config = check.config(spec);
    ReportFormats registry = new ReportFormats(io.truthbook.Truthbook.rules().all(), new Version().getVersion()[0]
        .replace("truthbook ", ""), config.site());
    List<ReportFormat> chosen = new ArrayList<>();
    List<Path> files = new ArrayList<>(outs);
    if (formats.isEmpty() && !config.reports().isEmpty()) {
      if (!outs.isEmpty()) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--out needs --format (truthbook.yaml's"
            + " reports name their own files)");
      }
      for (Config.Report report : config.reports()) {
        chosen.add(format(registry, report.format()));
        report.out().ifPresent(files::add);
      }
    } else {
      chosen = formats(registry);
    }
    if (files.size() > chosen.size()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "more --out files (" + files.size() + ") than --format values (" + chosen.size() + ")");
    }
    Truthbook.Options options = check.options(spec);
    Policy policy = check.policy(spec, config, !noBaseline);
    CheckResult result;
    try {
      result = policy.apply(new Truthbook(check.root, options).check());
    } catch (IllegalArgumentException e) {
      throw new io.truthbook.TruthbookException(e.getMessage(), e);
    }
    PrintWriter stdout = spec.commandLine().getOut();
    boolean allToFiles = config.reports().isEmpty() || !formats.isEmpty()
        ? !outs.isEmpty() && outs.size() == chosen.size()
        : config.reports().stream().allMatch(r -> r.out().isPresent());
    if (formats.isEmpty() && !config.reports().isEmpty()) {
      // the configured reports: each to its file, or to standard output when it names none
      int file = 0;
      for (int i = 0; i < chosen.size(); i++) {
        String report = chosen.get(i).render(result);
        if (config.reports().get(i).out().isPresent()) {
          write(files.get(file++), report);
        } else {
          stdout.print(report);
        }
      }
    } else {
      for (int i = 0; i < chosen.size(); i++) {
        String report = chosen.get(i).render(result);
        if (i < files.size()) {
          write(files.get(i), report);
        } else {
          stdout.print(report);
        }
      }
    }
    if (allToFiles) {
      stdout.println(TextReport.summary(result));
    }
    stdout.flush();
    return ExitStatus.of(result.passed()).code();
  }

  private ReportFormat format(ReportFormats registry, String name) {
    return registry.byName(name).orElseThrow(() -> new CommandLine.ParameterException(
        spec.commandLine(), "unknown format '" + name + "'; use one of " + registry.names()));
  }

  private List<ReportFormat> formats(ReportFormats registry) {
    List<String> names = formats.isEmpty() ? List.of("text") : formats;
    List<ReportFormat> chosen = new ArrayList<>();
    for (String name : names) {
      chosen.add(format(registry, name));
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
