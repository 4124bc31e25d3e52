package io.truthbook.security;

import java.nio.file.Path;
import java.util.List;

/**
 * Hostile strings for every output language the tool writes: each must come out as inert literal
 * text. Several name a secret file outside the repository, whose content must appear nowhere.
 */
final class HostileCorpus {
  /** The content of the secret file: if any output holds it, something read the file. */
  static final String SECRET = "TOPSECRET8f3a";

  private HostileCorpus() {}

  /** The corpus, each string a whole manifest value (so formula and block characters lead). */
  static List<String> strings(Path secret) {
    String file = secret.toString();
    return List.of(
        "include::" + file + "[]",
        "Intro\ninclude::" + file + "[]\n\nafter",
        "+++<script>alert('pass')</script>+++",
        "pass:[<img src=x onerror=alert(1)>]",
        "{docdir} {user-home} {secret-attr} {counter:hits}",
        "link:javascript:alert(1)[click] image:" + file + "[x] footnote:[boom] xref:top[jump]",
        "!include " + file,
        "title\n!include " + file + "\n@enduml\n@startuml\n!includeurl http://127.0.0.1:9/x",
        "%getenv(\"HOME\") %load_json(\"" + file + "\") <img:" + file + ">",
        "<script>alert(document.cookie)</script>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<img src=x onerror=\"alert(1)\"><svg onload=alert(1)>",
        "=HYPERLINK(\"http://evil.example\",\"x\")",
        "+SUM(1,2)",
        "-2+3+cmd|' /C calc'!A0",
        "@SUM(1)",
        "[click](javascript:alert(1)) ![x](http://evil.example/x.png) <b>bold</b> https://evil.example",
        "bell\u0007 escape\u001b[31m del\u007f bidi\u202e end",
        "]]></failure><script>x</script><![CDATA[",
        "\"}, \"injected\": true, {\"",
        "::error::injected\n::add-mask::x",
        "| cell | break |\n|===\n----\n////");
  }

  /**
   * Fragments without spaces or control characters that survive wrapping and whitespace collapsing:
   * the text that must be present, escaped, where the corpus is shown.
   */
  static List<String> markers(Path secret) {
    String file = secret.toString();
    return List.of("include::" + file + "[]", "+++<script>alert('pass')</script>+++", "pass:[<img",
        "onerror=alert(1)>]", "{docdir}", "link:javascript:alert(1)[click]", "!include", "@enduml",
        "%getenv(\"HOME\")", "<script>alert(document.cookie)</script>", "href=\"javascript:alert(1)\">x</a>",
        "=HYPERLINK(\"http://evil.example\",\"x\")", "+SUM(1,2)", "@SUM(1)", "[click](javascript:alert(1))",
        "]]></failure><script>x</script><![CDATA[", "\"injected\":", "::add-mask::x");
  }
}
