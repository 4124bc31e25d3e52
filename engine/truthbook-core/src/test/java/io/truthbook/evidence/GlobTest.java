package io.truthbook.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobTest {

  @ParameterizedTest(name = "{0} matches {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      db/**/*.sql        | db/V1__x.sql              | true
      db/**/*.sql        | db/a/b/V1__x.sql          | true
      db/**/*.sql        | db/V1__x.sqlx             | false
      db/*.sql           | db/a/V1__x.sql            | false
      **                 | a/b/c                     | true
      deploy/compose*.yml| deploy/compose.prod.yml   | true
      deploy/compose?.yml| deploy/compose1.yml       | true
      deploy/compose?.yml| deploy/compose/.yml       | false
      a+b(c).[x]         | a+b(c).[x]                | true
      a+b(c).[x]         | aab(c).x                  | false
      """)
  void matchesLikeAPathGlob(String pattern, String path, boolean expected) {
    assertThat(Glob.of(pattern).matches(path)).isEqualTo(expected);
  }

  @Test
  void aPatternBuiltToBacktrackMatchesInLinearTime() {
    // a sources manifest is written by many hands: no glob in it may make a check hang
    Glob hostile = Glob.of("**a".repeat(20) + "b");
    String path = "a/".repeat(3_000);
    boolean matched = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> hostile.matches(path));
    assertThat(matched).isFalse();
  }

  @Test
  void aRunOfDoubleStarsCompilesAsOne() {
    // '**/' repeated spans folders exactly as one does; compiled as one, it cannot overflow RE2's stack
    Glob repeated = Glob.of("db/" + "**/".repeat(300) + "*.sql");

    assertThat(repeated.regex().pattern()).isEqualTo(Glob.of("db/**/*.sql").regex().pattern());
    assertThat(repeated.matches("db/a/b/V1__x.sql")).isTrue();
    assertThat(Glob.of("a/****/b").regex().pattern()).isEqualTo(Glob.of("a/**/b").regex().pattern());
  }

  @Test
  void aGlobOverTheLengthLimitIsAProblemAndNeverCompiled() {
    String tooLong = "x/".repeat(Glob.MAX_LENGTH / 2) + "y";

    assertThat(Glob.problem(tooLong)).contains("a glob of 1025 characters is over the limit of 1024");
    assertThat(Glob.problem("x".repeat(Glob.MAX_LENGTH))).isEmpty();
    assertThatIllegalArgumentException().isThrownBy(() -> Glob.of(tooLong));
  }
}
