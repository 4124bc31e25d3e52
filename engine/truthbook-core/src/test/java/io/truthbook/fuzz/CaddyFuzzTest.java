package io.truthbook.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.truthbook.evidence.ingress.CaddyfileExtractor;

/** Fuzzes the Caddyfile extractor: any text as a Caddyfile. */
class CaddyFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void caddyfile(byte[] input) {
    ExtractorContract.holds(new CaddyfileExtractor(), FuzzedFiles.one("deploy/Caddyfile", input));
  }
}
