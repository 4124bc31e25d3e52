package io.truthbook.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.truthbook.evidence.SourceFile;
import io.truthbook.evidence.http.PythonRouteExtractor;
import java.util.List;

/**
 * Fuzzes the FastAPI/Flask route extractor: one module alone, then every module of the input
 * ({@code #=== path} splits it) resolved together.
 */
class PythonRoutesFuzzTest {

  @FuzzTest(maxDuration = "60s")
  void pythonRoutes(byte[] input) {
    PythonRouteExtractor extractor = new PythonRouteExtractor();
    ExtractorContract.holds(extractor, FuzzedFiles.one("app/main.py", input));
    List<SourceFile> files = FuzzedFiles.split("app/main.py", input);
    ExtractorContract.holds(files, extractor::resolve);
  }
}
