package io.truthbook.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.truthbook.evidence.topology.KubernetesWorkloadExtractor;

/**
 * Fuzzes the Kubernetes workload extractor: any text as a manifest of Deployments, StatefulSets
 * and the like.
 */
class KubernetesWorkloadFuzzTest {

  @FuzzTest(maxDuration = "20s")
  void kubernetesWorkloads(byte[] input) {
    ExtractorContract.holds(new KubernetesWorkloadExtractor(), FuzzedFiles.one("deploy/k8s/workload.yaml", input));
  }
}
