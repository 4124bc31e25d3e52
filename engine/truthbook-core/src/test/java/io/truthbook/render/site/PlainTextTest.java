package io.truthbook.render.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The search index's plain text: markup dropped, the words kept. */
class PlainTextTest {
  /** The marks as a regular expression: the definition the one-pass scan must agree with. */
  private static final Pattern MARKS = Pattern.compile("`+|\\*+|#{2,}|(?<!\\w)_+|_+(?!\\w)|\\^|~");

  @Test
  void inlineMarksGoAndIdentifiersKeepTheirUnderscores() {
    assertThat(PlainText.withoutMarks("*bold* and _emphasis_ and `crm_contact` with __doubled__"))
        .isEqualTo("bold and emphasis and crm_contact with doubled");
    assertThat(PlainText.withoutMarks("#one ##two ### x^2^ ~sub~ _ snake_case_name_ end_"))
        .isEqualTo("#one two  x2 sub  snake_case_name end");
    assertThat(PlainText.withoutMarks("plain prose")).isEqualTo("plain prose");
    assertThat(PlainText.line("== The `crm_contact` table, see <<oracle,the oracle>> and link:https://x.test[the site]"))
        .isEqualTo("The crm_contact table, see the oracle and the site");
  }

  @Test
  void theScanAgreesWithTheRegularExpressionOnRandomText() {
    Random random = new Random(19);
    for (int round = 0; round < 20_000; round++) {
      String input = text(random, "`*#_^~ aZ9_\u00e9-.[]", 24);
      assertThat(PlainText.withoutMarks(input)).as("marks of '%s'", input)
          .isEqualTo(MARKS.matcher(input).replaceAll(""));
    }
  }

  @Test
  void spacesCollapseAsTheRegularExpressionCollapsesThem() {
    Pattern spaces = Pattern.compile("\\s+");
    Random random = new Random(6);
    for (int round = 0; round < 20_000; round++) {
      String input = text(random, " \t\n\u000B\f\r\u00a0\u2003ab", 16);
      assertThat(PlainText.collapse(input)).as("collapsed '%s'", input)
          .isEqualTo(spaces.matcher(input).replaceAll(" ").strip());
    }
  }

  @Test
  void aPageReadsAsItsWords() {
    assertThat(PlainText.of(List.of("= Title", "", "[source,sql]", "----", "SELECT 1 &amp; 2;", "----",
        "A *line* with&nbsp;space.", "// a comment"))).isEqualTo("Title SELECT 1 & 2; A line with space.");
  }

  /** Up to {@code longest - 1} characters drawn from {@code alphabet}. */
  private static String text(Random random, String alphabet, int longest) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(longest);
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }
}
