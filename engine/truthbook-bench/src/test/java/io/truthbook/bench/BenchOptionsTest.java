package io.truthbook.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BenchOptionsTest {
  private static final String JAR = "/opt/truthbook.jar";

  @Test
  void defaultsMeasureEverySizeFromTheRoot() {
    BenchOptions options = BenchOptions.parse("--jar", JAR, "--root", "/repo");

    assertThat(options.sizes()).containsExactly("velocity", "1x", "10x", "100x");
    assertThat(options.work()).isEqualTo(Path.of("/repo/target/bench"));
    assertThat(options.ajv()).contains(Path.of("/repo/bench/ajv.sh"));
    assertThat(options.runs()).isEqualTo(3);
    assertThat(options.xmx()).isEqualTo("1g");
    assertThat(options.mavenVerify()).isFalse();
  }

  @Test
  void sizesRunsAndAjvCanBeChosen() {
    BenchOptions options = BenchOptions.parse("--jar", JAR, "--sizes", "1x, 10x", "--runs", "1", "--ajv", "none",
        "--drift", "2", "--regenerate", "--maven-verify");

    assertThat(options.sizes()).isEqualTo(List.of("1x", "10x"));
    assertThat(options.runs()).isEqualTo(1);
    assertThat(options.ajv()).isEmpty();
    assertThat(options.drift()).isEqualTo(Optional.of(2));
    assertThat(options.regenerate()).isTrue();
    assertThat(options.mavenVerify()).isTrue();
  }

  @Test
  void unknownSizesAndFlagsAreRefused() {
    assertThatThrownBy(() -> BenchOptions.parse("--jar", JAR, "--sizes", "1000x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown size '1000x'");
    assertThatThrownBy(() -> BenchOptions.parse("--jar", JAR, "--fast"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("missing value for --fast");
    assertThatThrownBy(() -> BenchOptions.parse("--jar", JAR, "--fast", "yes"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown option --fast");
  }

  /**
   * The bench measures with the launcher's JVM flags, and Maven's JVM runs with the same: C1 alone, which would
   * reserve only 48 MB of code cache (too little for a whole reactor with JRuby: the JIT stopped on CI), so each
   * names the code cache's size as well.
   */
  @Test
  void theBenchTheLauncherAndMavensJvmStartWithTheSameFlags() throws java.io.IOException {
    Path repository = Path.of("../..");
    String launcher = java.nio.file.Files.readString(repository.resolve("truthbook"));
    java.util.regex.Matcher defaults = java.util.regex.Pattern.compile("TRUTHBOOK_JAVA_OPTS:-([^}]*)}").matcher(launcher);
    assertThat(defaults.find()).as("the launcher's default flags").isTrue();
    List<String> launcherFlags = List.of(defaults.group(1).replace(" -Xshare:auto", "").trim().split("\\s+"));
    List<String> mavenFlags = List.of(java.nio.file.Files.readString(repository.resolve(".mvn/jvm.config")).trim()
        .split("\\s+"));
    List<String> benchFlags = BenchOptions.parse("--jar", JAR).launcherFlags();

    assertThat(benchFlags).containsExactlyElementsOf(launcherFlags);
    assertThat(mavenFlags).containsExactlyInAnyOrderElementsOf(launcherFlags);
    assertThat(launcherFlags).contains("-XX:TieredStopAtLevel=1").anyMatch(f -> f.startsWith("-XX:ReservedCodeCacheSize="));
  }

  @Test
  void profilesScaleTheOneXTruthTenfold() {
    Scale hundred = Scale.profile("100x").orElseThrow();

    assertThat(hundred.endpoints()).isEqualTo(100_000);
    assertThat(hundred.tables()).isEqualTo(10_000);
    assertThat(hundred.nodes()).isEqualTo(1_000);
    assertThat(hundred.claims()).isEqualTo(5_000);
    assertThat(hundred.files()).isEqualTo(50_000);
    assertThat(Scale.profile("velocity")).isEmpty();
  }
}
