package io.truthbook.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TerminalTextTest {
  @Test
  void controlAndBidiCharactersShowAsQuestionMarks() {
    String hostile = "a\u001b[31mred\u0007 \u0000nul \u0085nel \u202Egnp.exe\u2066x\u2069\u200F\tend";

    assertThat(TerminalText.line(hostile)).isEqualTo("a?[31mred? ?nul ?nel ?gnp.exe?x?? end");
  }

  @Test
  void oneLineNeverForgesASecondLineButLinesKeepTheirLineFeeds() {
    assertThat(TerminalText.line("first\nsecond\r\n")).isEqualTo("first?second??");
    assertThat(TerminalText.lines("first\nsecond\r\n")).isEqualTo("first\nsecond?\n");
  }

  @Test
  void plainTextIsReturnedAsItIs() {
    String plain = "Oracle pipeline — 🚀 naïve façade";
    assertThat(TerminalText.line(plain)).isSameAs(plain);
  }
}
