package io.truthbook.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.truthbook.evidence.ingress.KubernetesIngressExtractor;

/** Fuzzes the Kubernetes ingress extractor: any text as a manifest of Ingresses and HTTPRoutes. */
class KubernetesIngressFuzzTest {

  @FuzzTest(maxDuration = "20s")
  void kubernetesIngress(byte[] input) {
    ExtractorContract.holds(new KubernetesIngressExtractor(), FuzzedFiles.one("deploy/k8s/ingress.yaml", input));
  }
}
