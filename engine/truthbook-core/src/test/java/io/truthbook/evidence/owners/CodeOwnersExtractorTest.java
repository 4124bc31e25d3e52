package io.truthbook.evidence.owners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import io.truthbook.evidence.Evidence.CodeOwner;
import io.truthbook.evidence.Extractor;
import io.truthbook.evidence.SourceFile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CodeOwnersExtractorTest {
  private final CodeOwnersExtractor extractor = new CodeOwnersExtractor();

  private Extractor.Result extract(String text) {
    return extractor.extract(SourceFile.of(".github/CODEOWNERS", text));
  }

  private static List<String> rules(Extractor.Result result) {
    return result.evidence().stream().map(CodeOwner.class::cast)
        .map(rule -> rule.pattern() + " " + rule.owners() + " @" + rule.at().line() + ":" + rule.at().column())
        .toList();
  }

  private static List<String> problems(Extractor.Result result) {
    return result.problems().stream().map(p -> p.at().line() + ":" + p.at().column() + " " + p.message()).toList();
  }

  @Test
  void namesItselfAndSupportsTheThreePlacesGithubReads() {
    assertThat(extractor.name()).isEqualTo("codeowners");
    assertThat(extractor.supports("CODEOWNERS")).isTrue();
    assertThat(extractor.supports(".github/CODEOWNERS")).isTrue();
    assertThat(extractor.supports("docs/CODEOWNERS")).isTrue();
    assertThat(extractor.supports("services/api/CODEOWNERS")).isFalse();
    assertThat(extractor.supports(".github/codeowners")).isFalse();
  }

  @Test
  void readsRulesCommentsAndUnownedPatterns() {
    Extractor.Result result = extract("""
        # Velocity code owners

        *                        @sagnik
        /services/api/crm/       @sagnik @velocity/crm-team   # CRM stays with Sagnik
          *.sql                  dba@velocity.example
        \\#notes.md              @sourik
        /docs/generated/
        docs/with\\ space.md      @sayan
        \t/infra/  \t @sourik
        """);

    assertThat(rules(result)).containsExactly(
        "* [@sagnik] @3:1",
        "/services/api/crm/ [@sagnik, @velocity/crm-team] @4:1",
        "*.sql [dba@velocity.example] @5:3",
        "\\#notes.md [@sourik] @6:1",
        "/docs/generated/ [] @7:1",
        "docs/with\\ space.md [@sayan] @8:1",
        "/infra/ [@sourik] @9:2");
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void readsCrlfLineEndings() {
    Extractor.Result result = extract("# owners\r\n*.py @sayan\r\n\r\n/web/ @sourik\r\n");

    assertThat(rules(result)).containsExactly("*.py [@sayan] @2:1", "/web/ [@sourik] @4:1");
  }

  @Test
  void skipsLinesGithubRejectsWithAProblem() {
    Extractor.Result result = extract("""
        !/vendor/ @sagnik
        /src/[ab]/ @sagnik
        /api/ sagnik
        /web/ @sourik @bad!name
        /ok/ @sayan
        a/***/b @sayan
        """);

    assertThat(rules(result)).containsExactly("/ok/ [@sayan] @5:1");
    assertThat(problems(result)).containsExactly(
        "1:1 negated patterns ('!') are not supported in CODEOWNERS in '!/vendor/'; GitHub skips this line",
        "2:1 character ranges ('[...]') are not supported in CODEOWNERS in '/src/[ab]/'; GitHub skips this line",
        "3:7 expected an owner like @user, @org/team or an email address, found 'sagnik'; GitHub skips this line",
        "4:15 expected an owner like @user, @org/team or an email address, found '@bad!name'; GitHub skips this line",
        "6:1 a pattern cannot contain three consecutive asterisks in 'a/***/b'; GitHub skips this line");
  }

  @Test
  void aPatternOverTheLimitsIsAProblemAtItsLineAndARunOfDoubleStarsIsOne() {
    Extractor.Result result = extract("/a".repeat(300) + "/x @sagnik\n"
        + "y".repeat(OwnerPattern.MAX_LENGTH + 1) + " @sagnik\n"
        + "**/".repeat(5000) + "x @sagnik\n");

    assertThat(problems(result)).containsExactly(
        "1:1 a pattern of 301 folders is over the limit of 256 in '" + "/a".repeat(38) + "/..."
            + "'; GitHub skips this line",
        "2:1 a pattern of 4097 characters is over the limit of 4096 in '" + "y".repeat(77)
            + "...'; GitHub skips this line");
    assertThat(result.evidence()).hasSize(1);
    CodeOwners owners = CodeOwners.of(result.evidence().stream().map(CodeOwner.class::cast).toList());
    assertThat(owners.ownersOf("deep/down/x/file.txt")).containsExactly("@sagnik");
    assertThat(owners.ownersOf("deep/down/y/file.txt")).isEmpty();
  }

  @Test
  void neverThrowsOnRandomInput() {
    Random random = new Random(7);
    for (int i = 0; i < 2000; i++) {
      byte[] bytes = new byte[random.nextInt(200)];
      random.nextBytes(bytes);
      String text = new String(bytes, StandardCharsets.UTF_8);
      assertThatNoException().isThrownBy(() -> {
        Extractor.Result result = extract(text);
        CodeOwners owners = CodeOwners.of(result.evidence().stream().map(CodeOwner.class::cast).toList());
        owners.ownersOf(text);
      });
    }
  }
}
