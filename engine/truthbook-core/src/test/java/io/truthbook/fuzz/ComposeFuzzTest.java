package io.truthbook.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.truthbook.evidence.topology.ComposeExtractor;

/** Fuzzes the compose topology extractor: any text as a compose file. */
class ComposeFuzzTest {

  @FuzzTest(maxDuration = "20s")
  void composeServices(byte[] input) {
    ExtractorContract.holds(new ComposeExtractor(), FuzzedFiles.one("deploy/docker-compose.yml", input));
  }
}
