package io.truthbook.render.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.Truthbook;
import io.truthbook.load.LoadLimits;
import io.truthbook.model.Domain;
import io.truthbook.model.Location;
import io.truthbook.model.Node;
import io.truthbook.model.Ref;
import io.truthbook.model.Service;
import io.truthbook.model.Truth;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Any truth, however broken, gives well-formed diagrams with unique ids. */
class DiagramSetTest {
  private static final Path ROOT = Path.of(System.getProperty("truthbook.root", "src/test/velocity"));
  private static final Truth VELOCITY = new Truthbook(ROOT, LoadLimits.DEFAULTS).truth();
  private static final Location AT = Location.of("manifests/x.yaml", 1, 1);

  @Test
  void anEmptyTruthStillGivesDiagramsThatSaySo() {
    List<DiagramSource> diagrams = DiagramSet.generate(TestTruths.empty());
    assertThat(diagrams).extracting(DiagramSource::id)
        .containsExactly("topology", "domain-map", "route-families", "workstreams", "gates");
    assertThat(diagrams).allSatisfy(d -> assertThat(d.source()).contains("as nothing_declared"));
  }

  @Test
  void brokenReferencesAndRepeatedIdsDoNotBreakGeneration() {
    List<Node> nodes = new ArrayList<>(VELOCITY.nodes());
    nodes.add(nodes.get(0)); // id.duplicate
    List<Service> services = new ArrayList<>(VELOCITY.services());
    services.add(new Service("stray", AT, Optional.of(new Ref("no-such-node", AT)), Optional.of("api"),
        Optional.of("on an undeclared node"),
        Optional.empty(), List.of(), Optional.empty(), 0, AT, List.of(new Service.Volume(new Ref("/dev/nope", AT), "/x"))));
    List<Domain> domains = new ArrayList<>(VELOCITY.domains());
    Domain crm = domains.stream().filter(d -> d.id().equals("crm")).findFirst().orElseThrow();
    domains.add(crm); // a second 'crm' domain: drawn once
    domains.add(new Domain("lonely", AT, "Lonely", Optional.of("lonely_"), AT, new Ref("nobody", AT), "x",
        Optional.of(new Ref("ghost", AT)), List.of(new Domain.Dependency(new Ref("ghost", AT), Optional.empty()),
            new Domain.Dependency(new Ref("lonely", AT), Optional.empty())), List.of(), List.of(),
        List.of(new Domain.LegacyMapping("old", AT, new Ref("nowhere", AT), "planned", Optional.empty())),
        List.of()));
    Truth broken = TestTruths.withDomains(TestTruths.withTopology(VELOCITY, nodes, services), domains);

    List<DiagramSource> diagrams = DiagramSet.generate(broken);

    assertThat(diagrams).extracting(DiagramSource::id).doesNotHaveDuplicates().contains("legacy-lonely")
        .containsOnlyOnce("legacy-crm");
    String topology = diagrams.get(0).source();
    assertThat(topology).contains("component \"stray\\napi\" as service_stray")
        .containsOnlyOnce("node \"origin-1\\n");
    assertThat(diagrams.stream().filter(d -> d.id().equals("legacy-lonely")).findFirst().orElseThrow().source())
        .contains("canonical: undeclared");
  }

  @Test
  void generatedIdsAreReserved() {
    assertThat(DiagramSet.generate(VELOCITY)).allMatch(d -> DiagramSet.reserves(d.id()));
    assertThat(DiagramSet.reserves("import-pipeline")).isFalse();
  }

  @Test
  void diagramIdsAreKebabFileNames() {
    assertThat(DiagramSource.idOf("../Etc Passwd!")).isEqualTo("etc-passwd");
    assertThat(DiagramSource.idOf("***")).isEqualTo("x");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DiagramSource("../x", "t", "c", "a", "s"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
