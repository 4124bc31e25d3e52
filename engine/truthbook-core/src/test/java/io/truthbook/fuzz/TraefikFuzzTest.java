package io.truthbook.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.truthbook.evidence.ingress.TraefikLabelsExtractor;

/** Fuzzes the Traefik extractor: any text as a compose file with router labels. */
class TraefikFuzzTest {

  @FuzzTest(maxDuration = "20s")
  void traefikLabels(byte[] input) {
    ExtractorContract.holds(new TraefikLabelsExtractor(), FuzzedFiles.one("deploy/docker-compose.yml", input));
  }
}
