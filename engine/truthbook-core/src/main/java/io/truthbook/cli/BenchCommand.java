package io.truthbook.cli;

import io.truthbook.bench.Bench;
import io.truthbook.bench.BenchOptions;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code truthbook bench}: the benchmark of issue 9. Its options are the benchmark's own (see
 * {@link BenchOptions#USAGE}); picocli hands them over unparsed so that there is one definition.
 */
@Command(name = "bench", versionProvider = Version.class,
    description = {"Generates synthetic truths (1x, 10x, 100x the Velocity truth), times check and build on",
        "each in fresh JVMs, compares schema validation with ajv-cli, and prints the figures and targets.",
        "Exit codes: 0 every measured target passes, 1 a target is missed, 2 the benchmark cannot run.",
        "Options: truthbook bench --help"})
final class BenchCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Unmatched List<String> options = new ArrayList<>();

  @Override
  public Integer call() {
    if (options.contains("--help") || options.contains("-h")) {
      // the benchmark's own usage, laid out by hand: picocli would rewrap its columns
      spec.commandLine().getOut().println(String.join("\n", spec.usageMessage().description()) + "\n\n"
          + BenchOptions.USAGE);
      spec.commandLine().getOut().flush();
      return 0;
    }
    BenchOptions parsed;
    try {
      parsed = BenchOptions.parse(options.toArray(String[]::new));
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try {
      return new Bench(parsed, out, System.err).run() ? 0 : 1;
    } catch (IllegalArgumentException | IllegalStateException e) {
      spec.commandLine().getErr().println("truthbook bench: " + e.getMessage());
      return 2;
    }
  }
}
