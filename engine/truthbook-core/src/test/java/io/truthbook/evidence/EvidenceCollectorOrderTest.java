package io.truthbook.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.model.Location;
import io.truthbook.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Extractors run concurrently, yet evidence and findings come out as if they ran one after another. */
class EvidenceCollectorOrderTest {
  private static final Location AT = Location.of("manifests/sources.yaml", 5, 9);

  @Test
  void evidenceFollowsSelectionOrderWhateverFinishesFirst() {
    // the first extractor is slow, so the second finishes first
    Extractor slow = new Named("slow", 200, ".a");
    Extractor fast = new Named("fast", 0, ".b");
    Source source = source(List.of(selection("slow"), selection("fast")));

    EvidenceCollector.Collected collected = new EvidenceCollector(List.of(slow, fast), 1_000)
        .collect(source, new MemoryTree(Map.of("x.a", "1", "y.a", "2", "z.b", "3")));

    assertThat(collected.evidence()).extracting(e -> e.at().file() + " " + ((Evidence.CodeOwner) e).pattern())
        .containsExactly("x.a slow", "y.a slow", "z.b fast");
    assertThat(collected.findings()).extracting(f -> f.message())
        .containsExactly("slow: seen x.a", "slow: seen y.a", "fast: seen z.b");
  }

  @Test
  void anExtractorSelectedTwiceRunsOnceOnItsLastSelectionInItsFirstPlace() {
    Extractor first = new Named("first", 50, "");
    Extractor second = new Named("second", 0, "");
    Source source = source(List.of(new Source.ExtractorSelection("first", List.of("*.a"), List.of(), AT),
        selection("second"), new Source.ExtractorSelection("first", List.of("*.b"), List.of(), AT)));

    EvidenceCollector.Collected collected = new EvidenceCollector(List.of(first, second), 1_000)
        .collect(source, new MemoryTree(Map.of("x.a", "1", "z.b", "2")));

    assertThat(collected.evidence()).extracting(e -> e.at().file() + " " + ((Evidence.CodeOwner) e).pattern())
        .containsExactly("z.b first", "x.a second", "z.b second");
  }

  private static Source.ExtractorSelection selection(String name) {
    return new Source.ExtractorSelection(name, List.of(), List.of(), AT);
  }

  private static Source source(List<Source.ExtractorSelection> selections) {
    return new Source("product", AT, Optional.of("product"),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), selections, Map.of());
  }

  /** Reports one piece of evidence and one problem per file, after a pause. */
  private record Named(String name, long pauseMillis, String suffix) implements Extractor {
    @Override
    public boolean supports(String path) {
      return path.endsWith(suffix);
    }

    @Override
    public Result extract(SourceFile file) {
      try {
        Thread.sleep(pauseMillis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      List<Evidence> evidence = new ArrayList<>();
      evidence.add(new Evidence.CodeOwner(name, List.of(), file.at(1, 1)));
      return new Result(evidence, List.of(new ExtractionProblem(file.at(1, 1), "seen " + file.path())));
    }
  }
}
