package io.truthbook.publish.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ActiveContentTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "<script>alert(1)</script>",
      "<SCRIPT SRC=//x.test/a.js></SCRIPT>",
      "<img src=x onerror=alert(1)>",
      "<svg><a xlink:href=\"javascript:alert(1)\">x</a></svg>",
      "<a href=\"jav&#x61;script:alert(1)\">x</a>",
      "<a href=\" java\tscript:alert(1)\">x</a>",
      "<a href=\"VBScript:x\">x</a>",
      "<iframe src=\"https://x.test\"></iframe>",
      "<object data=\"x.swf\"></object>",
      "<form action=\"https://x.test\"><input></form>",
      "<meta http-equiv=\"refresh\" content=\"0;url=https://x.test\">",
      "<div style=\"background:url(javascript:alert(1))\">x</div>",
      "<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a>",
      "<body onload=alert(1)>",
      "<base href=\"https://x.test/\">"})
  void findsWhatWouldRunInABrowser(String body) {
    assertThat(ActiveContent.find("<!DOCTYPE html><html><head></head><body>" + body + "</body></html>"))
        .as(body).isNotEmpty();
  }

  @Test
  void asciidoctorsOwnMarkupIsInert() {
    String page = """
        <!DOCTYPE html><html lang="en"><head><meta charset="UTF-8"><style>a{color:blue}</style></head>
        <body class="book toc2"><div id="toc"><ul><li><a href="#domains">Domains</a></li></ul></div>
        <div class="paragraph"><p>&lt;script&gt;alert(1)&lt;/script&gt; and javascript:alert(1) as text,
        <a href="https://example.test">a link</a>, <a href="mailto:a@example.test">mail</a>.</p></div>
        <div class="imageblock"><img src="topology.svg" alt="onerror=alert(1)"></div>
        <table class="tableblock"><colgroup><col style="width: 50%;"></colgroup></table></body></html>
        """;

    assertThat(ActiveContent.find(page)).isEmpty();
  }
}
