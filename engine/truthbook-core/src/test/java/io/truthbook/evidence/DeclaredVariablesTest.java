package io.truthbook.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.model.Location;
import io.truthbook.model.Source;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hosts written with the environment, as compose ({@code ${DOMAIN}}) and Caddy ({@code {$DOMAIN}}) write them. */
class DeclaredVariablesTest {
  private static final Location AT = Location.of("manifests/sources.yaml", 3, 5);
  private static final DeclaredVariables VARIABLES = new DeclaredVariables(new Source("product", AT,
      Optional.of("product"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
      Map.of("DOMAIN", "example.test")));

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "api.${DOMAIN}              | api.example.test          | ''",
      "app.{$DOMAIN}              | app.example.test          | ''",
      "{$DOMAIN}                  | example.test              | ''",
      "{$DOMAIN}.${DOMAIN}        | example.test.example.test | ''",
      "{$STATUS_HOST}             | {$STATUS_HOST}            | STATUS_HOST",
      "${LEGACY:?set it}.{$DOMAIN} | ${LEGACY:?set it}.example.test | LEGACY",
  })
  void substitutesCaddyPlaceholdersWholeAndComposeVariablesBetweenThem(String text, String expected, String unknown) {
    Set<String> found = new LinkedHashSet<>();
    assertThat(VARIABLES.substitute(text, found)).isEqualTo(expected);
    assertThat(String.join(",", found)).isEqualTo(unknown);
  }
}
