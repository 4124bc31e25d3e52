package io.truthbook.fuzz;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs one fuzzed input on a worker thread and turns a slow or stuck one into an {@link
 * AssertionError}, which Jazzer reports as a finding with the input saved. The limit is on the
 * worker's CPU time, so that a busy machine (CI, parallel builds) does not turn a fast input into a
 * false finding; a wall-clock bound catches an input that blocks without computing.
 */
final class TimeLimit {
  /** Far above any real file's time: an input that needs more is a finding, not a flake. */
  static final Duration CPU = Duration.ofSeconds(5);
  private static final Duration WALL = Duration.ofSeconds(60);
  /** The first minute of a JVM also loads classes and has Jazzer instrument them on the worker. */
  private static final Duration WARM_UP = Duration.ofSeconds(60);
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private static long firstCall;
  private static Thread workerThread;
  /** Replaced when an input overruns, so that one stuck input does not hold up the next. */
  private static ExecutorService worker = newWorker();

  private TimeLimit() {}

  /** The value of {@code task}, or an error if it takes more than {@link #CPU} of CPU time. */
  static synchronized <T> T run(Callable<T> task) {
    long now = System.nanoTime();
    if (firstCall == 0) {
      firstCall = now;
    }
    Duration cpuLimit = now - firstCall < WARM_UP.toNanos() ? WALL : CPU;
    AtomicLong cpuAtStart = new AtomicLong(-1);
    Future<T> future = worker.submit(() -> {
      cpuAtStart.set(THREADS.getCurrentThreadCpuTime());
      return task.call();
    });
    try {
      while (true) {
        try {
          return future.get(100, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
          long cpu = cpuAtStart.get() < 0 ? 0 : THREADS.getThreadCpuTime(workerThread.getId()) - cpuAtStart.get();
          if (cpu > cpuLimit.toNanos() || System.nanoTime() - now > WALL.toNanos()) {
            future.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            throw new AssertionError("no answer after " + TimeUnit.NANOSECONDS.toMillis(cpu)
                + " ms of CPU time (limit " + cpuLimit.toSeconds() + " s) and "
                + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - now) + " ms in all", e);
          }
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new AssertionError(cause);
    }
  }

  private static ExecutorService newWorker() {
    return Executors.newSingleThreadExecutor(run -> {
      Thread thread = new Thread(run, "fuzz-worker");
      thread.setDaemon(true);
      workerThread = thread;
      return thread;
    });
  }
}
