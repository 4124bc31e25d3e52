package io.truthbook.evidence.ingress;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.evidence.Extractor;
import io.truthbook.evidence.SourceFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class CaddyfileExtractorTest {
  private static final String FILE = "deploy/Caddyfile";
  private final CaddyfileExtractor extractor = new CaddyfileExtractor();

  private Extractor.Result extract(String caddyfile) {
    return extractor.extract(SourceFile.of(FILE, caddyfile));
  }

  @Test
  void namesItselfAndSupportsCaddyfiles() {
    assertThat(extractor.name()).isEqualTo("caddy");
    assertThat(extractor.supports("Caddyfile")).isTrue();
    assertThat(extractor.supports("deploy/Caddyfile.prod")).isTrue();
    assertThat(extractor.supports("deploy/caddy.json")).isFalse();
    assertThat(extractor.supports("Caddyfiles/readme.md")).isFalse();
  }

  @Test
  void readsSiteBlocksHandlesAndProxies() {
    Extractor.Result result = extract("""
        {
          email ops@example.com   # global options: not a site
          admin off
        }

        app.example.com, www.example.com {
          reverse_proxy /api/* velocity-api:8000
          handle_path /x/* {
            reverse_proxy svc:1
          }
          handle /y* {
            file_server
          }
          handle {
            reverse_proxy http://velocity-web:3000
          }
        }
        """);
    assertThat(result.problems()).isEmpty();
    assertThat(RouteText.routes(result, FILE)).containsExactly(
        "[app.example.com] /api/ prefix -> velocity-api @7:3",
        "[www.example.com] /api/ prefix -> velocity-api @7:3",
        "[app.example.com] /x/ prefix -> svc @9:5",
        "[www.example.com] /x/ prefix -> svc @9:5",
        "[app.example.com] /y prefix ->  @11:3",
        "[www.example.com] /y prefix ->  @11:3",
        "[app.example.com] / prefix -> velocity-web @15:5",
        "[www.example.com] / prefix -> velocity-web @15:5");
  }

  @Test
  void namedMatchersPathFormsAndSubdirectives() {
    Extractor.Result result = extract("""
        https://api.example.com:443 {
          @v1 path /v1/* /legacy
          @re {
            path_regexp ver ^/v[0-9]+/
          }
          @admin host admin.example.com
          reverse_proxy @v1 velocity-api:8000
          reverse_proxy @re {
            to velocity-regex:9000 velocity-regex-2:9000
          }
          reverse_proxy @admin admin:80
          reverse_proxy /exact velocity-exact:1
          reverse_proxy /files/*/raw velocity-files:1
          php_fastcgi /php/* php-fpm:9000
        }
        """);
    assertThat(result.problems()).isEmpty();
    assertThat(RouteText.routes(result, FILE)).containsExactly(
        "[api.example.com] /legacy exact -> velocity-api @7:3",
        "[api.example.com] /v1/ prefix -> velocity-api @7:3",
        "[api.example.com] ^/v[0-9]+/ regex -> velocity-regex @8:3",
        "[admin.example.com] / prefix -> admin @11:3",
        "[api.example.com] /exact exact -> velocity-exact @12:3",
        "[api.example.com] ^\\Q/files/\\E.*\\Q/raw\\E$ regex -> velocity-files @13:3",
        "[api.example.com] /php/ prefix -> php-fpm @14:3");
  }

  @Test
  void singleSiteWithoutBracesSnippetsAndEnvironmentDefaults() {
    Extractor.Result result = extract("""
        (proxy_api) {
          reverse_proxy /api/* velocity-api:8000
        }
        {$SITE_ADDRESS:app.example.com}

        import proxy_api
        reverse_proxy velocity-web:3000   # everything else
        """);
    assertThat(result.problems()).isEmpty();
    assertThat(RouteText.routes(result, FILE)).containsExactly(
        "[app.example.com] /api/ prefix -> velocity-api @2:3",
        "[app.example.com] / prefix -> velocity-web @7:1");
  }

  @Test
  void portOnlyAndStaticSites() {
    Extractor.Result result = extract("""
        :80 {
          reverse_proxy localhost:8080
        }
        static.example.com {
          root * /srv
          file_server
        }
        http://old.example.com {
          redir https://app.example.com{uri}
        }
        """);
    assertThat(RouteText.routes(result, FILE)).containsExactly(
        "[] / prefix -> localhost @2:3",
        "[static.example.com] / prefix ->  @4:1",
        "[old.example.com] / prefix ->  @8:1");
  }

  @Test
  void nestedHandlePathJoinsPrefixes() {
    Extractor.Result result = extract("""
        app.example.com {
          handle_path /outer/* {
            reverse_proxy /inner/* deep:1
            handle_path /more/* {
              reverse_proxy deeper:2
            }
          }
        }
        """);
    assertThat(RouteText.routes(result, FILE)).containsExactly(
        "[app.example.com] /outer/inner/ prefix -> deep @3:5",
        "[app.example.com] /outer/more/ prefix -> deeper @5:7");
  }

  @Test
  void quotesCommentsAndContinuations() {
    Extractor.Result result = extract("""
        app.example.com {
          header X-Note "a # not a comment { }"
          reverse_proxy /api/* \\
              velocity-api:8000
          respond `raw } text` 200
        }
        """);
    assertThat(result.problems()).isEmpty();
    assertThat(RouteText.routes(result, FILE)).containsExactly("[app.example.com] /api/ prefix -> velocity-api @3:3");
  }

  @Test
  void unbalancedBracesAndUnknownMatchersAreProblems() {
    Extractor.Result result = extract("""
        app.example.com {
          reverse_proxy @missing api:1
          handle /x/* {
            reverse_proxy x:1
        }
        }
        }
        """);
    assertThat(RouteText.problems(result, FILE)).containsExactly(
        "2:3 matcher @missing is not defined in this site",
        "7:1 unexpected '}' with no block open");

    Extractor.Result open = extract("app.example.com {\n  reverse_proxy api:1\n");
    assertThat(RouteText.problems(open, FILE))
        .containsExactly("1:17 unexpected end of file: the '{' here is never closed with '}'");
    assertThat(RouteText.routes(open, FILE)).containsExactly("[app.example.com] / prefix -> api @2:3");
  }

  @Test
  void unterminatedQuoteAndUndefaultedVariable() {
    Extractor.Result result = extract("""
        {$DOMAIN} {
          reverse_proxy "api:1
        }
        """);
    // {$DOMAIN} stays as written for the source to declare; only the quote is a problem
    assertThat(RouteText.problems(result, FILE)).containsExactly(
        "2:17 unterminated string: the \" here is never closed");
  }

  @Test
  @Timeout(5)
  void snippetImportsThatMultiplyAreCutAtTheImport() {
    // 8 imports per level over 7 levels would be 8^7 = 2 million lines from 1 KB
    StringBuilder text = new StringBuilder();
    for (int level = 0; level < 7; level++) {
      text.append("(s").append(level).append(") {\n")
          .append(("  import s" + (level + 1) + "\n").repeat(8)).append("}\n");
    }
    text.append("(s7) {\n  reverse_proxy /api/crm/* api:8000\n}\napp.example.com {\n  import s0\n}\n");
    Extractor.Result result = extract(text.toString());
    assertThat(RouteText.problems(result, FILE)).containsExactly(
        "75:3 snippet imports expand to more than 100000 lines; the remaining imports are skipped");
  }

  @Test
  void anImportCycleIsSaidAtTheRepeatedImportAndTheRestIsRead() {
    Extractor.Result result = extract("""
        (a) {
          import b
        }
        (b) {
          header X-B 1
          import a
        }
        app.example.com {
          import a
          reverse_proxy api:8000
        }
        """);
    assertThat(RouteText.routes(result, FILE)).containsExactly("[app.example.com] / prefix -> api @10:3");
    assertThat(result.problems()).extracting(p -> p.at().line() + " " + p.rule() + " " + p.message())
        .containsExactly("6 evidence.unread import cycle a -> b -> a; the repeated import is not read");
  }

  @Test
  void aFileImportOutsideTheRepositoryIsSaidAndATopLevelImportIsNoSite() {
    Extractor.Result result = extract("""
        import sites/*.caddy
        import /etc/caddy/sites/*
        (common) {
          encode gzip
        }
        app.example.com {
          import common
          import ../../shared/caddy/headers
          import ../caddy/tls.caddy
          reverse_proxy api:8000
        }
        """);
    assertThat(RouteText.routes(result, FILE)).containsExactly("[app.example.com] / prefix -> api @10:3");
    assertThat(result.problems()).extracting(p -> p.at().line() + " " + p.rule() + " " + p.severity())
        .containsExactly("2 evidence.unread WARNING", "8 evidence.unread WARNING");
  }
}
