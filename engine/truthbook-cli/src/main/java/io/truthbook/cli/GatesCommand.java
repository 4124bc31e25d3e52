package io.truthbook.cli;

import io.truthbook.Audit;
import io.truthbook.ExitStatus;
import io.truthbook.Truthbook;
import io.truthbook.model.CheckResult;
import io.truthbook.model.Finding;
import io.truthbook.render.TextReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code truthbook gates}: every gate's state, unmet criteria, and missing or stale sign-offs. */
@Command(
    name = "gates",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {"Prints every acceptance gate's state, its unmet criteria, and missing or stale sign-offs.",
        "Exit codes: 0 no errors, 1 the truth has errors (a stale sign-off included), 2 cannot run."})
final class GatesCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--root", paramLabel = "DIR", defaultValue = ".", description = "Repository root holding manifests/.")
  Path root;

  @Override
  public Integer call() {
    Truthbook truthbook = new Truthbook(root, Truthbook.Options.defaults());
    CheckResult problems = truthbook.manifestProblems();
    Audit audit = truthbook.audit();
    var out = spec.commandLine().getOut();
    out.print(audit.gates().text());
    // a broken manifest (gates.yaml above all) leaves gates out of the report: its errors are printed too
    List<Finding> shown = new ArrayList<>(problems.findings().stream().filter(Finding::isError).toList());
    audit.result().findings().stream().filter(f -> f.ruleId().startsWith("gate.")).forEach(shown::add);
    if (!shown.isEmpty()) {
      out.println();
      CheckResult only = new CheckResult(shown, audit.result().sources(), audit.result().manifestCount());
      out.print(new TextReport().render(only));
    }
    out.flush();
    return ExitStatus.of(audit.result().passed()).code();
  }
}
