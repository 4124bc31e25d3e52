package io.truthbook.bench;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * {@code mvn -B -o -DskipTests verify} on a clean clone of the repository's HEAD, dependencies taken from the
 * local Maven repository (offline): what a contributor waits for before a pull request, book, site and check of
 * the truth included. Timed with its CPU time (every JVM Maven forks counts). The clone is left in the work
 * folder (with Maven's output beside it) and replaced by the next run.
 */
final class MavenVerifyBench {
  private static final Duration LIMIT = Duration.ofMinutes(30);

  /** The run: wall and CPU time; whether it succeeded. */
  record Figures(long wallNanos, long cpuNanos, boolean passed) {}

  private MavenVerifyBench() {}

  static Figures measure(BenchOptions options, PrintStream progress) {
    Path clone = options.work().resolve("verify-clone");
    BuildBench.delete(clone);
    progress.printf("maven verify: cloning %s ...%n", options.root());
    TimedProcess.Result cloned = TimedProcess.run(List.of("git", "clone", "--quiet", options.root().toString(),
        clone.toString()), options.work(), "verify-clone", LIMIT);
    if (cloned.exit() != 0) {
      throw new IllegalStateException("git clone of " + options.root() + " failed; see " + cloned.err());
    }
    progress.printf("maven verify: mvn -B -o -DskipTests verify in %s ...%n", clone);
    TimedProcess.Result run = TimedProcess.run(List.of("mvn", "-B", "-o", "-DskipTests", "verify"), Optional.of(clone),
        options.work(), "verify", LIMIT);
    progress.printf("maven verify: exit %d, %.1f s wall, %.1f s cpu (log: %s)%n", run.exit(), run.wallNanos() / 1e9,
        run.cpuNanos() / 1e9, run.out());
    return new Figures(run.wallNanos(), run.cpuNanos(), run.finished() && run.exit() == 0);
  }
}
