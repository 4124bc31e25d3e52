package io.truthbook.render.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AsciiDocTextTest {
  private static final Pattern REF = Pattern.compile("&#(\\d+);");
  private static final String ALPHABET = "aZ9 /.-=*_+`#^~:;[]{}|<>&\\$@'\"()!,\n\r\t\u2028\u0000\u202e\uD83D\uDE00é";

  @Test
  void hostileValuesBecomeCharacterReferences() {
    assertThat(AsciiDocText.inert(BookFixtures.HOSTILE)).isEqualTo(
        "include&#58;&#58;/etc/passwd&#91;&#93; &#43;&#43;&#43;&#60;script&#62;alert&#40;1)&#60;/script&#62;"
            + "&#43;&#43;&#43; &#123;nonexistent-attr&#125;");
  }

  @Test
  void newlinesCollapseAndLeadingBlockSyntaxIsEscaped() {
    assertThat(AsciiDocText.inert("  = Title\n\n. item\r\n// c  ")).isEqualTo("&#61; Title . item // c");
    assertThat(AsciiDocText.inert("//comment")).isEqualTo("&#47;/comment");
    assertThat(AsciiDocText.inert("/api/crm")).isEqualTo("/api/crm");
    assertThat(AsciiDocText.inert("a--b ... (C)")).isEqualTo("a&#45;-b &#46;&#46;. &#40;C)");
  }

  @Test
  void plainTextStaysReadable() {
    assertThat(AsciiDocText.inert("Contacts and accounts, 2 × L40S.")).isEqualTo("Contacts and accounts, 2 × L40S.");
    assertThat(AsciiDocText.mono("")).isEmpty();
    assertThat(AsciiDocText.mono("crm_")).isEqualTo("``crm&#95;``");
  }

  @Test
  void linksRefuseUnsafeAnchors() {
    assertThat(AsciiDocText.link("domain-crm", "a>>b")).isEqualTo("<<domain-crm,a&#62;&#62;b>>");
    assertThatThrownBy(() -> AsciiDocText.link("x>>,y", "z")).isInstanceOf(IllegalArgumentException.class);
  }

  /** Scans the output of many random hostile strings instead of trusting the escaper's rules. */
  @Test
  void randomHostileTextIsInertAndDecodesBackToTheInput() {
    Random random = new Random(42);
    for (int round = 0; round < 5_000; round++) {
      StringBuilder input = new StringBuilder();
      int length = random.nextInt(24);
      for (int i = 0; i < length; i++) {
        int at = random.nextInt(ALPHABET.length());
        char c = ALPHABET.charAt(at);
        input.append(Character.isHighSurrogate(c) ? ALPHABET.substring(at, at + 2) : Character.isLowSurrogate(c)
            ? "x" : String.valueOf(c));
      }
      String out = AsciiDocText.inert(input.toString());
      String bare = REF.matcher(out).replaceAll("");
      assertThat(bare).as("raw markup characters in %s", out).doesNotContainPattern("[&<>{}\\[\\]|+`*_#^~:;\\\\$@'\"(]");
      assertThat(bare).as("line breaks in %s", out).doesNotContainPattern("[\\n\\r\\t\\u2028\\u0000]");
      assertThat(out).doesNotContain("--").doesNotContain("..").doesNotContain(";;");
      if (!out.isEmpty()) {
        assertThat(out).as("start of %s", out).matches("(?s)([\\p{L}\\p{N}]|&#|/[^/]|/$).*");
      }
      assertThat(decode(out)).isEqualTo(collapsed(input.toString()));
    }
  }

  private static String decode(String text) {
    Matcher ref = REF.matcher(text);
    StringBuilder out = new StringBuilder();
    while (ref.find()) {
      ref.appendReplacement(out, Matcher.quoteReplacement(Character.toString(Integer.parseInt(ref.group(1)))));
    }
    return ref.appendTail(out).toString();
  }

  private static String collapsed(String text) {
    return text.replaceAll("[\\s\\u0000\\u2028\\u00a0]+", " ").trim();
  }
}
