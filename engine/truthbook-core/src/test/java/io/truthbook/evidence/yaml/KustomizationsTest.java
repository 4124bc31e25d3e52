package io.truthbook.evidence.yaml;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.evidence.SourceFile;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KustomizationsTest {

  @Test
  void anOverlaysNamespaceWinsOverItsBasesAndOverlaysThatDisagreeGiveNone() {
    Kustomizations kustomizations = Kustomizations.of(List.of(
        SourceFile.of("k8s/base/kustomization.yaml", "namespace: base\nresources: [app.yaml, ../shared/db.yaml]\n"),
        SourceFile.of("k8s/overlays/prod/kustomization.yaml", "namespace: prod\nresources: [../../base, gpu.yaml]\n"),
        SourceFile.of("k8s/overlays/plain/kustomization.yaml", "resources: [../../shared/cache.yaml]\n"),
        SourceFile.of("k8s/overlays/dev/kustomization.yaml", "namespace: dev\nresources: [../../shared/db.yaml]\n")));

    assertThat(kustomizations.namespace("k8s/base/app.yaml")).contains("prod");
    assertThat(kustomizations.namespace("k8s/overlays/prod/gpu.yaml")).contains("prod");
    assertThat(kustomizations.namespace("k8s/shared/cache.yaml")).isEmpty();
    // deployed by prod (through base) and by dev: no one namespace
    assertThat(kustomizations.namespace("k8s/shared/db.yaml")).isEmpty();
    assertThat(kustomizations.namespace("k8s/unlisted.yaml")).isEqualTo(Optional.empty());
  }

  @Test
  void aKustomizationCycleEnds() {
    Kustomizations kustomizations = Kustomizations.of(List.of(
        SourceFile.of("a/kustomization.yaml", "namespace: a\nresources: [../b, x.yaml]\n"),
        SourceFile.of("b/kustomization.yaml", "namespace: b\nresources: [../a]\n")));

    assertThat(kustomizations.namespace("a/x.yaml")).isPresent();
  }
}
