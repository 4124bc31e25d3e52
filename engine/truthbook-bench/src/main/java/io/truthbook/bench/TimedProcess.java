package io.truthbook.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Starts one command of the benchmark, its output in {@code NAME.out} and {@code NAME.err} of the work
 * folder, timed from launch to exit; under GNU time where it is installed, for the process's CPU time
 * (steadier than wall time when other work shares the machine). A run over its time limit is killed
 * and reported as unfinished.
 */
final class TimedProcess {
  private static final Path GNU_TIME = Path.of("/usr/bin/time");

  /** How a run ended: its exit code (-1 when killed), wall and CPU time (-1 when unknown), its output files. */
  record Result(int exit, boolean finished, long wallNanos, long cpuNanos, Path out, Path err) {}

  private TimedProcess() {}

  /** The {@code java} of the running JVM, for children that start exactly as a user would. */
  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  static Result run(List<String> command, Path work, String name, Duration limit) {
    return run(command, Optional.empty(), work, name, limit);
  }

  /** The same, started in {@code directory} (else in this JVM's). */
  static Result run(List<String> command, Optional<Path> directory, Path work, String name, Duration limit) {
    Path out = work.resolve(name + ".out");
    Path err = work.resolve(name + ".err");
    Path usage = work.resolve(name + ".time");
    List<String> full = new ArrayList<>();
    boolean timed = Files.isExecutable(GNU_TIME);
    if (timed) {
      full.addAll(List.of(GNU_TIME.toString(), "-f", "%U %S", "-o", usage.toString()));
    }
    full.addAll(command);
    try {
      Files.createDirectories(work);
      Files.deleteIfExists(usage);
      long start = System.nanoTime();
      ProcessBuilder builder = new ProcessBuilder(full).redirectOutput(out.toFile()).redirectError(err.toFile());
      directory.ifPresent(d -> builder.directory(d.toFile()));
      Process process = builder.start();
      boolean finished = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
      long nanos = System.nanoTime() - start;
      if (!finished) {
        // GNU time does not pass its own termination on: end the JVM under it first, by its id
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor();
        return new Result(-1, false, nanos, -1, out, err);
      }
      return new Result(process.exitValue(), true, nanos, timed ? cpuNanos(usage) : -1, out, err);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + command.get(0), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + String.join(" ", command), e);
    }
  }

  /** User plus system seconds as GNU time wrote them, in nanoseconds; -1 if unreadable. */
  private static long cpuNanos(Path usage) {
    try {
      String[] lines = Files.readString(usage).strip().split("\n");
      String[] parts = lines[lines.length - 1].strip().split(" ");
      return (long) ((Double.parseDouble(parts[0]) + Double.parseDouble(parts[1])) * 1e9);
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }
}
