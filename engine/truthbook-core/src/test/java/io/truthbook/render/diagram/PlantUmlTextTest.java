package io.truthbook.render.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Manifest text reaches PlantUML as inert, one-line, quoted labels. */
class PlantUmlTextTest {

  @Test
  void quotesAndBackslashesCannotCloseOrEscapeALabel() {
    assertThat(PlantUmlText.quoted("say \"hi\" \\n")).isEqualTo("\"say &#34;hi&#34; &#92;n\"");
  }

  @Test
  void lineBreaksBecomePlantUmlLineBreaksSoALabelIsOneLine() {
    String label = PlantUmlText.quoted("one\ntwo\r\nthree\rfour\u2028five");
    assertThat(label).isEqualTo("\"one\\ntwo\\nthree\\nfour\\nfive\"").doesNotContain("\n", "\r");
  }

  @Test
  void directivesBuiltinsAndMarkupAreEntities() {
    String escaped = PlantUmlText.escape("@enduml !include /etc/passwd %getenv(\"HOME\") $x <img:/etc/passwd> "
        + "[[http://x]] ~tilde & &#34;");
    assertThat(escaped).doesNotContain("@", "!", "%", "$", "<", ">", "[", "]", "~", "\"")
        .contains("&#64;enduml", "&#33;include /etc/passwd", "&#37;getenv", "&#60;img:/etc/passwd&#62;",
            "&#38;#34;");
  }

  @Test
  void doubledCreoleMarkupIsBrokenButSingleCharactersStayReadable() {
    assertThat(PlantUmlText.escape("x **b** //i// --s-- __u__ https://x /api/crm-x"))
        .isEqualTo("x *&#42;b*&#42; /&#47;i/&#47; -&#45;s-&#45; _&#95;u_&#95; https:/&#47;x /api/crm-x");
  }

  @Test
  void creoleAtTheStartOfALineIsAnEntity() {
    assertThat(PlantUmlText.escape("* a\n== b\n  | c\n- d")).isEqualTo("&#42; a\\n&#61;&#61; b\\n  &#124; c\\n&#45; d");
  }

  @Test
  void controlCharactersBecomeSpaces() {
    assertThat(PlantUmlText.escape("a\tb\u0000c\u200Bd")).isEqualTo("a b c d");
  }

  @Test
  void wrapsAtSpacesKeepingLongWords() {
    assertThat(PlantUmlText.wrap("The Linux origin terminates TLS for every host", 16))
        .containsExactly("The Linux origin", "terminates TLS", "for every host");
    assertThat(PlantUmlText.wrap("a-very-long-word-indeed x", 5)).containsExactly("a-very-long-word-indeed", "x");
    assertThat(PlantUmlText.quoted(List.of("a", "b"))).isEqualTo("\"a\\nb\"");
  }

  @Test
  void aliasesAreSafeIdentifiersAndUnique() {
    Aliases aliases = new Aliases();
    String first = aliases.of("node", "gpu-1");
    String hostile = aliases.of("node", "gpu\"1 as x\n@enduml");
    String clash = aliases.of("node", "gpu_1");
    assertThat(first).isEqualTo("node_gpu_1");
    assertThat(List.of(hostile, clash)).allMatch(a -> a.matches("[A-Za-z0-9_]+"));
    assertThat(List.of(first, hostile, clash)).doesNotHaveDuplicates();
    assertThat(aliases.of("node", "gpu-1")).isEqualTo(first);
    assertThat(aliases.find("node", "gpu-9")).isEmpty();
  }
}
