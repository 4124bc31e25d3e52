package io.truthbook.cli;

import io.truthbook.ExitStatus;
import io.truthbook.Truthbook;
import io.truthbook.imports.ImportSummary;
import io.truthbook.model.Finding;
import io.truthbook.render.TextReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code truthbook import-check [--profile P] FILE.csv}: a dry run of an import mapping on a real export. */
@Command(
    name = "import-check",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {"Dry-runs an import mapping on an export file: which rows would load, which would not, and why.",
        "Each bad row is reported at FILE:line:column (the line its record starts on, the cell's index) "
            + "with the header, the canonical column and the reason; then a summary per canonical column. "
            + "Nothing is loaded. Without --profile the profile is recognised from the header row. Cells "
            + "starting like a spreadsheet formula (=, +, -, @) are reported, never evaluated; a file that is "
            + "not UTF-8 is read in the profile's declared encoding. The file is streamed: memory does not grow "
            + "with its size.",
        "Exit codes: 0 every row would load, 1 some rows would not, 2 cannot run (missing file, unknown "
            + "profile, unrecognised header, an import model with errors)."})
final class ImportCheckCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--root", paramLabel = "DIR", defaultValue = ".", description = "Repository root holding manifests/.")
  Path root;

  @Option(names = "--profile", paramLabel = "PROFILE",
      description = "The source profile of the file (an id of the imports manifest); recognised from the header"
          + " row when left out.")
  String profile;

  @Option(names = "--quiet", description = "Print the bad rows and the summary, not the notes on skipped empty rows.")
  boolean quiet;

  @Parameters(paramLabel = "FILE", description = "The export to check, e.g. contacts.csv.")
  Path file;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    ImportSummary summary = new Truthbook(root, Truthbook.Options.defaults()).importCheck(file, file.toString(),
        Optional.ofNullable(profile), finding -> print(out, finding));
    out.println();
    out.println(ImportSummaryText.render(summary));
    out.flush();
    return ExitStatus.of(summary.allGood()).code();
  }

  private void print(PrintWriter out, Finding finding) {
    if (quiet && finding.severity() == io.truthbook.model.Severity.NOTE) {
      return;
    }
    out.print(TextReport.finding(finding, Map.of()));
  }
}
