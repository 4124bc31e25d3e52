package io.truthbook.synth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.truthbook.SynthRun;
import io.truthbook.Truthbook;
import io.truthbook.load.LoadLimits;
import io.truthbook.model.Finding;
import io.truthbook.model.SynthBrief;
import io.truthbook.render.book.BookFixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code synth} is deterministic by seed, follows the brief's shares, and refuses a brief it cannot follow. */
class SynthTest {
  private static final Path ROOT = BookFixtures.repositoryRoot();

  @Test
  void theSameSeedGivesTheSameBytesAndAnotherSeedOtherGraphs(@TempDir Path out) throws IOException {
    Truthbook truthbook = new Truthbook(ROOT, LoadLimits.DEFAULTS);
    Map<String, byte[]> first = files(truthbook.synth(12, 7, out.resolve("a")).folder());
    Map<String, byte[]> again = files(truthbook.synth(12, 7, out.resolve("b")).folder());
    Map<String, byte[]> other = files(truthbook.synth(12, 8, out.resolve("c")).folder());
    assertThat(again.keySet()).isEqualTo(first.keySet());
    first.forEach((name, bytes) -> assertThat(again.get(name)).as(name).isEqualTo(bytes));
    assertThat(first.keySet()).contains("schema.sql", "manifest.json", "graphs.csv", "graphs/0001/graph.jsonl",
        "graphs/0012/manifest.json");
    long differing = first.keySet().stream().filter(n -> n.startsWith("graphs/") && n.endsWith(".csv"))
        .filter(n -> !Arrays.equals(first.get(n), other.get(n))).count();
    assertThat(differing).as("graph files that differ between seeds 7 and 8").isPositive();
  }

  @Test
  void everyPersonaGetsItsExactShareAndTheManifestsCountWhatWasWritten(@TempDir Path out) throws IOException {
    Truthbook truthbook = new Truthbook(ROOT, LoadLimits.DEFAULTS);
    SynthBrief brief = truthbook.truth().synthBrief().orElseThrow();
    SynthRun run = truthbook.synth(250, 3, out.resolve("s"));
    JsonNode manifest = new ObjectMapper().readTree(run.folder().resolve("manifest.json").toFile());
    int[] shares = brief.shares(250);
    assertThat(Arrays.stream(shares).sum()).isEqualTo(250);
    for (int i = 0; i < shares.length; i++) {
      assertThat(manifest.get("personas").get(brief.personas().get(i).id()).asInt()).isEqualTo(shares[i]);
    }
    JsonNode graph = new ObjectMapper().readTree(run.folder().resolve("graphs/0042/manifest.json").toFile());
    for (var rows : graph.get("rows").properties()) {
      List<String> lines = Files.readAllLines(run.folder().resolve("graphs/0042/" + rows.getKey() + ".csv"));
      assertThat(lines).as(rows.getKey()).hasSize(rows.getValue().asInt() + 1);
    }
    assertThat(Files.readAllLines(run.folder().resolve("graphs/0042/graph.jsonl")))
        .anyMatch(l -> l.startsWith("{\"edge\":")).anyMatch(l -> l.startsWith("{\"node\":"));
  }

  @Test
  void everyVendorExportLoadsCleanThroughItsMappingAndIsRecognisedByItsHeader(@TempDir Path out) throws IOException {
    Truthbook truthbook = new Truthbook(ROOT, LoadLimits.DEFAULTS);
    SynthBrief brief = truthbook.truth().synthBrief().orElseThrow();
    Path folder = truthbook.synth(60, 11, out.resolve("s")).folder();
    List<Path> exports;
    try (Stream<Path> all = Files.walk(folder.resolve("graphs"))) {
      exports = all.filter(p -> p.getFileName().toString().startsWith("export-")).sorted().toList();
    }
    java.util.Set<String> profiles = new java.util.TreeSet<>();
    brief.personas().forEach(p -> p.profile().ifPresent(r -> profiles.add(r.id())));
    assertThat(exports).extracting(p -> p.getFileName().toString().replaceAll("^export-|\\.csv$", ""))
        .containsAll(profiles);
    for (Path export : exports) {
      List<Finding> findings = new java.util.ArrayList<>();
      var summary = truthbook.importCheck(export, export.toString(), java.util.Optional.empty(), findings::add);
      String profile = export.getFileName().toString().replaceAll("^export-|\\.csv$", "");
      assertThat(summary.profile()).as(export.toString()).isEqualTo(profile);
      assertThat(findings).as(export.toString()).filteredOn(f -> f.severity() != io.truthbook.model.Severity.NOTE)
          .isEmpty();
      assertThat(summary.allGood()).as(export.toString()).isTrue();
    }
  }

  @Test
  void everyEdgeOfTheGraphPointsAtTheRowItsValueNames(@TempDir Path out) throws IOException {
    Path folder = new Truthbook(ROOT, LoadLimits.DEFAULTS).synth(8, 5, out.resolve("s")).folder();
    ObjectMapper json = new ObjectMapper();
    int edges = 0;
    for (int graph = 1; graph <= 8; graph++) {
      Map<String, JsonNode> nodes = new TreeMap<>();
      List<JsonNode> lines = new java.util.ArrayList<>();
      for (String line : Files.readAllLines(folder.resolve(String.format("graphs/%04d/graph.jsonl", graph)))) {
        JsonNode node = json.readTree(line);
        if (node.has("node")) {
          nodes.put(node.get("node").asText(), node);
        } else {
          lines.add(node);
        }
      }
      for (JsonNode edge : lines) {
        String via = edge.get("edge").asText();
        JsonNode from = nodes.get(edge.get("from").asText());
        assertThat(from).as("the node an edge leaves, %s", edge).isNotNull();
        if (!via.contains(",")) {
          String to = edge.get("to").asText();
          assertThat(to.substring(to.indexOf('/') + 1)).as("edge %s", edge).isEqualTo(from.get("values").get(via).asText());
          edges++;
        }
      }
    }
    assertThat(edges).isPositive();
  }

  @Test
  void theExampleGraphIsTheSameEveryTimeAndDrawsEveryReferenceOnce() {
    io.truthbook.model.Truth truth = new Truthbook(ROOT, LoadLimits.DEFAULTS).truth();
    BriefPlan plan = BriefPlan.of(truth).orElseThrow();
    io.truthbook.model.SynthExample example = Example.of(plan);
    assertThat(Example.of(BriefPlan.of(truth).orElseThrow())).isEqualTo(example);
    java.util.Set<String> ids = new java.util.HashSet<>();
    example.nodes().forEach(n -> assertThat(ids.add(n.id())).as(n.id()).isTrue());
    assertThat(example.nodes()).extracting(io.truthbook.model.SynthExample.Node::table)
        .contains(plan.brief().graph().get(0).table());
    assertThat(example.edges()).isNotEmpty().allSatisfy(e -> assertThat(ids).contains(e.from(), e.to()));
    assertThat(example.edges()).doesNotHaveDuplicates();
    String puml = io.truthbook.render.diagram.SynthExampleDiagram.of(example).source();
    assertThat(puml).startsWith("@startuml").contains("title An example client graph (" + example.persona() + ")");
  }

  @Test
  void aNotNullColumnWithoutAGeneratorIsRefusedAtTheBriefsLine(@TempDir Path copy) throws IOException {
    Path root = copy.resolve("truth");
    copyTree(ROOT, root);
    Path brief = root.resolve("manifests/synthetic.yaml");
    String text = Files.readString(brief);
    String without = text.replace("  - column: crm_account.name\n    fake: \"#{Name.lastName} household\"\n", "");
    assertThat(without).isNotEqualTo(text);
    Files.writeString(brief, without);
    Truthbook truthbook = new Truthbook(root, LoadLimits.DEFAULTS);
    SynthRun run = truthbook.synth(5, 1, root.resolve("target/synth"));
    assertThat(run.written()).isFalse();
    assertThat(Files.exists(root.resolve("target/synth"))).isFalse();
    List<Finding> findings = run.refusals().findings();
    assertThat(findings).extracting(Finding::ruleId).containsExactly(BriefPlan.NOT_NULL);
    Finding finding = findings.get(0);
    assertThat(finding.message()).contains("crm_account.name");
    int line = without.lines().toList().indexOf("  - table: crm_account") + 1;
    assertThat(finding.location().file()).isEqualTo("manifests/synthetic.yaml");
    assertThat(finding.location().line()).isEqualTo(line);
    assertThat(truthbook.check().findings()).extracting(Finding::ruleId).contains(BriefPlan.NOT_NULL);
  }

  private static Map<String, byte[]> files(Path folder) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(folder)) {
      for (Path file : all.filter(Files::isRegularFile).toList()) {
        files.put(folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    }
    return files;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path source : all.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target);
        }
      }
    }
  }
}
