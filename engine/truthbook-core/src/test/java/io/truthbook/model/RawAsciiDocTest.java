package io.truthbook.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RawAsciiDocTest {

  @Test
  void passthroughBlocksBecomeLiteralBlocks() {
    List<String> chapter = List.of("Intro.", "", "++++", "<script>alert(1)</script>", "++++", "", "After.");

    assertThat(RawAsciiDoc.neutralize(chapter))
        .containsExactly("Intro.", "", "....", "<script>alert(1)</script>", "....", "", "After.");
    assertThat(RawAsciiDoc.scan(chapter)).extracting(RawAsciiDoc.Hazard::line, RawAsciiDoc.Hazard::column)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(3, 1));
  }

  @Test
  void inlinePassthroughsAndPassMacrosAreEscaped() {
    List<String> out = RawAsciiDoc.neutralize(List.of(
        "a +++<b onmouseover=x>+++ b pass:[<img src=x onerror=y>] c pass:q,a[<i>]"));

    assertThat(out).containsExactly("a {plus}{plus}{plus}<b onmouseover=x>{plus}{plus}{plus} b "
        + "pass&#58;[<img src=x onerror=y>] c pass&#58;q,a[<i>]");
    assertThat(RawAsciiDoc.scan(List.of("a +++x+++ pass:[y]"))).extracting(RawAsciiDoc.Hazard::column)
        .containsExactly(3, 7, 11);
  }

  @ParameterizedTest
  @ValueSource(strings = {"[pass]", "[subs=none]", "[source,subs=\"-specialchars\"]", "[subs=quotes]",
      "[listing, subs='+quotes,-specialcharacters']", "[\"pass\",title=x]"})
  void attributeListsThatDropEscapingAreRemoved(String list) {
    List<String> chapter = List.of(list, "<script>alert(1)</script>");

    assertThat(RawAsciiDoc.neutralize(chapter)).element(0).asString().startsWith("// ");
    assertThat(RawAsciiDoc.scan(chapter)).singleElement().extracting(RawAsciiDoc.Hazard::line).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"[source,java]", "[source,java,subs=\"attributes+\"]", "[subs=\"+quotes\"]",
      "[subs=normal]", "[cols=\"1,2\",options=header]", "[NOTE]", "[[anchor]]"})
  void harmlessAttributeListsStay(String list) {
    assertThat(RawAsciiDoc.neutralize(List.of(list))).containsExactly(list);
    assertThat(RawAsciiDoc.scan(List.of(list))).isEmpty();
  }

  @Test
  void scriptUrlsAndTargetsBuiltFromReferencesAreBroken() {
    List<String> out = RawAsciiDoc.neutralize(List.of(
        "link:javascript:alert(1)[click] link:JavaScript :x[y]",
        "link:java{empty}script:alert(1)[x] link:jav&#x61;script:alert(1)[x] image::x&colon;y[z]",
        "Metadata: kept, data: kept, https://example.test/?a=1&b=2[ok]"));

    assertThat(out.get(0))
        .isEqualTo("link&#58;javascript&#8203;&#58;alert(1)[click] link:JavaScript &#8203;&#58;x[y]");
    assertThat(out.get(1)).doesNotContain("link:java{").doesNotContain("link:jav&").doesNotContain("image::x&");
    assertThat(out.get(2)).isEqualTo("Metadata: kept, data: kept, https://example.test/?a=1&b=2[ok]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"[link=javascript:alert(10)]", "image:x.svg[y,link=\"javascript:alert(1)\"]",
      "image::x.svg[y, link=VBScript:msgbox]", "[link=data:text/html;base64,PHNjcmlwdD4=]"})
  void aScriptUrlInAnAttributeValueDecodesToNoScheme(String line) {
    List<String> out = RawAsciiDoc.neutralize(List.of(line));

    assertThat(RawAsciiDoc.scan(List.of(line))).isNotEmpty();
    // what a browser reads from the attribute once character references are decoded
    String decoded = org.jsoup.parser.Parser.unescapeEntities(out.get(0), true);
    assertThat(decoded).doesNotContainPattern("(?i)(javascript|vbscript|data)\\s*:");
  }

  @Test
  void verbatimBlocksAndCommentsAreLeftAlone() {
    List<String> chapter = List.of("----", "+++<x>+++ pass:[y] link:javascript:z[]", "----",
        "// +++<x>+++", "....", "[pass]", "....");

    assertThat(RawAsciiDoc.neutralize(chapter)).containsExactlyElementsOf(chapter);
    assertThat(RawAsciiDoc.scan(chapter)).isEmpty();
  }
}
