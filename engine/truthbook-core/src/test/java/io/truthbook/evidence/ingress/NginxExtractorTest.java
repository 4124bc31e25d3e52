package io.truthbook.evidence.ingress;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.evidence.Evidence.IngressRoute;
import io.truthbook.evidence.Extractor;
import io.truthbook.evidence.SourceFile;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NginxExtractorTest {
  private static final String FILE = "deploy/nginx/nginx.conf";
  private final NginxExtractor extractor = new NginxExtractor();

  private Extractor.Result extract(String config) {
    return extractor.extract(SourceFile.of(FILE, config));
  }

  private List<String> routes(String config) {
    Extractor.Result result = extract(config);
    assertThat(result.problems()).isEmpty();
    return RouteText.routes(result, FILE);
  }

  @Test
  void namesItselfAndSupportsNginxFiles() {
    assertThat(extractor.name()).isEqualTo("nginx");
    assertThat(extractor.supports("nginx.conf")).isTrue();
    assertThat(extractor.supports("deploy/edge/site.conf")).isTrue();
    assertThat(extractor.supports("deploy/templates/default.conf.template")).isTrue();
    assertThat(extractor.supports("deploy/nginx/proxy_params")).isTrue();
    assertThat(extractor.supports("etc/sites-enabled/velocity")).isTrue();
    assertThat(extractor.supports("etc/conf.d/upstreams.inc")).isTrue();
    assertThat(extractor.supports("deploy/nginx/certs/server.pem")).isFalse();
    assertThat(extractor.supports("deploy/nginx/Dockerfile")).isFalse();
    assertThat(extractor.supports("deploy/nginx/html/index.html")).isFalse();
    assertThat(extractor.supports("deploy/nginx.yaml")).isFalse();
    assertThat(extractor.supports("src/nginx_helpers.py")).isFalse();
  }

  @Test
  void readsServersLocationsAndUpstreamsOfOneFile() {
    assertThat(routes("""
        events { worker_connections 1024; }
        http {
          upstream api_backend {
            server velocity-api:8000 max_fails=3;
            server velocity-api-2:8000 backup;
          }
          server {
            listen 443 ssl;
            server_name app.velocity.example www.velocity.example;
            location /api/ {
              proxy_pass http://api_backend;
            }
            location / {
              proxy_pass http://velocity-web:3000/;
            }
            location /metrics { proxy_pass http://127.0.0.1:9100; }
          }
        }
        """)).containsExactly(
        "[app.velocity.example] /api/ prefix -> velocity-api @10:5",
        "[www.velocity.example] /api/ prefix -> velocity-api @10:5",
        "[app.velocity.example] / prefix -> velocity-web @13:5",
        "[www.velocity.example] / prefix -> velocity-web @13:5",
        "[app.velocity.example] /metrics prefix -> 127.0.0.1 @16:5",
        "[www.velocity.example] /metrics prefix -> 127.0.0.1 @16:5");
  }

  @Test
  void readsEveryLocationModifier() {
    assertThat(routes("""
        server {
          server_name app.example.com;
          location = /health { return 200; }
          location ^~ /static/ { root /srv; }
          location ~ ^/api/v[0-9]+/ { proxy_pass http://api:8000; }
          location ~* "\\.(png|jpg){1,2}$" { proxy_pass http://images; }
          location =/exact { proxy_pass http://exact:1; }
          location ~^/attached { proxy_pass http://attached:1; }
          location @fallback { proxy_pass http://ignored:1; }
        }
        """)).containsExactly(
        "[app.example.com] /health exact ->  @3:3",
        "[app.example.com] /static/ prefix ->  @4:3",
        "[app.example.com] ^/api/v[0-9]+/ regex -> api @5:3",
        "[app.example.com] \\.(png|jpg){1,2}$ regex -> images @6:3",
        "[app.example.com] /exact exact -> exact @7:3",
        "[app.example.com] ^/attached regex -> attached @8:3");
  }

  @Test
  void catchAllAndNamelessServersHaveNoHost() {
    assertThat(routes("""
        server { listen 80 default_server; server_name _; location / { return 301 https://$host$request_uri; } }
        server { listen 8080; location /internal/ { proxy_pass http://admin:9000; } }
        server { server_name ""; location / { proxy_pass http://web:3000; } }
        """)).containsExactly(
        "[] / prefix ->  @1:51",
        "[] /internal/ prefix -> admin @2:23",
        "[] / prefix -> web @3:26");
  }

  @Test
  void nestedLocationsKeepTheirServerNames() {
    assertThat(routes("""
        server {
          server_name api.example.com;
          location /api/ {
            proxy_pass http://velocity-api:8000;
            location ~ \\.php$ {
              fastcgi_pass php-fpm:9000;
            }
            location = /api/health {
              grpc_pass grpc://health:50051;
            }
          }
        }
        """)).containsExactly(
        "[api.example.com] /api/ prefix -> velocity-api @3:3",
        "[api.example.com] \\.php$ regex -> php-fpm @5:5",
        "[api.example.com] /api/health exact -> health @8:5");
  }

  @Test
  void commentsAndStringsHideBracesAndSemicolons() {
    assertThat(routes("""
        # server { location /commented { proxy_pass http://nope; } }
        server { # a brace in a comment: {
          server_name "app.example.com"; # and a closing one }
          location /a { add_header X-Note "braces { } and ; inside"; proxy_pass http://svc-a:1; }
          location /b { add_header X-Q 'it\\'s ; {'; proxy_pass http://svc-b:2; }
          location /c#not-a-comment { proxy_pass http://svc-c:3; }
        }
        """)).containsExactly(
        "[app.example.com] /a prefix -> svc-a @4:3",
        "[app.example.com] /b prefix -> svc-b @5:3",
        "[app.example.com] /c#not-a-comment prefix -> svc-c @6:3");
  }

  @Test
  void variablesWithBracesStayInsideWords() {
    assertThat(routes("""
        server {
          server_name ${NGINX_HOST};
          set $backend http://velocity-api:8000;
          location /api/ { proxy_pass $backend; }
          location /v2/ { set $v2 velocity-v2:9000; proxy_pass http://${v2}/; }
          location /dyn/ { proxy_pass http://$http_host; }
        }
        """)).containsExactly(
        "[${NGINX_HOST}] /api/ prefix -> velocity-api @4:3",
        "[${NGINX_HOST}] /v2/ prefix -> velocity-v2 @5:3",
        "[${NGINX_HOST}] /dyn/ prefix -> $http_host @6:3");
  }

  @Test
  void conditionalPassIsStillTheUpstream() {
    assertThat(routes("""
        server {
          location /upload/ {
            if ($request_method = POST) { proxy_pass http://uploader:8080; }
            limit_except GET { deny all; }
          }
        }
        """)).containsExactly("[] /upload/ prefix -> uploader @2:3");
  }

  @Test
  void upstreamWithoutServersKeepsItsName() {
    assertThat(routes("""
        upstream empty { zone shared 64k; }
        upstream sock { server unix:/run/app.sock; }
        server { location / { proxy_pass http://EMPTY; } location /s { proxy_pass http://sock; } }
        """)).containsExactly(
        "[] / prefix -> empty @3:10",
        "[] /s prefix -> unix:/run/app.sock @3:50");
  }

  @Test
  void standaloneServerFileNeedsNoHttpBlock() {
    Extractor.Result result = extractor.extract(SourceFile.of("nginx/conf.d/app.conf", """
        server {
          server_name app.example.com;
          location / { proxy_pass http://velocity-web:3000; }
        }
        """));
    assertThat(RouteText.routes(result, "nginx/conf.d/app.conf"))
        .containsExactly("[app.example.com] / prefix -> velocity-web @3:3");
  }

  @Test
  void locationsCarryTheCommit() {
    Extractor.Result result = extractor.extract(new SourceFile(FILE, "server { location / { proxy_pass http://a; } }",
        Optional.of("0123456789abcdef")));
    assertThat(result.evidence()).singleElement()
        .satisfies(e -> assertThat(((IngressRoute) e).at().commit()).contains("0123456789abcdef"))
        .satisfies(e -> assertThat(((IngressRoute) e).source()).isEqualTo("nginx"));
  }

  @Test
  void unbalancedBracesAreProblemsWithLocations() {
    Extractor.Result result = extract("""
        server {
          server_name app.example.com;
          location /api/ {
            proxy_pass http://api:8000;
        }
        """);
    assertThat(RouteText.problems(result, FILE)).containsExactly(
        "1:1 unexpected end of file: block 'server' opened here is never closed with '}'");
    // what was read is kept: the location still counts
    assertThat(RouteText.routes(result, FILE)).containsExactly("[app.example.com] /api/ prefix -> api @3:3");
  }

  @Test
  void strayClosingBraceAndMissingSemicolon() {
    Extractor.Result result = extract("""
        server {
          listen 80
        }
        }
        location
        """);
    assertThat(RouteText.problems(result, FILE)).containsExactly(
        "3:1 unexpected '}': directive 'listen' is missing its ';'",
        "4:1 unexpected '}' with no block open",
        "5:1 unexpected end of file: directive 'location' is missing its ';'");
  }

  @Test
  void unterminatedStringIsOneProblem() {
    Extractor.Result result = extract("""
        server {
          server_name "app.example.com;
          location / { proxy_pass http://web; }
        }
        """);
    assertThat(RouteText.problems(result, FILE))
        .containsExactly("2:15 unterminated string: the \" here is never closed");
  }

  @Test
  void locationWithTooManyArgumentsIsAProblem() {
    Extractor.Result result = extract("server { location a b c { } }");
    assertThat(RouteText.problems(result, FILE)).containsExactly(
        "1:10 location takes one path, optionally after a modifier (=, ^~, ~, ~*); found 3 arguments");
  }

  @Test
  void foreignConfFilesAreNotNginx() {
    Extractor.Result result = extractor.extract(SourceFile.of("deploy/supervisord.conf", """
        [program:api]
        command=uvicorn app:main --port "8000
        autorestart=true
        """));
    assertThat(result.evidence()).isEmpty();
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void manySyntaxProblemsAreCapped() {
    Extractor.Result result = extract("server { location / { proxy_pass http://a; } }\n" + ";".repeat(10_000));
    assertThat(result.problems()).hasSize(51);
    assertThat(result.problems().get(50).message()).isEqualTo("more than 50 syntax problems; the rest of the file is not read");
    assertThat(result.evidence()).hasSize(1);
  }

  @Test
  void filesNamedForNginxReportProblemsEvenWhenNothingParses() {
    Extractor.Result result = extract("user \"nginx;\nhttp { server { location / { proxy_pass http://a; } } }\n");
    assertThat(RouteText.problems(result, FILE)).containsExactly("1:6 unterminated string: the \" here is never closed");
    assertThat(result.evidence()).isEmpty();
  }
}
