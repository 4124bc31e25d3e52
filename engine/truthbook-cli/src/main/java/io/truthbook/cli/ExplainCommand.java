package io.truthbook.cli;

import io.truthbook.ExitStatus;
import io.truthbook.rules.RuleCatalog;
import io.truthbook.model.RuleInfo;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code truthbook explain RULE}: what a rule checks and how to fix what it flags. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Describes a rule and how to fix what it flags; --list lists every rule.")
final class ExplainCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "RULE", description = "A rule id, e.g. ref.unknown.")
  String rule;

  @CommandLine.Option(names = "--list", description = "List every rule id with its title.")
  boolean list;

  @Override
  public Integer call() {
    RuleCatalog catalog = io.truthbook.Truthbook.rules();
    PrintWriter out = spec.commandLine().getOut();
    if (list || rule == null) {
      catalog.all().forEach(info -> out.printf("%-24s %-7s %s%n", info.id(), info.severity().label(), info.title()));
      out.flush();
      return ExitStatus.CLEAN.code();
    }
    RuleInfo info = catalog.explain(rule).orElseThrow(() -> new CommandLine.ParameterException(
        spec.commandLine(), "unknown rule '" + rule + "'"
            + io.truthbook.rules.Suggestions.closest(rule, catalog.ids().toList())
                .map(c -> " (did you mean '" + c + "'?)").orElse("")
            + "; 'truthbook explain --list' lists them"));
    out.println(info.id() + " (" + info.severity().label() + "): " + info.title());
    out.println();
    out.println(info.description());
    out.println();
    out.println("How to fix: " + info.fix());
    out.flush();
    return ExitStatus.CLEAN.code();
  }
}
