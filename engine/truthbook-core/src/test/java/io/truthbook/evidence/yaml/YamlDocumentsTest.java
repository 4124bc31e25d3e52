package io.truthbook.evidence.yaml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import io.truthbook.evidence.Extractor;
import io.truthbook.evidence.SourceFile;
import io.truthbook.evidence.topology.ComposeExtractor;
import io.truthbook.evidence.topology.KubernetesWorkloadExtractor;
import io.truthbook.yaml.YamlNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YamlDocumentsTest {

  private static YamlDocuments read(String yaml) {
    return YamlDocuments.read(SourceFile.of("x.yaml", yaml));
  }

  private static List<String> problems(YamlDocuments yaml) {
    return yaml.problems().stream().map(p -> p.at().line() + ":" + p.at().column() + " " + p.message()).toList();
  }

  @Test
  void mergeKeysLetExplicitKeysWinThenEarlierMergedMappings() {
    YamlDocuments yaml = read("""
        a: &a {p: a, q: a}
        b: &b {q: b, r: b}
        s:
          <<: [*a, *b]
          p: s
        t:
          <<: *b
        """);

    YamlNode s = yaml.documents().get(0).get("s").orElseThrow();
    assertThat(s.entries().keySet()).containsExactly("p", "q", "r");
    assertThat(s.get("p").flatMap(YamlNode::text)).contains("s");
    assertThat(s.get("q").flatMap(YamlNode::text)).contains("a");
    assertThat(s.get("r").flatMap(YamlNode::text)).contains("b");
    // a merged value keeps the place it was written: the anchor's line
    assertThat(s.get("r").orElseThrow().at().line()).isEqualTo(2);
    assertThat(yaml.documents().get(0).path("t", "q").flatMap(YamlNode::text)).contains("b");
    assertThat(yaml.problems()).isEmpty();
  }

  @Test
  void keepsScalarsAsWritten() {
    YamlNode root = read("port: 22:22\nempty:\ntilde: ~\nquoted: 'null'\n").documents().get(0);

    assertThat(root.get("port").flatMap(YamlNode::text)).contains("22:22");
    assertThat(root.get("empty").flatMap(YamlNode::text)).isEmpty();
    assertThat(root.get("tilde").flatMap(YamlNode::text)).isEmpty();
    assertThat(root.get("quoted").flatMap(YamlNode::text)).contains("null");
  }

  @Test
  void readsEveryDocumentAndKeepsThoseBeforeAnError() {
    YamlDocuments yaml = read("a: 1\n---\nb: 2\n---\nc: [\n");

    assertThat(yaml.documents()).hasSize(2);
    assertThat(problems(yaml)).singleElement().asString().startsWith("6:1 invalid YAML: while parsing a flow");
  }

  @Test
  void reportsMergeKeysThatMergeNoMapping() {
    assertThat(problems(read("a:\n  <<: [1, 2]\n  b: 1\n"))).containsExactly(
        "2:7 a merge key '<<' takes a mapping or a list of mappings, e.g. '<<: *defaults' or '<<: [*a, *b]'");
  }

  @Test
  void reportsUnknownAliasesAndTabs() {
    assertThat(problems(read("a: *nowhere\n"))).singleElement().asString()
        .startsWith("1:4 invalid YAML: found undefined alias nowhere");
    assertThat(problems(read("a:\n\tb: 1\n"))).singleElement().asString().startsWith("2:1 invalid YAML:");
  }

  @Test
  void refusesRecursiveAliasesWithoutLooping() {
    assertThat(problems(read("a: &x [1, *x]\n"))).containsExactly(
        "1:4 an alias refers to a value that contains it; recursive YAML is not read");
    assertThat(problems(read("a: &x {b: *x}\n"))).containsExactly(
        "1:4 an alias refers to a value that contains it; recursive YAML is not read");
  }

  @Test
  void stopsAliasBombsByTheSizeTheyExpandTo() {
    StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 12; i++) {
      String alias = "*a" + (i - 1);
      bomb.append("a").append(i).append(": &a").append(i).append(" [")
          .append(String.join(", ", java.util.Collections.nCopies(10, alias))).append("]\n");
    }

    // a5 is the first value over a million (1,111,111): the finding points at it
    assertThat(problems(read(bomb.toString()))).containsExactly(
        "6:5 this value expands to more than 1000000 values through aliases (an alias bomb?); the document is not read");
  }

  @Test
  void stopsFilesWithMoreAliasesThanTheLimit() {
    StringBuilder many = new StringBuilder("base: &b {x: 1}\nitems:\n");
    for (int i = 0; i < 1001; i++) {
      many.append("  - *b\n");
    }
    assertThat(problems(read(many.toString()))).singleElement().asString()
        .isEqualTo("1:1 cannot read YAML: Number of aliases for non-scalar nodes exceeds the specified max=1000");
  }

  @Test
  void readsAComposeFileWhereEveryServiceMergesTheDefaults() {
    StringBuilder compose = new StringBuilder("x-common: &common\n  restart: always\n  logging: {driver: json}\n"
        + "services:\n");
    for (int i = 0; i < 60; i++) {
      compose.append("  s").append(i).append(":\n    <<: *common\n    image: app:").append(i).append('\n');
    }
    YamlDocuments yaml = read(compose.toString());
    assertThat(yaml.problems()).isEmpty();
    assertThat(yaml.documents().get(0).entries().get("services").value().entries()).hasSize(60);
  }

  @Test
  void sharesAliasedValuesInsteadOfCopyingThem() {
    StringBuilder doubling = new StringBuilder("a0: &a0 [x, x]\n");
    for (int i = 1; i < 17; i++) {
      doubling.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1)
          .append(", *a").append(i - 1).append("]\n");
    }

    // 2^17 leaves if expanded (about 520,000 values in all), under the million a document may expand to;
    // 32 aliases, shared
    YamlDocuments yaml = read(doubling.toString());
    assertThat(yaml.problems()).isEmpty();
    assertThat(yaml.documents().get(0).entries()).hasSize(17);
  }

  @Test
  void stopsDeepNesting() {
    assertThat(problems(read("[".repeat(1000) + "]".repeat(1000)))).singleElement().asString()
        .startsWith("1:1 cannot read YAML: Nesting Depth exceeded max 50");
  }

  @Test
  void stopsFilesOverFiveMillionCodePoints() {
    String huge = "a: \"" + "x".repeat(5 * 1024 * 1024 + 1) + "\"\n";

    assertThat(problems(read(huge))).containsExactly(
        "1:1 cannot read YAML: the file has more than 5242880 characters, over the limit for one YAML file");
  }

  @Test
  void reportsNonPrintableCharactersWhereTheyAre() {
    assertThat(problems(read("a: 1\nb: \u0001\n"))).singleElement().asString()
        .startsWith("2:4 cannot read YAML: special characters are not allowed");
  }

  @Test
  void scalarsCarryTheirTextAsWrittenAndTheirTypedValue() {
    YamlNode root = read("port: 22:22\nreplicas: 3\ndebug: yes\nratio: 0.5\nname: web\nempty:\nbad: !!int x\n")
        .documents().get(0);

    assertThat(scalar(root, "port")).isEqualTo(new YamlNode.Scalar(scalar(root, "port").at(), "22:22", 1342));
    assertThat(scalar(root, "replicas").value()).isEqualTo(3);
    assertThat(scalar(root, "debug").value()).isEqualTo(Boolean.TRUE);
    assertThat(scalar(root, "debug").text()).contains("yes");
    assertThat(scalar(root, "ratio").value()).isEqualTo(0.5);
    assertThat(scalar(root, "name").value()).isEqualTo("web");
    assertThat(scalar(root, "empty").isNull()).isTrue();
    assertThat(scalar(root, "empty").value()).isSameAs(YamlNode.Scalar.NULL);
    assertThat(scalar(root, "bad").value()).isEqualTo("x");
  }

  private static YamlNode.Scalar scalar(YamlNode mapping, String key) {
    return (YamlNode.Scalar) mapping.get(key).orElseThrow();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void neverThrowsOnRandomInput(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 200; i++) {
      byte[] bytes = new byte[random.nextInt(400)];
      random.nextBytes(bytes);
      String text = new String(bytes, StandardCharsets.UTF_8);
      String yamlish = yamlish(random);
      for (String input : List.of(text, yamlish)) {
        for (Extractor extractor : List.<Extractor>of(new ComposeExtractor(), new KubernetesWorkloadExtractor())) {
          assertThatNoException().as(input).isThrownBy(() -> extractor.extract(SourceFile.of("compose.yml", input)));
        }
      }
    }
  }

  /** Random text from YAML's own punctuation, which reaches deeper into the parser than noise does. */
  private static String yamlish(Random random) {
    String[] pieces = {"services:", "\n", "  ", "- ", ": ", "&a ", "*a", "<<: ", "[", "]", "{", "}", ",", "\"",
        "'", "#", "---\n", "ports", "kind: Deployment", "x", "8000:80", "${A:-", "}", "!!map ", "? ", "|", ">"};
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(60);
    for (int i = 0; i < length; i++) {
      text.append(pieces[random.nextInt(pieces.length)]);
    }
    return text.toString();
  }
}
