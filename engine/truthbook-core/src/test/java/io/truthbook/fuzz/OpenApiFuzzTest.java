package io.truthbook.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.truthbook.evidence.http.OpenApiRouteExtractor;

/** Fuzzes the OpenAPI route extractor: any text as a YAML and as a JSON OpenAPI document. */
class OpenApiFuzzTest {

  @FuzzTest(maxDuration = "20s")
  void openApiRoutes(byte[] input) {
    OpenApiRouteExtractor extractor = new OpenApiRouteExtractor();
    ExtractorContract.holds(extractor, FuzzedFiles.one("api/openapi.yaml", input));
    ExtractorContract.holds(extractor, FuzzedFiles.one("api/openapi.json", input));
  }
}
