package io.truthbook.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.truthbook.evidence.SourceFile;
import io.truthbook.evidence.http.ExpressRouteExtractor;
import java.util.List;

/**
 * Fuzzes the Express route extractor: one module alone, then every module of the input ({@code
 * //=== path} splits it) resolved together.
 */
class ExpressRoutesFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void expressRoutes(byte[] input) {
    ExpressRouteExtractor extractor = new ExpressRouteExtractor();
    ExtractorContract.holds(extractor, FuzzedFiles.one("src/app.js", input));
    List<SourceFile> files = FuzzedFiles.split("src/app.js", input);
    ExtractorContract.holds(files, extractor::resolve);
  }
}
