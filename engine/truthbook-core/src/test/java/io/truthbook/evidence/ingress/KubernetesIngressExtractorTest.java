package io.truthbook.evidence.ingress;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.evidence.Extractor;
import io.truthbook.evidence.SourceFile;
import org.junit.jupiter.api.Test;

class KubernetesIngressExtractorTest {
  private static final String FILE = "k8s/ingress.yaml";
  private final KubernetesIngressExtractor extractor = new KubernetesIngressExtractor();

  private Extractor.Result extract(String yaml) {
    return extractor.extract(SourceFile.of(FILE, yaml));
  }

  @Test
  void namesItselfAndSupportsYaml() {
    assertThat(extractor.name()).isEqualTo("k8s-ingress");
    assertThat(extractor.supports("k8s/ingress.yaml")).isTrue();
    assertThat(extractor.supports("k8s/route.YML")).isTrue();
    assertThat(extractor.supports("k8s/ingress.json")).isFalse();
  }

  @Test
  void readsIngressRulesPathTypesAndDefaultBackend() {
    Extractor.Result result = extract("""
        apiVersion: networking.k8s.io/v1
        kind: Ingress
        metadata:
          name: velocity
        spec:
          ingressClassName: nginx
          tls:
            - hosts: [app.velocity.example]
              secretName: app-tls
          defaultBackend:
            service: {name: velocity-fallback, port: {number: 80}}
          rules:
            - host: app.velocity.example
              http:
                paths:
                  - path: /api
                    pathType: Prefix
                    backend:
                      service:
                        name: velocity-api
                        port: {number: 8000}
                  - path: /healthz
                    pathType: Exact
                    backend: {service: {name: velocity-api, port: {name: http}}}
                  - path: /
                    pathType: ImplementationSpecific
                    backend: {service: {name: velocity-web, port: {number: 3000}}}
            - http:
                paths:
                  - backend: {service: {name: catch-all, port: {number: 80}}}
        """);
    assertThat(result.problems()).isEmpty();
    assertThat(RouteText.routes(result, FILE)).containsExactly(
        "[] / prefix -> velocity-fallback @11:5",
        "[app.velocity.example] /api prefix -> velocity-api @16:13",
        "[app.velocity.example] /healthz exact -> velocity-api @22:13",
        "[app.velocity.example] / prefix -> velocity-web @25:13",
        "[] / prefix -> catch-all @30:13");
  }

  @Test
  void readsOldIngressShapeAndRegexAnnotation() {
    Extractor.Result result = extract("""
        apiVersion: extensions/v1beta1
        kind: "Ingress"
        metadata:
          annotations:
            nginx.ingress.kubernetes.io/use-regex: "true"
        spec:
          backend: {serviceName: legacy-default, servicePort: 80}
          rules:
            - host: legacy.example.com
              http:
                paths:
                  - path: /api/v[0-9]+
                    backend: {serviceName: legacy-api, servicePort: 8000}
        """);
    assertThat(RouteText.routes(result, FILE)).containsExactly(
        "[] / prefix -> legacy-default @7:12",
        "[legacy.example.com] /api/v[0-9]+ regex -> legacy-api @12:13");
  }

  @Test
  void readsHttpRoutesInMultiDocumentFiles() {
    Extractor.Result result = extract("""
        apiVersion: v1
        kind: Service
        metadata: {name: velocity-api}
        ---
        apiVersion: gateway.networking.k8s.io/v1
        kind: HTTPRoute
        metadata:
          name: velocity
        spec:
          parentRefs: [{name: edge}]
          hostnames: [app.example.com, www.example.com]
          rules:
            - matches:
                - path: {type: PathPrefix, value: /api}
                - path: {type: Exact, value: /health}
              backendRefs:
                - name: velocity-api
                  port: 8000
            - matches:
                - path:
                    type: RegularExpression
                    value: ^/v[0-9]+/.*
              backendRefs: [{name: velocity-v, port: 80}, {name: velocity-canary, port: 80, weight: 10}]
            - backendRefs: [{name: velocity-web, port: 3000}]
        ---
        kind: HTTPRoute
        spec:
          rules:
            - matches: [{headers: [{name: x-debug, value: "1"}]}]
        """);
    assertThat(result.problems()).isEmpty();
    assertThat(RouteText.routes(result, FILE)).containsExactly(
        // each at the path value it matches, not at the first line of its list item
        "[app.example.com] /api prefix -> velocity-api @14:36",
        "[www.example.com] /api prefix -> velocity-api @14:36",
        "[app.example.com] /health exact -> velocity-api @15:31",
        "[www.example.com] /health exact -> velocity-api @15:31",
        "[app.example.com] ^/v[0-9]+/.* regex -> velocity-canary @22:13",
        "[app.example.com] ^/v[0-9]+/.* regex -> velocity-v @22:13",
        "[www.example.com] ^/v[0-9]+/.* regex -> velocity-canary @22:13",
        "[www.example.com] ^/v[0-9]+/.* regex -> velocity-v @22:13",
        "[app.example.com] / prefix -> velocity-web @24:7",
        "[www.example.com] / prefix -> velocity-web @24:7",
        "[] / prefix ->  @29:17");
  }

  @Test
  void readsKubectlLists() {
    Extractor.Result result = extract("""
        apiVersion: v1
        kind: List
        items:
          - apiVersion: networking.k8s.io/v1
            kind: Ingress
            spec:
              rules:
                - host: listed.example.com
                  http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: listed}}}]}
        """);
    assertThat(RouteText.routes(result, FILE)).containsExactly("[listed.example.com] / prefix -> listed @9:27");
  }

  @Test
  void unknownPathTypesAndBadTlsAreProblems() {
    Extractor.Result result = extract("""
        kind: Ingress
        spec:
          tls: {hosts: app.example.com}
          rules:
            - host: app.example.com
              http:
                paths:
                  - {path: /x, pathType: Fuzzy, backend: {service: {name: x}}}
        ---
        kind: HTTPRoute
        spec:
          rules:
            - matches: [{path: {type: Glob, value: /y/*}}]
              backendRefs: [{name: y}]
        """);
    assertThat(RouteText.problems(result, FILE)).containsExactly(
        "3:8 spec.tls should be a list of {hosts, secretName}",
        "8:13 unknown pathType 'Fuzzy'; expected Exact, Prefix or ImplementationSpecific",
        "13:24 unknown path match type 'Glob'; expected PathPrefix, Exact or RegularExpression");
    assertThat(RouteText.routes(result, FILE)).containsExactly(
        "[app.example.com] /x prefix -> x @8:14",
        "[] /y/* prefix -> y @13:37");
  }

  @Test
  void otherYamlIsNotParsed() {
    Extractor.Result result = extract("""
        # a GitHub workflow, and broken YAML too: it is never composed
        on: [push
        jobs: {build: {runs-on: ubuntu-latest}}
        """);
    assertThat(result.evidence()).isEmpty();
    assertThat(result.problems()).isEmpty();
  }

  @Test
  void brokenYamlKeepsEarlierDocumentsAndTemplatesGetAHint() {
    Extractor.Result result = extract("""
        kind: Ingress
        spec: {rules: [{host: a.example.com, http: {paths: [{path: /, pathType: Prefix, backend: {service: {name: a}}}]}}]}
        ---
        kind: Ingress
        spec: {{ .Values.spec }
        """);
    assertThat(RouteText.routes(result, FILE)).containsExactly("[a.example.com] / prefix -> a @2:54");
    assertThat(result.problems()).singleElement().satisfies(p -> {
      assertThat(p.message()).startsWith("invalid YAML: ").contains("helm template");
      assertThat(p.at().line()).isEqualTo(6);
    });
  }

  @Test
  void aRouteIsAtItsPathAsWrittenOrAtItsRulesHost() {
    Extractor.Result result = extract("""
        kind: Ingress
        spec:
          rules:
            - host: app.example.com
              http:
                paths:
                  - pathType: Prefix
                    backend: {service: {name: api}}
                    path: /api
            - host: other.example.com
              http:
                paths:
                  - backend: {service: {name: web}}
        """);
    assertThat(RouteText.routes(result, FILE)).containsExactly(
        "[app.example.com] /api prefix -> api @9:13",
        "[other.example.com] / prefix -> web @10:7");
  }
}
