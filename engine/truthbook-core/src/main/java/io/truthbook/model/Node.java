package io.truthbook.model;

import java.util.List;
import java.util.Optional;

/**
 * A machine: origin, GPU, database or worker, with its GPUs and NVMe devices. Only the id is
 * required; a cloud product may name a node without knowing its hardware.
 */
public record Node(
    String id,
    Location at,
    Optional<String> role,
    Optional<String> hostname,
    Optional<String> os,
    Optional<Integer> cpus,
    Optional<Integer> memoryGb,
    Optional<String> description,
    List<Gpu> gpus,
    List<Nvme> nvme) {

  public Node {
    gpus = List.copyOf(gpus);
    nvme = List.copyOf(nvme);
  }

  public int gpuCount() {
    return gpus.stream().mapToInt(Gpu::count).sum();
  }

  /** A group of identical GPUs in the node. */
  public record Gpu(String model, int count, int memoryGb) {}

  /** An NVMe device, where it is mounted and what it holds. */
  public record Nvme(String device, Location at, String mount, int sizeGb, String purpose) {}
}
