package io.truthbook.evidence.ingress;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
}
