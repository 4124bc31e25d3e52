package io.truthbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.load.LoadLimits;
import io.truthbook.model.CheckResult;
import io.truthbook.model.Domain;
import io.truthbook.model.Truth;
import io.truthbook.render.JsonReport;
import io.truthbook.render.TextReport;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The shipped Project Velocity truth is clean, complete as the seed asks, and checked deterministically. */
class VelocityTruthTest {
  private static final Path ROOT = Path.of(System.getProperty("truthbook.root", "src/test/velocity"));

  @Test
  void velocityTruthHasNoFindings() {
    CheckResult result = new Truthbook(ROOT, LoadLimits.DEFAULTS).check();
    long manifests;
    try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(ROOT.resolve("manifests"))) {
      manifests = files.filter(f -> f.getFileName().toString().endsWith(".yaml")).count();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertThat(new TextReport().render(result)).isEqualTo("0 errors, 0 warnings in " + manifests + " manifests\n");
  }

  @Test
  void velocityTruthCoversTheSeed() {
    Truth truth = new Truthbook(ROOT, LoadLimits.DEFAULTS).truth();
    assertThat(truth.owners()).extracting(o -> o.id()).containsExactlyInAnyOrder("sagnik", "sayan", "sourik");
    assertThat(truth.domains()).extracting(Domain::id)
        .containsExactlyInAnyOrder("crm", "intel", "inventory", "oracle", "core", "workflow");
    assertThat(truth.tables()).hasSizeGreaterThanOrEqualTo(30);
    assertThat(truth.domains().stream().mapToInt(d -> d.legacy().size()).sum()).isGreaterThanOrEqualTo(12);
    assertThat(truth.endpoints()).hasSizeGreaterThanOrEqualTo(40);
    assertThat(truth.workstreams()).extracting(w -> w.id()).containsExactly("a", "b", "c", "d", "e", "f", "g");
    assertThat(truth.gates()).extracting(g -> g.id()).containsExactly("gate-1", "gate-2", "gate-3", "gate-4");
    assertThat(truth.risks()).hasSize(4);
    assertThat(truth.readiness()).hasSize(4);
    assertThat(truth.claims()).hasSizeGreaterThanOrEqualTo(20);
    assertThat(truth.nodes().stream().filter(n -> n.gpuCount() > 0 && !n.nvme().isEmpty())).hasSizeGreaterThanOrEqualTo(2);
    assertThat(truth.hosts()).anyMatch(h -> h.isPublic()).anyMatch(h -> !h.isPublic());
  }

  @Test
  void checkingTwiceGivesByteIdenticalReports() {
    CheckResult first = new Truthbook(ROOT, LoadLimits.DEFAULTS).check();
    CheckResult second = new Truthbook(ROOT, LoadLimits.DEFAULTS).check();
    assertThat(new JsonReport().render(second)).isEqualTo(new JsonReport().render(first));
  }
}
