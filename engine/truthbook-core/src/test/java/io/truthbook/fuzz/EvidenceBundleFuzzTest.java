package io.truthbook.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.truthbook.evidence.bundle.EvidenceBundle;
import io.truthbook.model.Location;
import io.truthbook.model.Source;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fuzzes the evidence bundle reader: any bytes as a bundle. It never throws; it gives evidence or an error
 * finding that says why not, every finding about the bundle placed in it or at the source's declaration,
 * and every place of what it carries inside the source folder.
 */
class EvidenceBundleFuzzTest {
  private static final Location AT = Location.of("manifests/sources.yaml", 3, 5);
  private static final Source SOURCE = new Source("app", AT, Optional.of("app"), Optional.empty(), Optional.empty(),
      Optional.empty(), Optional.empty(), List.of(new Source.ExtractorSelection("sql", List.of("db/**"), List.of(),
      Location.of("manifests/sources.yaml", 7, 9))), Map.of(), Optional.empty(), Optional.of("app.json"));

  @FuzzTest(maxDuration = "20s")
  void bundle(byte[] input) {
    EvidenceBundle.Read read = EvidenceBundle.read(input, "app.json", SOURCE, "app/", "1.0");
    if (read.collected().isEmpty() && read.findings().stream().noneMatch(f -> f.isError())) {
      throw new AssertionError("a bundle that gives no evidence must say why, as an error");
    }
    read.collected().ifPresent(collected -> collected.evidence().forEach(e -> {
      if (!e.at().file().startsWith("app/") || e.at().file().contains("/../")) {
        throw new AssertionError("evidence read from a bundle lies in the source folder: " + e);
      }
    }));
    read.findings().forEach(f -> {
      if (!f.location().file().equals("app.json") && !f.location().file().equals(AT.file())) {
        throw new AssertionError("a finding about the bundle is placed in it or at the source: " + f);
      }
    });
  }
}
