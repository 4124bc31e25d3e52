package io.truthbook.evidence;

import static org.assertj.core.api.Assertions.assertThat;
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
}
