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
