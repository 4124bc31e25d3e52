package io.truthbook.evidence.owners;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.evidence.Evidence.CodeOwner;
import io.truthbook.evidence.Extractor;
import io.truthbook.evidence.SourceFile;
import io.truthbook.model.Location;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodeOwnersTest {

  private static List<CodeOwner> rules(String codeowners) {
    Extractor.Result result = new CodeOwnersExtractor().extract(SourceFile.of("CODEOWNERS", codeowners));
    assertThat(result.problems()).isEmpty();
    return result.evidence().stream().map(CodeOwner.class::cast).toList();
  }

  private static boolean matches(String pattern, String path) {
    return !CodeOwners.ownersOf(path, List.of(new CodeOwner(pattern, List.of("@o"), Location.of("CODEOWNERS", 1, 1))))
        .isEmpty();
  }

  @ParameterizedTest(name = "{0} matches {1}: {2}")
  @CsvSource(delimiter = '|', textBlock = """
      *              | README.md                  | true
      *              | a/b/c.txt                  | true
      *.js           | app.js                     | true
      *.js           | web/src/app.js             | true
      *.js           | web/app.jsx                | false
      /docs/         | docs/intro.md              | true
      /docs/         | docs/build/deep.md         | true
      /docs/         | docs                       | false
      /docs/         | web/docs/intro.md          | false
      docs/*         | docs/getting-started.md    | true
      docs/*         | docs/build-app/trouble.md  | false
      docs/*         | web/docs/intro.md          | false
      **/logs        | logs/today.log             | true
      **/logs        | build/logs/today.log       | true
      **/logs        | deeply/nested/logs/x.log   | true
      **/logs        | build/logsfile             | false
      apps/          | apps/web/main.py           | true
      apps/          | services/apps/x.py         | true
      apps/          | apps                       | false
      /apps/github   | apps/github                | true
      /apps/github   | apps/github/x.rb           | true
      /apps/github   | x/apps/github              | false
      docs           | docs/a.md                  | true
      docs           | web/docs/a.md              | true
      docs           | docsite/a.md               | false
      /build/logs/   | build/logs/a.log           | true
      /build/logs/   | x/build/logs/a.log         | false
      /*             | Makefile                   | true
      /*             | src/Makefile               | false
      /*/            | src/Makefile               | true
      foo/**/bar     | foo/bar                    | true
      foo/**/bar     | foo/a/b/bar/c              | true
      foo/**/bar     | x/foo/bar                  | false
      foo/bar/**     | foo/bar                    | false
      foo/bar/**     | foo/bar/baz                | true
      f?o            | foo                        | true
      f?o            | fooo                       | false
      f\\*o          | f*o                        | true
      f\\*o          | foo                        | false
      \\#notes.md    | #notes.md                  | true
      a.b            | axb                        | false
      /              | anything                   | false
      """)
  void matchesLikeGithub(String pattern, String path, boolean expected) {
    assertThat(matches(pattern, path)).isEqualTo(expected);
    assertThat(matches(pattern, "/" + path)).as("a leading slash on the path changes nothing").isEqualTo(expected);
  }

  @Test
  void theLastMatchingRuleWinsEvenOverAMoreSpecificOne() {
    List<CodeOwner> rules = rules("""
        *                     @sagnik
        /services/api/crm/    @sayan
        *.sql                 @dba-team
        /services/            @sourik
        """);
    CodeOwners owners = CodeOwners.of(rules);

    assertThat(owners.ownersOf("README.md")).containsExactly("@sagnik");
    assertThat(owners.ownersOf("services/api/crm/contacts.py")).containsExactly("@sourik");
    assertThat(owners.ownersOf("web/schema.sql")).containsExactly("@dba-team");
    assertThat(owners.ownersOf("services/db/schema.sql")).containsExactly("@sourik");
    assertThat(owners.ruleFor("services/x").orElseThrow().at().line()).isEqualTo(4);
  }

  @Test
  void aRuleWithoutOwnersLeavesItsPathsUnowned() {
    List<CodeOwner> rules = rules("""
        *                  @sagnik
        /docs/generated/
        """);

    assertThat(CodeOwners.ownersOf("docs/generated/api.md", rules)).isEmpty();
    assertThat(CodeOwners.of(rules).ruleFor("docs/generated/api.md").orElseThrow().pattern())
        .isEqualTo("/docs/generated/");
    assertThat(CodeOwners.ownersOf("docs/intro.md", rules)).containsExactly("@sagnik");
  }

  @Test
  void noRuleMeansNoOwner() {
    List<CodeOwner> rules = rules("/web/ @sourik\n");

    assertThat(CodeOwners.ownersOf("api/main.py", rules)).isEmpty();
    assertThat(CodeOwners.of(rules).ruleFor("api/main.py")).isEmpty();
    assertThat(CodeOwners.ownersOf("x", List.of())).isEmpty();
  }

  @Test
  void anInvalidPatternMatchesNothing() {
    assertThat(matches("!secret", "secret")).isFalse();
    assertThat(matches("[ab]", "a")).isFalse();
    assertThat(matches("", "a")).isFalse();
  }

  @Test
  void aPatternBuiltToBacktrackMatchesInLinearTime() {
    // java.util.regex needs hours for this (each '*' retries every split of the name); RE2 does not
    String hostile = "*a".repeat(30) + "b";
    String path = "src/" + "a".repeat(5_000);
    boolean matched = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(5),
        () -> matches(hostile, path));
    assertThat(matched).isFalse();
    assertThat(matches(hostile, "src/" + "a".repeat(40) + "b")).isTrue();
  }
  @Test
  void theFolderIndexDecidesEveryPathAsTryingEveryRuleFromTheLastDoes() {
    // the index only narrows which rules are tried; the last matching rule must still win
    List<String> patterns = List.of("*", "/services/", "services/api/*.py", "/services/api/", "api/",
        "/services/*/app/", "/services/web/app/routers/*.py", "**/routers/", "/services/**/main.py", "*.md",
        "/docs/*", "docs/", "/services/api/app/routers/items__*.py", "/services/api/app/", "/", "/services\\/x/",
        "/services/api/app/routers/", "/deploy", "deploy/nginx.conf");
    List<CodeOwner> rules = new java.util.ArrayList<>();
    for (int i = 0; i < patterns.size(); i++) {
      rules.add(new CodeOwner(patterns.get(i), List.of("@o" + i), Location.of("CODEOWNERS", i + 1, 1)));
    }
    List<String> paths = List.of("README.md", "services/api/app/routers/items__v1.py", "services/api/app/main.py",
        "services/web/app/routers/a.py", "/services/web/app/routers/a.py", "docs/a.md", "docs/a/b.txt",
        "services/x/y.py", "deploy", "deploy/nginx.conf", "web/deploy/nginx.conf", "api/app.py", "a/api/b",
        "services", "services/api", "services//api/x", "routers/x.py", "x/routers/y");
    CodeOwners indexed = CodeOwners.of(rules);
    for (String path : paths) {
      java.util.Optional<CodeOwner> everyRule = java.util.Optional.empty();
      for (int i = rules.size() - 1; i >= 0 && everyRule.isEmpty(); i--) {
        if (OwnerPattern.of(patterns.get(i)).matches(path)) {
          everyRule = java.util.Optional.of(rules.get(i));
        }
      }
      assertThat(indexed.ruleFor(path)).as(path).isEqualTo(everyRule);
    }
  }
}
