package io.truthbook.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.truthbook.evidence.owners.CodeOwnersExtractor;

/** Fuzzes the CODEOWNERS extractor: any text as a CODEOWNERS file. */
class CodeOwnersFuzzTest {

  @FuzzTest(maxDuration = "20s")
  void codeOwners(byte[] input) {
    ExtractorContract.holds(new CodeOwnersExtractor(), FuzzedFiles.one(".github/CODEOWNERS", input));
  }
}
