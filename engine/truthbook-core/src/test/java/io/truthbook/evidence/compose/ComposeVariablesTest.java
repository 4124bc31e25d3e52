package io.truthbook.evidence.compose;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ComposeVariablesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "plain text                        | plain text                        | ''",
      "${HOST:-app.example.com}          | app.example.com                   | ''",
      "${HOST-app.example.com}           | app.example.com                   | ''",
      "${HOST:-}/x                       | /x                                | ''",
      "${A:-${B:-nested.example.com}}    | nested.example.com                | ''",
      "$$HOME and $${X}                  | $HOME and ${X}                    | ''",
      "${HOST}                           | ${HOST}                           | HOST",
      "$HOST.example.com                 | $HOST.example.com                 | HOST",
      "${HOST:?must be set}              | ${HOST:?must be set}              | HOST",
      "${A:-${B}}                        | ${B}                              | B",
      "${UNCLOSED:-x                     | ${UNCLOSED:-x                     | ${UNCLOSED:-x",
      "price: 5$                         | price: 5$                         | ''"})
  void interpolatesDefaultsAndReportsTheRest(String input, String expected, String unresolved) {
    ComposeVariables.Interpolated result = ComposeVariables.interpolate(input);
    assertThat(result.text()).isEqualTo(expected);
    assertThat(String.join(",", result.unresolved())).isEqualTo(unresolved);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
      plain                          | plain
      ${PORT:-8000}                  | 8000
      ${PORT-8000}:80                | 8000:80
      ${PORT}                        | ''
      $PORT/tcp                      | /tcp
      ${A:-${B:-nested}}             | nested
      ${A:?must be set}              | ''
      ${A:+alt}                      | ''
      cost $$5                       | cost $5
      ${UNCLOSED:-x                  | ${UNCLOSED:-x
      $                              | $
      a$-b                           | a$-b
      ${MODELS:-/mnt/nvme}:/models   | /mnt/nvme:/models
      """)
  void readsVariablesAsTheirWrittenDefaults(String text, String expected) {
    assertThat(ComposeVariables.withDefaults(text)).isEqualTo(expected);
  }

  /** The whole grammar with a declared environment: DOMAIN=example.com, EMPTY="" and OTHER unknown. */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', emptyValue = "", textBlock = """
      ${DOMAIN}                      | example.com                 | ''
      api.$DOMAIN                    | api.example.com             | ''
      api.${DOMAIN:?set DOMAIN}      | api.example.com             | ''
      ${DOMAIN?set it}               | example.com                 | ''
      ${DOMAIN:-fallback}            | example.com                 | ''
      ${EMPTY:-fallback}             | fallback                    | ''
      ${EMPTY-fallback}              | ''                          | ''
      ${EMPTY:?must not be empty}    | ${EMPTY:?must not be empty} | EMPTY
      ${EMPTY?set, maybe empty}      | ''                          | ''
      ${DOMAIN:+tls}                 | tls                         | ''
      ${EMPTY:+tls}                  | ''                          | ''
      ${EMPTY+tls}                   | tls                         | ''
      ${OTHER:+tls}                  | ${OTHER:+tls}               | OTHER
      ${OTHER:?no value: set OTHER}  | ${OTHER:?no value: set OTHER} | OTHER
      ${OTHER:-${DOMAIN}}            | example.com                 | ''
      $${DOMAIN}                     | ${DOMAIN}                   | ''
      """)
  void interpolatesTheWholeGrammarWithDeclaredVariables(String text, String expected, String unresolved) {
    ComposeVariables.Interpolated result =
        ComposeVariables.interpolate(text, java.util.Map.of("DOMAIN", "example.com", "EMPTY", ""));
    assertThat(result.text()).isEqualTo(expected);
    assertThat(String.join(",", result.unresolved())).isEqualTo(unresolved);
  }

  @ParameterizedTest
  @ValueSource(ints = {1000, 100_000})
  void keepsDefaultsNestedPastTheLimitAsWritten(int depth) {
    String text = "${A:-".repeat(depth) + "x" + "}".repeat(depth);

    int kept = depth - 17;
    assertThat(ComposeVariables.withDefaults(text)).isEqualTo("${A:-".repeat(kept) + "x" + "}".repeat(kept));
  }
}
