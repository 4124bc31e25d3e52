package io.truthbook.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.yaml.YamlNode;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The manifest loader builds the shared tree: each scalar keeps its text as written and its typed value. */
class YamlLoaderTest {

  @Test
  void scalarsCarryTheirTextAsWrittenAndTheTypedValueTheLoaderResolves() {
    LoadedFile loaded = new YamlLoader(LoadLimits.DEFAULTS).load("manifests/domains.yaml",
        "kind: domains\nport: 22:22\nsize: 0x10\nratio: 1.50\nflag: true\nnothing: ~\nname: 'web'\n"
            .getBytes(StandardCharsets.UTF_8));
    YamlNode.Mapping root = loaded.manifest().orElseThrow().root();

    assertThat(scalar(root, "port").written()).isEqualTo("22:22");
    assertThat(scalar(root, "size").written()).isEqualTo("0x10");
    assertThat(scalar(root, "size").value()).isEqualTo(16);
    assertThat(scalar(root, "ratio").written()).isEqualTo("1.50");
    assertThat(scalar(root, "ratio").value()).isEqualTo(1.5);
    assertThat(scalar(root, "flag").value()).isEqualTo(Boolean.TRUE);
    assertThat(scalar(root, "nothing").isNull()).isTrue();
    assertThat(scalar(root, "nothing").valueText()).isEqualTo("null");
    assertThat(scalar(root, "name").text()).contains("web");
  }

  private static YamlNode.Scalar scalar(YamlNode.Mapping mapping, String key) {
    return (YamlNode.Scalar) mapping.get(key).orElseThrow();
  }
}
