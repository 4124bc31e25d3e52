package io.truthbook.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.truthbook.evidence.http.SpringRouteExtractor;

/** Fuzzes the Spring route extractor: any text as a Java controller and as a Kotlin one. */
class SpringRoutesFuzzTest {

  @FuzzTest(maxDuration = "20s")
  void springRoutes(byte[] input) {
    SpringRouteExtractor extractor = new SpringRouteExtractor();
    ExtractorContract.holds(extractor, FuzzedFiles.one("src/main/java/app/Controller.java", input));
    ExtractorContract.holds(extractor, FuzzedFiles.one("src/main/kotlin/app/Controller.kt", input));
  }
}
