package io.truthbook.cli;

import io.truthbook.ExitStatus;
import io.truthbook.Truthbook;
import io.truthbook.diff.TruthDiff;
import io.truthbook.render.DiffReport;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code truthbook diff BASE [HEAD]}: the semantic diff of the truth between two git revisions. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {"Prints what changed in the truth between two git revisions, entity by entity and field by field.",
        "Exit codes: 0 printed (changed or not), 2 the tool cannot run as asked."})
final class DiffCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "BASE", description = "The earlier revision (branch, tag, commit).")
  String base;

  @Parameters(index = "1", arity = "0..1", paramLabel = "HEAD", description = "The later revision (default HEAD).")
  String head = "HEAD";

  @Option(names = "--root", paramLabel = "DIR", defaultValue = ".", description = "Repository root holding manifests/.")
  Path root;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text", description = "text or json.")
  String format;

  @Override
  public Integer call() {
    if (!format.equals("text") && !format.equals("json")) {
      throw new CommandLine.ParameterException(spec.commandLine(), "unknown format '" + format + "'; use text or json");
    }
    TruthDiff diff = new Truthbook(root, Truthbook.Options.defaults()).diff(base, head);
    spec.commandLine().getOut().print(format.equals("json") ? DiffReport.json(base, head, diff)
        : DiffReport.text(base, head, diff));
    spec.commandLine().getOut().flush();
    return ExitStatus.CLEAN.code();
  }
}
