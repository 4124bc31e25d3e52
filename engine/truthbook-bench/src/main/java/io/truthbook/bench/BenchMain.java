package io.truthbook.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The benchmark's command line ({@code ./bench/run}): generates synthetic truths (1x, 10x, 100x the
 * Velocity truth), times the CLI jar's check and build on each in fresh JVMs, compares schema
 * validation with ajv-cli, and prints the figures and targets. It is its own program, never a
 * command of the product: the CLI jar holds no benchmark class.
 */
public final class BenchMain {
  static final String DESCRIPTION = String.join("\n",
      "bench: times the Truthbook CLI on the Velocity truth and on synthetic truths 1x, 10x and 100x its size.",
      "Exit codes: 0 every measured target passes, 1 a target is missed, 2 the benchmark cannot run.");

  private BenchMain() {}

  public static void main(String[] args) {
    System.exit(run(List.of(args), new PrintStream(System.out, true, StandardCharsets.UTF_8), System.err));
  }

  static int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.contains("--help") || args.contains("-h")) {
      out.println(DESCRIPTION + "\n\n" + BenchOptions.USAGE);
      return 0;
    }
    try {
      BenchOptions parsed = BenchOptions.parse(args.toArray(String[]::new));
      return new Bench(parsed, out, err).run() ? 0 : 1;
    } catch (IllegalArgumentException | IllegalStateException e) {
      err.println("bench: " + e.getMessage());
      return 2;
    }
  }
}
