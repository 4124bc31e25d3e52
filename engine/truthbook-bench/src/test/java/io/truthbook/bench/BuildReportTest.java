package io.truthbook.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The build and site targets of issue 9 pass and fail on the figures, and unmeasured sizes say why. */
class BuildReportTest {
  private static final long SECOND = 1_000_000_000L;
  private static final BenchOptions OPTIONS = BenchOptions.parse("--jar", "/opt/truthbook.jar", "--root", "/repo");

  @Test
  void aWarmBuildWithinFifteenPercentThatBootsNothingPasses() {
    String report = targets(size("velocity", build(100, 12, false, false, 0), site(900_000, 2_400_000)));

    assertThat(report).contains("[PASS] build with nothing changed <= 15 % of a cold build (velocity): 12.0 %")
        .contains("[PASS] Asciidoctor boots only to convert the book, once for HTML and PDF (velocity)")
        .contains("[PASS] check never boots JRuby").contains("[PASS] no site page over 5 MB (velocity)");
  }

  @Test
  void aSlowWarmBuildOneThatConvertsOrRendersAndABigPageFail() {
    assertThat(targets(size("1x", build(100, 16, false, false, 0), site(900_000, 2_400_000))))
        .contains("[FAIL] build with nothing changed <= 15 % of a cold build (1x): 16.0 %");
    assertThat(targets(size("1x", build(100, 10, true, true, 0), site(1, 1))))
        .contains("[FAIL] Asciidoctor boots only to convert the book").contains("book converted");
    assertThat(targets(size("1x", build(100, 10, false, false, 2), site(1, 1))))
        .contains("[FAIL] Asciidoctor boots only to convert the book").contains("2 diagram(s) rendered");
    assertThat(targets(size("1x", build(100, 10, false, false, 0), site(900_000, 5_100_000))))
        .contains("[FAIL] no site page over 5 MB (1x): largest reference-domains.adoc, 0.90 MB AsciiDoc, 5.10 MB HTML");
  }

  @Test
  void sizesNotBuiltOrStoppedSaySo() {
    SizeFigures.BuildRun stopped = new SizeFigures.BuildRun(600 * SECOND, -1, false, -1, -1, false, true);
    List<SizeFigures> sizes = List.of(size("10x", Optional.empty(), Optional.empty()),
        size("100x", Optional.of(new SizeFigures.BuildFigures(stopped, Optional.empty(), -1, -1)), Optional.empty()));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    BuildReport report = new BuildReport(OPTIONS, sizes);
    report.print(out);
    List<Boolean> results = report.targets(out, Optional.empty());

    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("10x       not measured (--build-sizes velocity,1x)")
        .contains("100x      cold build stopped after 600.00 s").contains("[ -- ] build of 100x");
    assertThat(results).isEmpty();
  }

  private static String targets(SizeFigures size) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    new BuildReport(OPTIONS, List.of(size)).targets(out, Optional.of(false));
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static Optional<SizeFigures.BuildFigures> build(int coldSeconds, int warmSeconds, boolean warmJRuby,
      boolean warmConverts, int warmRenders) {
    SizeFigures.BuildRun cold = new SizeFigures.BuildRun(coldSeconds * SECOND, -1, true, 13, 13, true, true);
    SizeFigures.BuildRun warm = new SizeFigures.BuildRun(warmSeconds * SECOND, -1, true, 13, warmRenders,
        warmConverts, warmJRuby);
    return Optional.of(new SizeFigures.BuildFigures(cold, Optional.of(warm), 400_000, 2_000_000));
  }

  private static Optional<SizeFigures.SiteFigures> site(long sourceBytes, long htmlBytes) {
    return Optional.of(new SizeFigures.SiteFigures(20 * SECOND, 24, "reference-domains.adoc", sourceBytes,
        OptionalLong.of(htmlBytes), 180_000, 242));
  }

  private static SizeFigures size(String name, Optional<SizeFigures.BuildFigures> build,
      Optional<SizeFigures.SiteFigures> site) {
    SizeFigures.Child child = new SizeFigures.Child(SECOND, Map.of(), 11, 0, 0, 0, Map.of(), 1, 1, 1, 1, SECOND);
    return new SizeFigures(name, Scale.profile(name), OptionalLong.empty(), -1,
        List.of(new SizeFigures.Run(SECOND, SECOND)), List.of(), child, SECOND, Optional.empty(), build, site);
  }
}
