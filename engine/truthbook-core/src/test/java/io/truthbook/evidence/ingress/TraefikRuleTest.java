package io.truthbook.evidence.ingress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TraefikRuleTest {

  private static String targets(String rule) {
    TraefikRule.Parsed parsed = TraefikRule.parse(rule);
    assertThat(parsed.error()).isEmpty();
    List<String> text = parsed.targets().stream()
        .map(t -> "[" + t.host() + "]" + t.path().path() + " " + t.path().match()).toList();
    return String.join("; ", text);
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", value = {
      "Host(`a`)                                          => [a]/ prefix",
      "Host(\"a\") && Path(\"/x\")                        => [a]/x exact",
      "host(`a`) && pathprefix(`/x`)                      => [a]/x prefix",
      "Host(`a`,`b`) && PathRegexp(`^/v\\d+`)             => [a]^/v\\d+ regex; [b]^/v\\d+ regex",
      "Host(`a`) || Host(`b`) && PathPrefix(`/api`)       => [a]/ prefix; [b]/api prefix",
      "(Host(`a`) || Host(`b`)) && PathPrefix(`/api`)     => [a]/api prefix; [b]/api prefix",
      "PathPrefix(`/api`) && !Host(`internal`)            => []/api prefix",
      "!(Host(`a`) || PathPrefix(`/x`)) && Method(`GET`)  => []/ prefix",
      "Host(`a`) && Headers(`X-Env`, `prod`)              => [a]/ prefix",
      "HostRegexp(`{sub:[a-z]+}.example.com`)             => [{sub:[a-z]+}.example.com]/ prefix",
      "PathPrefix(`/a`, `/b`)                             => []/a prefix; []/b prefix"})
  void turnsRulesIntoHostsAndPaths(String rule, String expected) {
    assertThat(targets(rule)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiterString = " => ", quoteCharacter = '"', value = {
      "Host(`a`                       => expected ')', found the end of the rule",
      "Host(`a`) &&                   => expected a matcher such as Host(...) or PathPrefix(...), found the end of the rule",
      "Host(`a`) Host(`b`)            => unexpected 'Host' in the rule",
      "&& Host(`a`)                   => expected a matcher such as Host(...), found '&&'",
      "Host(`a)                       => unterminated string in the rule"})
  void explainsBrokenRules(String rule, String error) {
    assertThat(TraefikRule.parse(rule).error()).contains(error);
  }
}
