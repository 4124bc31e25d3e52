package io.truthbook.evidence.ingress;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.evidence.Extractor;
import io.truthbook.evidence.SourceFile;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** CRLF files give the same evidence, at the same lines and columns, as LF files; and twice the same. */
class LineEndingsTest {

  static Stream<Arguments> fixtures() {
    return Stream.of(
        Arguments.of(new NginxExtractor(), "nginx.conf", """
            server {
              server_name a.example.com; # note
              location /api/ { proxy_pass http://api:1; }
            }
            """),
        Arguments.of(new TraefikLabelsExtractor(), "compose.yaml", """
            services:
              api:
                labels:
                  - traefik.http.routers.api.rule=Host(`a.example.com`)
            """),
        Arguments.of(new CaddyfileExtractor(), "Caddyfile", """
            a.example.com {
              reverse_proxy /api/* \\
                api:1  # note
            }
            """),
        Arguments.of(new KubernetesIngressExtractor(), "ingress.yml", """
            kind: Ingress
            spec:
              rules:
                - host: a.example.com
                  http: {paths: [{path: /api, pathType: Prefix, backend: {service: {name: api}}}]}
            """));
  }

  @ParameterizedTest
  @MethodSource("fixtures")
  void crlfReadsLikeLf(Extractor extractor, String path, String fixture) {
    Extractor.Result lf = extractor.extract(SourceFile.of(path, fixture));
    Extractor.Result crlf = extractor.extract(SourceFile.of(path, fixture.replace("\n", "\r\n")));
    assertThat(lf.problems()).isEmpty();
    assertThat(lf.evidence()).hasSize(1);
    assertThat(crlf).isEqualTo(lf);
    assertThat(extractor.extract(SourceFile.of(path, fixture))).isEqualTo(lf);
  }
}
