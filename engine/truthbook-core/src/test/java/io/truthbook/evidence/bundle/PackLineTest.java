package io.truthbook.evidence.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** A pack line read as a tree from the streaming parser is the tree Jackson's object mapper reads. */
class PackLineTest {
  @Test
  void aLineReadsAsTheMapperReadsIt() throws IOException {
    String line = "{\"evidence\":[{\"kind\":\"table\",\"name\":\"crm \\\"x\\\"\",\"at\":{\"line\":3,\"column\":14},"
        + "\"nullable\":true,\"default\":null,\"ports\":[80,8080,3000000000]}],\"problems\":[],\"empty\":{}}";
    assertThat(ParsePacks.tree(line)).isEqualTo(new ObjectMapper().readTree(line));
    assertThat(ParsePacks.tree(line).get("evidence").get(0).get("at").get("line").canConvertToInt()).isTrue();
  }

  @Test
  void aLineCutShortOrDoubledIsNoTree() {
    assertThatThrownBy(() -> ParsePacks.tree("{\"evidence\":[{\"kind\"")).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> ParsePacks.tree("{} {}")).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> ParsePacks.tree("")).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> ParsePacks.tree("{\"x\": 1.5}")).isInstanceOf(IOException.class);
  }
}
