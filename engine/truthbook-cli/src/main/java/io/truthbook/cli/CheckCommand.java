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
    description = {"Checks the manifests against their schemas and each other.",
        "Exit codes: 0 no errors, 1 the truth has errors, 2 the tool cannot run as asked."})
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
    List<Report> reports = reports(registry, config);
    Truthbook.Options options = check.options(spec);
    Policy policy = check.policy(spec, config, !noBaseline);
    CheckResult result;
    try {
      result = policy.apply(new Truthbook(check.root, options).check());
    } catch (IllegalArgumentException e) {
      throw new io.truthbook.TruthbookException(e.getMessage(), e);
    }
    PrintWriter stdout = spec.commandLine().getOut();
    for (Report report : reports) {
      String text = report.format().render(result);
      if (report.out().isPresent()) {
        write(report.out().get(), text);
      } else {
        stdout.print(text);
      }
    }
    if (reports.stream().allMatch(r -> r.out().isPresent())) {
      stdout.println(TextReport.summary(result));
    }
    stdout.flush();
    return ExitStatus.of(result.passed()).code();
  }

  /** One report to write: its format, and its file (standard output when empty). */
  private record Report(ReportFormat format, java.util.Optional<Path> out) {}

  /** The command line's formats, paired in order with its --out files; else truthbook.yaml's reports; else text. */
  private List<Report> reports(ReportFormats registry, Config config) {
    List<Report> reports = new ArrayList<>();
    if (formats.isEmpty() && !config.reports().isEmpty()) {
      if (!outs.isEmpty()) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--out needs --format (truthbook.yaml's"
            + " reports name their own files)");
      }
      config.reports().forEach(r -> reports.add(new Report(format(registry, r.format()), r.out())));
      return reports;
    }
    List<ReportFormat> chosen = formats(registry);
    if (outs.size() > chosen.size()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "more --out files (" + outs.size() + ") than --format values (" + chosen.size() + ")");
    }
    for (int i = 0; i < chosen.size(); i++) {
      reports.add(new Report(chosen.get(i), i < outs.size() ? java.util.Optional.of(outs.get(i))
          : java.util.Optional.empty()));
    }
    return reports;
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
