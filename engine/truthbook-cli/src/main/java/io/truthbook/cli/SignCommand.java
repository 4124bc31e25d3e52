package io.truthbook.cli;

import io.truthbook.ExitStatus;
import io.truthbook.Truthbook;
import io.truthbook.gates.SignOff;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code truthbook sign GATE --as OWNER}: records a sign-off bound to the digest of what the gate governs. */
@Command(
    name = "sign", header = "Records an owner's sign-off of a gate, bound to the digest of the content the gate governs.",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {"Records OWNER's sign-off of GATE: reviewer, date and the digest of exactly the content the gate "
            + "governs. The gates manifest is rewritten atomically; comments and other entries are kept."})
final class SignCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "GATE", description = "The gate id, e.g. gate-1.")
  String gate;

  @Option(names = "--as", required = true, paramLabel = "OWNER", description = "The reviewer signing (an owner id).")
  String owner;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The date of the sign-off (default: today).")
  String date;

  @Option(names = "--root", paramLabel = "DIR", defaultValue = ".", description = "Repository root holding manifests/.")
  Path root;

  @Override
  public Integer call() {
    LocalDate day;
    try {
      day = date == null ? LocalDate.now() : LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--date must be YYYY-MM-DD, not '" + date + "'");
    }
    SignOff.Signed signed = new Truthbook(root, Truthbook.Options.defaults()).sign(gate, owner, day);
    spec.commandLine().getOut().println(signed.changed()
        ? "signed " + signed.gate() + " as " + signed.reviewer() + " on " + signed.date() + " (" + signed.digest()
            + ") in " + signed.file()
        : signed.gate() + " is already signed by " + signed.reviewer() + " for this content; unchanged");
    spec.commandLine().getOut().flush();
    return ExitStatus.CLEAN.code();
  }
}
