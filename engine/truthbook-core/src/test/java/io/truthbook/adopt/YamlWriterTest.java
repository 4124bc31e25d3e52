package io.truthbook.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whatever text the product holds, a drafted value reads back as the same string, and a comment stays one line. */
class YamlWriterTest {
  private static final YAMLMapper YAML = new YAMLMapper();

  @ParameterizedTest
  @ValueSource(strings = {"alice", "/api/items", "/api/users/{id}", ".", "..", "./deploy", ".inf", ".NaN", ".5",
      "yes", "No", "on", "OFF", "null", "~", "true", "8000", "0x1F", "1e3", "2024-01-01", "12:30", "@alice",
      "-", "- item", "? key", "a: b", "a #b", "a # b", "#x", "[a]", "{a: b}", "*anchor", "&anchor", "!tag", "%dir",
      "|", ">", "'quoted'", "\"quoted\"", "back\\slash", "tab\there", "line\nbreak", "cr\rhere", "\u0000nul",
      "\u001b[31mred", "bidi\u202eevil", "nel\u0085", "ls\u2028ps\u2029", "\ufeffbom", "Élan 💡", " lead", "trail ",
      "two  spaces", "", "a,b", "`tick`"})
  void everyValueReadsBackAsTheSameString(String value) throws Exception {
    String text = new YamlWriter().field(0, "key", value).list(0, "list", List.of(value, "x")).item(0, value).text();
    String document = text.substring(0, text.indexOf("\n- "));
    JsonNode read = YAML.readTree(document);
    assertThat(read.get("key").isTextual()).as(text).isTrue();
    assertThat(read.get("key").asText()).as(text).isEqualTo(value);
    assertThat(read.get("list").get(0).asText()).as(text).isEqualTo(value);
    assertThat(YAML.readTree(text.substring(text.indexOf("\n- ") + 1)).get(0).asText()).isEqualTo(value);
  }

  @Test
  void plainWhereThatIsSafeQuotedElsewhere() {
    assertThat(YamlWriter.scalar("db/migrations/V1__init.sql")).isEqualTo("db/migrations/V1__init.sql");
    assertThat(YamlWriter.scalar("Created in app/main.py.")).isEqualTo("Created in app/main.py.");
    assertThat(YamlWriter.scalar("yes")).isEqualTo("\"yes\"");
    assertThat(YamlWriter.scalar("a: b")).isEqualTo("\"a: b\"");
    assertThat(YamlWriter.scalar("bidi\u202e")).isEqualTo("\"bidi\\u202E\"");
  }

  @Test
  void aCommentIsOneLineWithoutControls() {
    String text = new YamlWriter().comment(1, "first\u001b[2J\rsecond\u2028third").field(1, "k", "v", "x\ny").text();
    assertThat(text).isEqualTo("  # first [2J second third\n  k: v  # x y\n");
  }
}
