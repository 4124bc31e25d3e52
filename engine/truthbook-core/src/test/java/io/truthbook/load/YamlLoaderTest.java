package io.truthbook.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.truthbook.model.Finding;
import io.truthbook.yaml.YamlNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The manifest loader builds the shared tree: each scalar keeps its text as written and its typed value,
 * resolved by the YAML 1.2 core schema as editors resolve it.
 */
class YamlLoaderTest {

  @Test
  void scalarsCarryTheirTextAsWrittenAndTheTypedValueTheLoaderResolves() {
    YamlNode.Mapping root = root("port: 22:22\nsize: 0x10\nratio: 1.50\nflag: true\nnothing: ~\nname: 'web'\n");

    assertThat(scalar(root, "port").written()).isEqualTo("22:22");
    assertThat(scalar(root, "port").value()).isEqualTo("22:22");
    assertThat(scalar(root, "size").written()).isEqualTo("0x10");
    assertThat(scalar(root, "size").value()).isEqualTo(16);
    assertThat(scalar(root, "ratio").written()).isEqualTo("1.50");
    assertThat(scalar(root, "ratio").value()).isEqualTo(1.5);
    assertThat(scalar(root, "flag").value()).isEqualTo(Boolean.TRUE);
    assertThat(scalar(root, "nothing").isNull()).isTrue();
    assertThat(scalar(root, "nothing").valueText()).isEqualTo("null");
    assertThat(scalar(root, "name").text()).contains("web");
  }

  /** Plain scalars by the YAML 1.2 core schema; the last column is what YAML 1.1 made of them. */
  @ParameterizedTest(name = "{0} is {1} {2} (YAML 1.1: {3})")
  @CsvSource(delimiter = '|', textBlock = """
      no         | String  | no         | false
      yes        | String  | yes        | true
      on         | String  | on         | true
      y          | String  | y          | a string
      True       | Boolean | true       | true
      FALSE      | Boolean | false      | false
      tRUE       | String  | tRUE       | a string
      1_000      | String  | 1_000      | 1000
      1:20       | String  | 1:20       | 80
      0b101      | String  | 0b101      | 5
      2026-01-01 | String  | 2026-01-01 | a date
      012        | Integer | 12         | 10
      0o17       | Integer | 15         | a string
      0x1F       | Integer | 31         | 31
      +1         | Integer | 1          | 1
      -7         | Integer | -7         | -7
      4294967296 | Long    | 4294967296 | 4294967296
      1e3        | Double  | 1000.0     | a string
      16.0       | Double  | 16.0       | 16.0
      .5         | Double  | 0.5        | 0.5
      1.         | Double  | 1.0        | 1.0
      -.inf      | Double  | -Infinity  | -Infinity
      .NaN       | Double  | NaN        | NaN
      .nAn       | String  | .nAn       | a string
      ~          | Null    | null       | null
      Null       | Null    | null       | null
      nULL       | String  | nULL       | a string
      """)
  void plainScalarsResolveByTheYaml12CoreSchema(String written, String type, String value, String yaml11) {
    YamlNode.Scalar scalar = scalar(root("v: " + written + "\n"), "v");

    assertThat(scalar.written()).isEqualTo(written);
    assertThat(scalar.isNull() ? "Null" : scalar.value().getClass().getSimpleName()).isEqualTo(type);
    assertThat(scalar.valueText()).as("not %s as in YAML 1.1", yaml11).isEqualTo(value);
  }

  @Test
  void quotedAndBlockScalarsAreStringsWhateverTheirText() {
    YamlNode.Mapping root = root("a: \"true\"\nb: '12'\nc: \"\"\nd: |\n  0x1F\ne: >-\n  ~\nf: [\"no\", 'on', 1]\n");

    assertThat(scalar(root, "a").value()).isEqualTo("true");
    assertThat(scalar(root, "b").value()).isEqualTo("12");
    assertThat(scalar(root, "c").value()).isEqualTo("");
    assertThat(scalar(root, "d").value()).isEqualTo("0x1F\n");
    assertThat(scalar(root, "e").value()).isEqualTo("~");
    assertThat(root.get("f").orElseThrow().items()).extracting(n -> ((YamlNode.Scalar) n).value())
        .containsExactly("no", "on", 1);
  }

  @Test
  void anEmptyValueIsNullButAnEmptyQuotedStringIsAString() {
    YamlNode.Mapping root = root("empty:\nquoted: ''\n");

    assertThat(scalar(root, "empty").isNull()).isTrue();
    assertThat(scalar(root, "quoted").isNull()).isFalse();
  }

  @Test
  void keysAreTheirTextAsWritten() {
    YamlNode.Mapping root = root("on: x\nno: y\n");

    assertThat(root.entries().keySet()).containsExactly("kind", "on", "no");
  }

  @Test
  void anchorsAliasesAndMergeKeysCarryTheResolvedValues() {
    YamlNode.Mapping root = root("a: &n [0o10]\nb: *n\nbase: &m {x: yes}\nc:\n  <<: *m\n");

    assertThat(root.get("b").orElseThrow().items()).extracting(n -> ((YamlNode.Scalar) n).value()).containsExactly(8);
    assertThat(root.path("c", "x").map(n -> ((YamlNode.Scalar) n).value())).contains("yes");
  }

  @Test
  void anAliasOfAScalarIsThatScalar() {
    YamlNode.Mapping root = root("a: &n 0o10\nb: *n\nc: &s 'text'\nd: [*s, *n]\n");

    assertThat(scalar(root, "b").value()).isEqualTo(8);
    assertThat(root.get("d").orElseThrow().items()).extracting(n -> ((YamlNode.Scalar) n).value())
        .containsExactly("text", 8);
  }

  @Test
  void anExplicitTagReadsTheTextAsItsTypeWhateverTheQuoting() {
    YamlNode.Mapping root = root("s: !!str 123\ni: !!int \"8\"\nf: !!float 1\nh: !!int 0x10\nb: !!bool 'false'\n"
        + "n: !!null ''\nbare: ! 12\nlocal: !thing 0x10\n");

    assertThat(scalar(root, "s").value()).isEqualTo("123");
    assertThat(scalar(root, "i").value()).isEqualTo(8);
    assertThat(scalar(root, "f").value()).isEqualTo(1.0);
    assertThat(scalar(root, "h").value()).isEqualTo(16);
    assertThat(scalar(root, "b").value()).isEqualTo(Boolean.FALSE);
    assertThat(scalar(root, "n").isNull()).isTrue();
    // '!' is the non-specific tag: not plain, so a string
    assertThat(scalar(root, "bare").value()).isEqualTo("12");
    assertThat(scalar(root, "local").value()).isEqualTo("0x10");
  }

  @Test
  void aTaggedScalarNotWrittenAsItsTypeIsAFinding() {
    LoadedFile loaded = load("kind: domains\nflag: !!bool yes\ncount: !!int 1_000\nratio: !!float 0x10\n");

    assertThat(loaded.manifest()).isEmpty();
    assertThat(loaded.findings()).extracting(Finding::ruleId).containsExactly("yaml.tag", "yaml.tag", "yaml.tag");
    assertThat(loaded.findings().get(0).message()).isEqualTo("'yes' is not a !!bool value in YAML 1.2");
    assertThat(loaded.findings().get(0).location().line()).isEqualTo(2);
  }

  @Test
  void hugeNumbersAreReadQuicklyAndExactlyUpToAThousandDigits() {
    String exact = "9".repeat(1000);
    String body = "exact: " + exact + "\nbig: " + "9".repeat(900_000) + "\nhex: 0x" + "F".repeat(20_000)
        + "\nzeros: 0o" + "0".repeat(5000) + "7\n";
    YamlNode.Mapping root = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> root(body));

    assertThat(scalar(root, "exact").value()).isEqualTo(new BigInteger(exact));
    assertThat(scalar(root, "big").value()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(scalar(root, "hex").value()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(scalar(root, "zeros").value()).isEqualTo(7);
  }

  @Test
  void aTrailingEmptyDocumentIsNotASecondOne() {
    assertThat(load("kind: domains\n---\n").findings()).isEmpty();
    assertThat(load("kind: domains\n--- ~\n").findings()).isEmpty();
    assertThat(load("kind: domains\n--- ''\n").findings()).extracting(Finding::ruleId).containsExactly("yaml.syntax");
  }

  private static LoadedFile load(String text) {
    return new YamlLoader(LoadLimits.DEFAULTS).load("manifests/domains.yaml", text.getBytes(StandardCharsets.UTF_8));
  }

  private static YamlNode.Mapping root(String body) {
    LoadedFile loaded = load("kind: domains\n" + body);
    assertThat(loaded.findings()).isEmpty();
    return loaded.manifest().orElseThrow().root();
  }

  private static YamlNode.Scalar scalar(YamlNode.Mapping mapping, String key) {
    return (YamlNode.Scalar) mapping.get(key).orElseThrow();
  }
}
