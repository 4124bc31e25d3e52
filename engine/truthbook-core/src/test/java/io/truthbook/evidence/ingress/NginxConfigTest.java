package io.truthbook.evidence.ingress;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.evidence.Extractor;
import io.truthbook.evidence.SourceFile;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NginxConfigTest {
  private static final String MAIN = "deploy/nginx/nginx.conf";

  private static SourceFile file(String path, String text) {
    return SourceFile.of(path, text);
  }

  @Test
  void followsIncludesAndResolvesUpstreamsFromEveryFile() {
    Extractor.Result result = NginxConfig.resolve(List.of(
        file(MAIN, """
            user nginx;
            events {}
            http {
              include mime.types;          # not in the repository: nothing to follow
              include conf.d/*.conf;
            }
            """),
        file("deploy/nginx/conf.d/api.conf", """
            server {
              listen 443 ssl;
              server_name api.velocity.example;
              location /api/ { proxy_pass http://api_pool; }
              include snippets/health.conf;
            }
            """),
        file("deploy/nginx/conf.d/web.conf", """
            upstream web_pool { server velocity-web:3000; }
            server {
              server_name app.velocity.example;
              location / { proxy_pass http://web_pool/; }
            }
            """),
        file("deploy/nginx/snippets/health.conf", """
            location = /health { proxy_pass http://health_pool; }
            """),
        // upstream blocks in a file nothing includes still name the services
        file("deploy/nginx/upstreams/pools.conf", """
            upstream api_pool { server velocity-api:8000; keepalive 16; }
            upstream health_pool { server velocity-health:8081; }
            """)));

    assertThat(result.problems()).isEmpty();
    assertThat(RouteText.routes(result, MAIN)).containsExactly(
        "[api.velocity.example] /api/ prefix -> velocity-api @deploy/nginx/conf.d/api.conf:4:3",
        "[app.velocity.example] / prefix -> velocity-web @deploy/nginx/conf.d/web.conf:4:3",
        "[api.velocity.example] /health exact -> velocity-health @deploy/nginx/snippets/health.conf:1:1");
  }

  @Test
  void extractAllIsTheRepositoryStep() {
    List<SourceFile> files = List.of(
        file(MAIN, "http { include sites-enabled/*; }"),
        file("deploy/nginx/sites-enabled/velocity", "server { server_name a.example; location / { proxy_pass http://a:1; } }"));
    assertThat(new NginxExtractor().extractAll(files)).isEqualTo(NginxConfig.resolve(files));
    assertThat(RouteText.routes(NginxConfig.resolve(files), MAIN))
        .containsExactly("[a.example] / prefix -> a @deploy/nginx/sites-enabled/velocity:1:33");
  }

  @Test
  void includedFilesAreReadOnceInContextNotAgainAsRoots() {
    Extractor.Result result = NginxConfig.resolve(List.of(
        file(MAIN, "http { server { server_name a.example; include locations.conf; } }"),
        file("deploy/nginx/locations.conf", "location /x/ { proxy_pass http://x:1; }")));
    assertThat(RouteText.routes(result, MAIN))
        .containsExactly("[a.example] /x/ prefix -> x @deploy/nginx/locations.conf:1:1");
  }

  @Test
  void absoluteIncludesLoseTheirMountPrefix() {
    Extractor.Result result = NginxConfig.resolve(List.of(
        file("nginx/nginx.conf", """
            http {
              include /etc/nginx/conf.d/*.conf;
              include /config/nginx/site-confs/*.conf;
            }
            """),
        file("nginx/conf.d/a.conf", "server { server_name a.example; location / { proxy_pass http://a:1; } }"),
        file("nginx/site-confs/b.conf", "server { server_name b.example; location / { proxy_pass http://b:1; } }")));
    assertThat(RouteText.routes(result, "")).containsExactly(
        "[a.example] / prefix -> a @nginx/conf.d/a.conf:1:33",
        "[b.example] / prefix -> b @nginx/site-confs/b.conf:1:33");
  }

  @Test
  void includeGlobsAreSortedAndStayInTheirFolder() {
    Extractor.Result result = NginxConfig.resolve(List.of(
        file("nginx.conf", "http { include sites/[ab]*.conf; }"),
        file("sites/b.conf", "server { location /b { proxy_pass http://b:1; } }"),
        file("sites/a.conf", "server { location /a { proxy_pass http://a:1; } }"),
        file("sites/nested/c.conf", "server { location /c { proxy_pass http://c:1; } }")));
    // c.conf is not included by "sites/[ab]*.conf" and so stands alone as its own root
    assertThat(RouteText.routes(result, "")).containsExactly(
        "[] /a prefix -> a @sites/a.conf:1:10",
        "[] /b prefix -> b @sites/b.conf:1:10",
        "[] /c prefix -> c @sites/nested/c.conf:1:10");
  }

  @Test
  void standaloneConfDFilesShareUpstreams() {
    Extractor.Result result = NginxConfig.resolve(List.of(
        file("ops/conf.d/00-upstreams.conf", "upstream backend { server velocity-api:8000; }"),
        file("ops/conf.d/app.conf", "server { server_name app.example; location /api/ { proxy_pass http://backend; } }")));
    assertThat(RouteText.routes(result, ""))
        .containsExactly("[app.example] /api/ prefix -> velocity-api @ops/conf.d/app.conf:1:35");
  }

  @Test
  void includeCyclesAreReportedAndBroken() {
    Extractor.Result result = NginxConfig.resolve(List.of(
        file("n/nginx.conf", "http { include a.conf; }"),
        file("n/a.conf", "include b.conf; server { location /a { proxy_pass http://a:1; } }"),
        file("n/b.conf", "include a.conf; server { location /b { proxy_pass http://b:1; } }")));
    assertThat(RouteText.problems(result, "")).containsExactly(
        "n/b.conf:1:1 include cycle: n/nginx.conf -> n/a.conf -> n/b.conf -> n/a.conf; the repeated include is skipped");
    assertThat(RouteText.routes(result, "")).containsExactly(
        "[] /a prefix -> a @n/a.conf:1:26",
        "[] /b prefix -> b @n/b.conf:1:26");
  }

  @Test
  void filesIncludingOnlyEachOtherStillCount() {
    Extractor.Result result = NginxConfig.resolve(List.of(
        file("n/a.conf", "include b.conf; server { location /a { proxy_pass http://a:1; } }"),
        file("n/b.conf", "include a.conf; server { location /b { proxy_pass http://b:1; } }")));
    assertThat(RouteText.routes(result, "")).containsExactly(
        "[] /a prefix -> a @n/a.conf:1:26",
        "[] /b prefix -> b @n/b.conf:1:26");
    assertThat(result.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.message()).startsWith("include cycle"));
  }

  @Test
  void deepIncludeChainsStop() {
    List<SourceFile> files = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      files.add(file("n/f" + i + ".conf", "include f" + (i + 1) + ".conf; server { location /f" + i + " { proxy_pass http://s:1; } }"));
    }
    Extractor.Result result = NginxConfig.resolve(files);
    assertThat(result.problems()).anySatisfy(p -> assertThat(p.message()).startsWith("includes nested deeper than 16"));
    // the files past the limit are not lost: each stands alone
    assertThat(result.evidence()).hasSize(30);
  }

  @Test
  void globDiamondsAreBounded() {
    List<SourceFile> files = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      files.add(file("n/f" + i + ".conf", "include *.conf; server { location /f" + i + " { proxy_pass http://s:1; } }"));
    }
    Extractor.Result result = NginxConfig.resolve(files);
    assertThat(result.evidence()).hasSize(12);
    assertThat(result.problems()).anySatisfy(p -> assertThat(p.message()).contains("file inclusions"));
  }

  @Test
  void parseProblemsOfIncludedFilesAreReportedOnce() {
    Extractor.Result result = NginxConfig.resolve(List.of(
        file("n/nginx.conf", "http { server { include broken.conf; } server { include broken.conf; } }"),
        file("n/broken.conf", "location / { proxy_pass http://a:1; ")));
    assertThat(RouteText.problems(result, "")).containsExactly(
        "n/broken.conf:1:1 unexpected end of file: block 'location' opened here is never closed with '}'");
  }
}
