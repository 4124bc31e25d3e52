package io.truthbook.cli;

import io.truthbook.ExitStatus;
import io.truthbook.Truthbook;
import io.truthbook.model.CheckResult;
import io.truthbook.policy.Config;
import io.truthbook.policy.Policy;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code truthbook baseline}: records today's findings, so that {@code check} reports only new ones. */
@Command(
    name = "baseline",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {"Records every finding of the check in the baseline file, so that later checks report only new "
            + "ones.",
        "Exit codes: 0 written, 2 cannot run."})
final class BaselineCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Mixin CheckOptions check;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE",
      description = "Where to write it (default: truthbook.yaml's baseline, else truthbook-baseline.json at the root).")
  Path out;

  @Override
  public Integer call() {
    Config config = check.config(spec);
    Policy policy = check.policy(spec, config, false);
    CheckResult result = new Truthbook(check.root, check.options(spec)).check();
    Path file = out != null ? out : policy.baselineFile();
    String text = policy.baselineOf(result);
    Truthbook.writeAtomically(file, text);
    long recorded = text.lines().filter(line -> line.contains("\"fingerprint\"")).count();
    var stdout = spec.commandLine().getOut();
    stdout.println("recorded " + recorded + " finding" + (recorded == 1 ? "" : "s") + " in " + file
        + "; 'truthbook check' now reports only new ones (commit the file)");
    stdout.flush();
    return ExitStatus.CLEAN.code();
  }
}
