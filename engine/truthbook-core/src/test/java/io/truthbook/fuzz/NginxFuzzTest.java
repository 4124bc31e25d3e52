package io.truthbook.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.truthbook.evidence.ingress.NginxConfig;
import io.truthbook.evidence.ingress.NginxExtractor;

/**
 * Fuzzes nginx config: the input as one file, then as the files it holds ({@code #=== path} splits
 * it), with includes and upstreams resolved across them.
 */
class NginxFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void nginxConfig(byte[] input) {
    ExtractorContract.holds(new NginxExtractor(), FuzzedFiles.one("deploy/nginx/nginx.conf", input));
    ExtractorContract.holds(FuzzedFiles.split("deploy/nginx/nginx.conf", input), NginxConfig::resolve);
  }
}
