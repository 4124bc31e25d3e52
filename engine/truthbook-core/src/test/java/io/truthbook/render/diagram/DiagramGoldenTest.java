package io.truthbook.render.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.Truthbook;
import io.truthbook.load.LoadLimits;
import io.truthbook.model.Node;
import io.truthbook.model.Service;
import io.truthbook.model.Truth;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The PlantUML generated from the Velocity truth matches {@code src/test/resources/golden/diagrams/<id>.puml}.
 * Every generated diagram needs its golden file and every golden file a diagram (no orphans).
 *
 * <p>To accept a deliberate change, rewrite the expectations and review the diff:
 * {@code mvn test -Dtest='io.truthbook.render.diagram.*Test' -Dtruthbook.updateGolden=true}.
 */
class DiagramGoldenTest {
  private static final Path ROOT = Path.of(System.getProperty("truthbook.root", "src/test/velocity"));
  private static final Path GOLDEN = Path.of(System.getProperty("truthbook.module", ".")).resolve("src/test/resources/golden/diagrams");
  private static final boolean UPDATE = Boolean.getBoolean("truthbook.updateGolden");
  private static final Truth VELOCITY = new Truthbook(ROOT, LoadLimits.DEFAULTS).truth();

  @Test
  void everyGeneratedDiagramMatchesItsGoldenFile() throws IOException {
    List<DiagramSource> diagrams = DiagramSet.generate(VELOCITY);
    if (UPDATE) {
      Files.createDirectories(GOLDEN);
      try (Stream<Path> old = Files.list(GOLDEN)) {
        for (Path file : old.filter(p -> p.toString().endsWith(".puml")).toList()) {
          Files.delete(file);
        }
      }
      for (DiagramSource diagram : diagrams) {
        Files.writeString(GOLDEN.resolve(diagram.id() + ".puml"), diagram.source(), StandardCharsets.UTF_8);
      }
    }
    List<String> problems = new ArrayList<>();
    TreeSet<String> golden = new TreeSet<>();
    try (Stream<Path> files = Files.list(GOLDEN)) {
      files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".puml"))
          .forEach(n -> golden.add(n.substring(0, n.length() - ".puml".length())));
    }
    for (DiagramSource diagram : diagrams) {
      if (!golden.remove(diagram.id())) {
        problems.add(diagram.id() + ": no golden file " + GOLDEN.resolve(diagram.id() + ".puml"));
        continue;
      }
      String expected = Files.readString(GOLDEN.resolve(diagram.id() + ".puml"), StandardCharsets.UTF_8)
          .replace("\r\n", "\n");
      if (!expected.equals(diagram.source())) {
        problems.add(diagram.id() + ": differs from its golden file; run with -Dtruthbook.updateGolden=true and "
            + "review the diff\n" + diagram.source());
      }
    }
    golden.forEach(orphan -> problems.add(orphan + ".puml: golden file of no generated diagram"));
    assertThat(problems).isEmpty();
    assertThat(diagrams).extracting(DiagramSource::id).contains("topology", "domain-map", "route-families",
        "workstreams", "gates", "legacy-crm", "legacy-oracle");
  }

  @Test
  void topologyNamesEveryNodeAndService() {
    String topology = source("topology");
    for (Node node : VELOCITY.nodes()) {
      assertThat(topology).contains('"' + node.id() + "\\n");
      node.nvme().forEach(n -> assertThat(topology).contains(n.device()));
    }
    for (Service service : VELOCITY.services()) {
      assertThat(topology).contains('"' + service.id() + "\\n");
    }
    VELOCITY.hosts().forEach(h -> assertThat(topology).contains('"' + h.host() + "\\n"));
  }

  @Test
  void oracleIsDrawnBesideCrmNeverAboveIt() {
    String map = source("domain-map");
    // a single-dash arrow keeps both ends on one rank; a double dash would put Oracle above CRM
    assertThat(map).contains("domain_oracle -> domain_crm : \"via crm-pipeline-read\"");
    assertThat(map).doesNotContain("domain_oracle --> domain_crm");
  }

  @Test
  void everyDiagramHasTitleCaptionAndAltText() {
    for (DiagramSource diagram : DiagramSet.generate(VELOCITY)) {
      assertThat(diagram.title()).isNotBlank();
      assertThat(diagram.caption()).isNotBlank();
      assertThat(diagram.alt()).isNotBlank();
      assertThat(diagram.source()).startsWith("@startuml\ntitle ").endsWith("@enduml\n");
    }
  }

  @Test
  void generationIsDeterministic() {
    assertThat(DiagramSet.generate(VELOCITY)).isEqualTo(DiagramSet.generate(new Truthbook(ROOT, LoadLimits.DEFAULTS)
        .truth()));
  }

  private static String source(String id) {
    return DiagramSet.generate(VELOCITY).stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow().source();
  }
}
