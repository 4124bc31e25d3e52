package io.truthbook.diagrams;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The sandboxed PlantUML's own text handling: the smetana pragma, line mapping, well-formed SVG. */
class SandboxedPlantUmlTest {
  @Test
  void smetanaIsInjectedAfterStartUmlAndErrorLinesMapBack() {
    String source = "' comment\n@startuml\na -> b\n@enduml\n";
    assertThat(SandboxedPlantUml.injectSmetana(source))
        .isEqualTo("' comment\n@startuml\n!pragma layout smetana\na -> b\n@enduml\n");
    assertThat(SandboxedPlantUml.sourceLine(source, 2)).isEqualTo(2);
    assertThat(SandboxedPlantUml.sourceLine(source, 3)).isEqualTo(2);
    assertThat(SandboxedPlantUml.sourceLine(source, 4)).isEqualTo(3);
    assertThat(SandboxedPlantUml.check("no diagram here")).hasValueSatisfying(e -> assertThat(e.line()).isEqualTo(1));
  }

  @Test
  void onlyTheEndOfCdataOutsideCdataIsEscaped() {
    assertThat(DeterministicSvg.wellFormed("<t>a ]]> b</t><style><![CDATA[ x ]]></style><t>]]></t>"))
        .isEqualTo("<t>a ]]&gt; b</t><style><![CDATA[ x ]]></style><t>]]&gt;</t>");
    assertThat(DeterministicSvg.wellFormed("<t>plain</t>")).isEqualTo("<t>plain</t>");
    assertThat(DeterministicSvg.wellFormed("<![CDATA[ never closed ]]")).isEqualTo("<![CDATA[ never closed ]]");
  }
}
