package io.truthbook.cli;

import io.truthbook.ExitStatus;
import io.truthbook.Truthbook;
import io.truthbook.render.MatrixCsv;
import io.truthbook.render.MatrixJson;
import io.truthbook.reconcile.claims.ReconciliationMatrix;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code truthbook matrix}: the reconciliation matrix of older documents' claims, as CSV or JSON. */
@Command(
    name = "matrix",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Writes the reconciliation matrix: each claim's status (current, stale, contradicted, unverifiable).")
final class MatrixCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--root", paramLabel = "DIR", defaultValue = ".", description = "Repository root holding manifests/.")
  Path root;

  @Option(names = {"-f", "--format"}, defaultValue = "csv", paramLabel = "FORMAT", description = "csv or json.")
  String format;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path out;

  @Override
  public Integer call() {
    if (!format.equals("csv") && !format.equals("json")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "unknown format '" + format + "'; use csv or json");
    }
    Truthbook truthbook = new Truthbook(root, Truthbook.Options.defaults());
    // the findings go to standard error, so standard output stays clean CSV or JSON (here: nothing)
    if (ManifestErrors.report(truthbook.manifestProblems(), spec.commandLine().getErr())) {
      return ExitStatus.ERRORS.code();
    }
    ReconciliationMatrix matrix = truthbook.matrix();
    String text = format.equals("csv") ? MatrixCsv.render(matrix) : MatrixJson.render(matrix);
    if (out != null) {
      CheckCommand.write(out, text);
    } else {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
    }
    return ExitStatus.CLEAN.code();
  }
}
