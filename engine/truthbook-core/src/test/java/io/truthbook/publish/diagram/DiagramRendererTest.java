package io.truthbook.publish.diagram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.truthbook.Truthbook;
import io.truthbook.diagrams.HandWrittenDiagrams;
import io.truthbook.diagrams.SandboxedPlantUml;
import io.truthbook.load.LoadLimits;
import io.truthbook.model.Truth;
import io.truthbook.render.diagram.DiagramSet;
import io.truthbook.render.diagram.DiagramSource;
import io.truthbook.render.diagram.TestTruths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every Velocity diagram renders in-process without Graphviz, once, the same bytes every time. */
class DiagramRendererTest {
  private static final Path ROOT = Path.of(System.getProperty("truthbook.root", "src/test/velocity"));
  private static final Truth VELOCITY = new Truthbook(ROOT, LoadLimits.DEFAULTS).truth();

  @TempDir Path temp;

  @BeforeAll
  static void noGraphviz() {
    // PlantUML reads GRAPHVIZ_DOT before PATH: pointing it nowhere means no dot, even where Graphviz is installed
    System.setProperty("GRAPHVIZ_DOT", "/nonexistent/graphviz/dot");
  }

  private static List<DiagramSource> velocity() {
    List<DiagramSource> all = new ArrayList<>(DiagramSet.generate(VELOCITY));
    all.addAll(HandWrittenDiagrams.load(ROOT));
    return all;
  }

  @Test
  void rendersEveryVelocityDiagramWithoutGraphviz() throws IOException {
    List<DiagramSource> diagrams = velocity();
    RenderReport report = DiagramRenderer.renderAll(diagrams, temp.resolve("out"), new DiagramCache(temp.resolve("cache")));

    assertThat(report.failures()).isEmpty();
    assertThat(report.rendered()).isEqualTo(diagrams.size());
    assertThat(report.cached()).isZero();
    assertThat(report.summary()).isEqualTo(diagrams.size() + " diagrams: " + diagrams.size() + " rendered, 0 from cache");
    for (DiagramSource diagram : diagrams) {
      String svg = Files.readString(temp.resolve("out/" + diagram.id() + ".svg"));
      assertThat(svg).startsWith("<svg").doesNotContainIgnoringCase("graphviz").doesNotContain("Syntax Error");
      assertThat(Files.readString(temp.resolve("out/" + diagram.id() + ".puml"))).isEqualTo(diagram.source());
    }
    assertThat(diagrams).extracting(DiagramSource::id).contains("import-pipeline", "oracle-adjacency");
    String topology = texts(Files.readString(temp.resolve("out/topology.svg")));
    VELOCITY.nodes().forEach(n -> assertThat(topology).contains(n.id()));
    VELOCITY.services().forEach(s -> assertThat(topology).contains(s.id()));
    try (Stream<Path> left = Files.list(temp.resolve("out"))) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
    }
  }

  @Test
  void oracleIsLaidOutOnCrmsLevel() throws IOException {
    DiagramRenderer.renderAll(DiagramSet.generate(VELOCITY), temp.resolve("out"), new DiagramCache(temp.resolve("cache")));
    String svg = Files.readString(temp.resolve("out/domain-map.svg"));
    assertThat(middle(svg, "domain_oracle")).isCloseTo(middle(svg, "domain_crm"), org.assertj.core.data.Offset.offset(2.0));
    assertThat(middle(svg, "domain_core")).isGreaterThan(middle(svg, "domain_crm"));
  }

  @Test
  void aSecondRenderOfUnchangedDiagramsComesFromTheCache() {
    List<DiagramSource> diagrams = velocity();
    DiagramCache cache = new DiagramCache(temp.resolve("cache"));
    DiagramRenderer.renderAll(diagrams, temp.resolve("out"), cache);

    RenderReport again = DiagramRenderer.renderAll(diagrams, temp.resolve("out"), cache);

    assertThat(again.rendered()).isZero();
    assertThat(again.cached()).isEqualTo(diagrams.size());
    assertThat(again.summary()).endsWith(": 0 rendered, " + diagrams.size() + " from cache");
  }

  @Test
  void renamingANodeRerendersOnlyTheDiagramsThatShowIt() throws IOException {
    DiagramCache cache = new DiagramCache(temp.resolve("cache"));
    DiagramRenderer.renderAll(DiagramSet.generate(VELOCITY), temp.resolve("out"), cache);
    Truth renamed = TestTruths.renameNode(VELOCITY, "gpu-2", "gpu-9");

    RenderReport report = DiagramRenderer.renderAll(DiagramSet.generate(renamed), temp.resolve("out"), cache);

    assertThat(report.rendered()).isEqualTo(1);
    assertThat(report.cached()).isEqualTo(DiagramSet.generate(VELOCITY).size() - 1);
    assertThat(texts(Files.readString(temp.resolve("out/topology.svg")))).contains("\ngpu-9\n")
        .doesNotContain("\ngpu-2\n");
  }

  @Test
  void rendersAreByteIdentical() throws IOException {
    List<DiagramSource> diagrams = velocity();
    DiagramRenderer.renderAll(diagrams, temp.resolve("a"), new DiagramCache(temp.resolve("cache-a")));
    DiagramRenderer.renderAll(diagrams, temp.resolve("b"), new DiagramCache(temp.resolve("cache-b")));
    for (DiagramSource diagram : diagrams) {
      assertThat(Files.readAllBytes(temp.resolve("b/" + diagram.id() + ".svg")))
          .as(diagram.id()).isEqualTo(Files.readAllBytes(temp.resolve("a/" + diagram.id() + ".svg")));
    }
    String source = diagrams.get(0).source();
    assertThat(SandboxedPlantUml.render(source).svg()).isEqualTo(SandboxedPlantUml.render(source).svg());
  }

  @Test
  void hostileManifestTextRendersLiterallyAndIncludesNothing() throws IOException {
    String hostile = "Evil \"quoted\" back\\slash\n@enduml\n!include /etc/passwd\n"
        + "%getenv(\"HOME\") <img:/etc/passwd> [[http://127.0.0.1:9/x]] **not bold**";
    Truth truth = TestTruths.describeNode(VELOCITY, "gpu-1", hostile);
    List<DiagramSource> diagrams = DiagramSet.generate(truth);

    RenderReport report = DiagramRenderer.renderAll(diagrams, temp.resolve("out"), new DiagramCache(temp.resolve("cache")));

    assertThat(report.failures()).isEmpty();
    assertThat(report.rendered()).isEqualTo(diagrams.size());
    String topology = texts(Files.readString(temp.resolve("out/topology.svg"), StandardCharsets.UTF_8));
    assertThat(topology).contains("Evil \"quoted\" back\\slash", "@enduml", "!include /etc/passwd",
        "%getenv(\"HOME\")", "<img:/etc/passwd>", "[[http://127.0.0.1:9/x]]", "**not bold**");
    // the nodes declared after gpu-1 are still drawn: the label did not end the diagram
    VELOCITY.nodes().forEach(n -> assertThat(topology).contains(n.id()));
    VELOCITY.services().forEach(s -> assertThat(topology).contains(s.id()));
    assertThat(topology).doesNotContain("root:x:0:0", System.getProperty("user.home") + "\n");
  }

  @Test
  void plantUmlItselfReadsNoFile() {
    Path passwd = Path.of("/etc/passwd");
    String source = "@startuml\n!include " + passwd + "\nrectangle \"x\" as x\n@enduml\n";
    SandboxedPlantUml.Rendering rendering = SandboxedPlantUml.render(source);
    assertThat(rendering.error()).hasValueSatisfying(e -> assertThat(e.line()).isEqualTo(2));
    assertThat(new String(rendering.svg(), StandardCharsets.UTF_8)).doesNotContain("root:x:0:0");
  }

  @Test
  void aDiagramPlantUmlRejectsIsReportedAndNotCached() throws IOException {
    DiagramSource broken = new DiagramSource("broken", "Broken", "c", "a",
        "@startuml\nrectangle \"a\" as a\nthis is not plantuml ((\n@enduml\n");
    DiagramCache cache = new DiagramCache(temp.resolve("cache"));

    RenderReport first = DiagramRenderer.renderAll(List.of(broken), temp.resolve("out"), cache);
    RenderReport second = DiagramRenderer.renderAll(List.of(broken), temp.resolve("out"), cache);

    assertThat(first.failures()).containsExactly(new RenderReport.Failure("broken", 3,
        "Syntax Error? (Assumed diagram type: component)"));
    assertThat(second.rendered()).isEqualTo(1);
    assertThat(second.summary()).isEqualTo("1 diagram: 1 rendered, 0 from cache, 1 failed");
    assertThat(Files.readString(temp.resolve("out/broken.svg"))).startsWith("<svg");
  }

  @Test
  void theFolderIsReplacedWholeSoADiagramGoneFromTheTruthIsGoneFromTheFolder() throws IOException {
    DiagramSource a = new DiagramSource("a", "A", "c", "a", "@startuml\nrectangle \"a\" as a\n@enduml\n");
    DiagramSource b = new DiagramSource("b", "B", "c", "b", "@startuml\nrectangle \"b\" as b\n@enduml\n");
    DiagramCache cache = new DiagramCache(temp.resolve("cache"));
    Path out = temp.resolve("out");
    DiagramRenderer.renderAll(List.of(a, b), out, cache);

    DiagramRenderer.renderAll(List.of(a), out, cache);

    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .containsExactly(DiagramRenderer.MARKER, "a.puml", "a.svg");
    }
    try (Stream<Path> beside = Files.list(temp)) {
      assertThat(beside.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".building-"));
    }
  }

  @Test
  void aRenderThatFailsLeavesThePreviousDiagramsAsTheyWere() throws IOException {
    DiagramSource a = new DiagramSource("a", "A", "c", "a", "@startuml\nrectangle \"a\" as a\n@enduml\n");
    DiagramCache cache = new DiagramCache(temp.resolve("cache"));
    Path out = temp.resolve("out");
    DiagramRenderer.renderAll(List.of(a), out, cache);
    byte[] before = Files.readAllBytes(out.resolve("a.svg"));
    // the changed diagram renders, then its cache entry cannot be written: the render stops half-way
    DiagramSource changed = new DiagramSource("a", "A", "c", "a", "@startuml\nrectangle \"changed\" as a\n@enduml\n");
    Path notAFolder = Files.writeString(temp.resolve("not-a-folder"), "a file where the cache should be");

    assertThatThrownBy(() -> DiagramRenderer.renderAll(List.of(changed), out, new DiagramCache(notAFolder)))
        .isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("cannot write the diagram cache");

    assertThat(Files.readAllBytes(out.resolve("a.svg"))).isEqualTo(before);
    try (Stream<Path> beside = Files.list(temp)) {
      assertThat(beside.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".building-"));
    }
  }

  @Test
  void aFolderThatIsNotAnEarlierRenderIsNeverReplaced() throws IOException {
    Path mine = Files.createDirectories(temp.resolve("mine"));
    Files.writeString(mine.resolve("notes.txt"), "my own file");
    DiagramSource a = new DiagramSource("a", "A", "c", "a", "@startuml\nrectangle \"a\" as a\n@enduml\n");

    assertThatThrownBy(() -> DiagramRenderer.renderAll(List.of(a), mine, new DiagramCache(temp.resolve("cache"))))
        .isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("refusing to replace")
        .hasMessageContaining(DiagramRenderer.MARKER);
    assertThat(mine.resolve("notes.txt")).hasContent("my own file");
  }

  @Test
  void aHandWrittenLabelHoldingTheEndOfCdataStillGivesWellFormedXml() throws Exception {
    String source = "@startuml\nrectangle \"a ]]> b <![CDATA[ c\" as a\nnote right of a : x ]]> y\n@enduml\n";
    SandboxedPlantUml.Rendering rendering = SandboxedPlantUml.render(source);

    assertThat(rendering.error()).isEmpty();
    byte[] svg = rendering.svg();
    javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    org.w3c.dom.Document document = factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(svg));
    assertThat(document.getDocumentElement().getTextContent()).contains("]]> b", "x ]]> y");
  }

  @Test
  void aDiagramThatRecursesForeverIsAFindingInWordsNotAJavaError() {
    String source = "@startuml\n!function $f($n)\n!return $f($n)\n!endfunction\nAlice -> Bob : $f(1)\n@enduml\n";

    SandboxedPlantUml.Rendering rendering = SandboxedPlantUml.render(source);

    assertThat(rendering.error()).hasValueSatisfying(e -> assertThat(e.message()).doesNotContain("java.", "Error"));
    assertThat(new String(rendering.svg(), StandardCharsets.UTF_8)).startsWith("<svg");
  }

  @Test
  void theCacheKeyIsTheContent() {
    assertThat(DiagramCache.key("@startuml\na -> b\n@enduml\n")).hasSize(64)
        .isEqualTo(DiagramCache.key("@startuml\na -> b\n@enduml\n"))
        .isNotEqualTo(DiagramCache.key("@startuml\na -> c\n@enduml\n"));
  }

  /** The text an SVG shows, entities decoded, one element per line. */
  static String texts(String svg) {
    StringBuilder out = new StringBuilder();
    Matcher text = Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(svg);
    while (text.find()) {
      out.append(text.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
          .replace("&#39;", "'").replace("&amp;", "&")).append('\n');
    }
    return out.toString();
  }

  /** The vertical middle of an entity's box in an SVG (boxes of one rank share it). */
  private static double middle(String svg, String alias) {
    Matcher box = Pattern.compile("<!--entity " + alias + "--><g[^>]*><rect [^>]*?y=\"([0-9.]+)\" width=\"[0-9.]+\" "
        + "height=\"([0-9.]+)\"").matcher(svg);
    assertThat(box.find()).as(alias).isTrue();
    return Double.parseDouble(box.group(1)) + Double.parseDouble(box.group(2)) / 2;
  }
}
