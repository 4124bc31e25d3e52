package io.truthbook.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.truthbook.Truthbook;
import io.truthbook.model.CheckResult;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Runs one check in a fresh JVM and prints what it cost as one JSON line: wall time, time per stage,
 * findings, and memory. Started by {@link Bench} as
 * {@code java -Xmx1g -cp truthbook.jar:truthbook-bench.jar io.truthbook.bench.BenchChild ROOT}.
 *
 * <p>Peak heap is reported two ways: {@code heapPoolPeakBytes}, the sum of every heap pool's peak
 * (an upper bound, as pools peak at different moments), and {@code heapGcPeakBytes}, the largest heap
 * occupancy seen just before a collection (the real high-water mark of a collected heap).
 */
public final class BenchChild {
  private BenchChild() {}

  public static void main(String[] args) throws JsonProcessingException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: BenchChild ROOT");
    }
    long jvmUpMs = ManagementFactory.getRuntimeMXBean().getUptime();
    AtomicLong gcPeak = watchCollections();
    long start = System.nanoTime();
    CheckResult result = new Truthbook(Path.of(args[0]), Truthbook.Options.defaults()).check();
    long wall = System.nanoTime() - start;

    Map<String, Object> line = new LinkedHashMap<>();
    line.put("wallNanos", wall);
    line.put("stageNanos", result.stageNanos());
    line.put("manifests", result.manifestCount());
    line.put("findings", result.findings().size());
    line.put("errors", result.errors());
    line.put("warnings", result.warnings());
    line.put("byRule", result.findings().stream()
        .collect(Collectors.groupingBy(f -> f.ruleId(), java.util.TreeMap::new, Collectors.counting())));
    long used = heapPools().stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    line.put("heapPoolPeakBytes", heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum());
    line.put("heapGcPeakBytes", Math.max(gcPeak.get(), used));
    line.put("rssPeakBytes", rssPeak());
    line.put("jvmStartMs", jvmUpMs);
    // CPU of every thread (JIT and GC included) since the JVM started: steadier than wall time on a busy machine
    line.put("cpuNanos", ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime() : -1);
    System.out.println(new ObjectMapper().writeValueAsString(line));
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
  }

  /** The largest heap occupancy before any collection, updated as collections happen. */
  private static AtomicLong watchCollections() {
    Set<String> heap = heapPools().stream().map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    AtomicLong peak = new AtomicLong();
    for (var collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (collector instanceof NotificationEmitter emitter) {
        emitter.addNotificationListener((notification, handback) -> {
          if (notification.getUserData() instanceof CompositeData data) {
            long before = com.sun.management.GarbageCollectionNotificationInfo.from(data).getGcInfo()
                .getMemoryUsageBeforeGc().entrySet().stream().filter(e -> heap.contains(e.getKey()))
                .map(Map.Entry::getValue).mapToLong(MemoryUsage::getUsed).sum();
            peak.accumulateAndGet(before, Math::max);
          }
        }, notification -> notification.getType().equals(
            com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION), null);
      }
    }
    return peak;
  }

  /** The process's peak resident set (VmHWM), or -1 where /proc is not there. */
  private static long rssPeak() {
    try {
      for (String status : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (status.startsWith("VmHWM:")) {
          return Long.parseLong(status.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }
}
