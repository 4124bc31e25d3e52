package io.truthbook.diagrams;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.Truthbook;
import io.truthbook.load.LoadLimits;
import io.truthbook.model.EntityKind;
import io.truthbook.model.Finding;
import io.truthbook.model.Truth;
import io.truthbook.render.diagram.DiagramSource;
import io.truthbook.rules.Suggestions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-written diagrams: syntax errors and unknown names become findings at file:line; includes stay inside. */
class HandWrittenDiagramsTest {
  private static final Path ROOT = Path.of(System.getProperty("truthbook.root", "src/test/velocity"));
  private static final Map<EntityKind, Set<String>> KNOWN = Map.of(
      EntityKind.DOMAIN, Set.of("crm", "oracle", "core"),
      EntityKind.TABLE, Set.of("crm_contact", "crm_account"));
  private static final Predicate<EntityRef> EXISTS = r -> KNOWN.getOrDefault(r.kind(), Set.of()).contains(r.id());
  private static final Function<EntityRef, Optional<String>> SUGGEST =
      r -> Suggestions.closest(r.id(), KNOWN.getOrDefault(r.kind(), Set.of()));

  @TempDir Path root;

  private Path diagram(String name, String text) throws IOException {
    Path file = root.resolve("diagrams").resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  private List<String> check() {
    return HandWrittenDiagrams.check(root, EXISTS, SUGGEST).stream()
        .map(f -> f.location() + " " + f.ruleId() + " " + f.message()).toList();
  }

  @Test
  void velocitysDiagramsAreCleanAgainstTheVelocityTruth() {
    Truth truth = new Truthbook(ROOT, LoadLimits.DEFAULTS).truth();
    List<Finding> findings = HandWrittenDiagrams.check(ROOT, r -> VelocityIds.of(truth, r.kind()).contains(r.id()),
        r -> Suggestions.closest(r.id(), VelocityIds.of(truth, r.kind())));
    assertThat(findings).isEmpty();
    assertThat(HandWrittenDiagrams.load(ROOT)).extracting(DiagramSource::id)
        .containsExactly("import-pipeline", "oracle-adjacency");
  }

  @Test
  void aSyntaxErrorIsAFindingAtTheDiagramsLine() throws IOException {
    diagram("flow.puml", "' a comment\r\n@startuml\r\nrectangle \"a\" as a\r\nthis is not plantuml ((\r\n@enduml\r\n");
    assertThat(check()).containsExactly("diagrams/flow.puml:4:1 diagram.syntax PlantUML cannot read this diagram: "
        + "Syntax Error? (Assumed diagram type: component)");
    assertThat(HandWrittenDiagrams.sources(root).get("diagrams/flow.puml")).element(3)
        .isEqualTo("this is not plantuml ((");
  }

  @Test
  void aSyntaxErrorInAnIncludedFragmentIsReportedInTheFragment() throws IOException {
    diagram("parts/boxes.iuml", "rectangle \"b\" as b\nb -> -> c ((\n");
    diagram("flow.puml", "@startuml\nrectangle \"a\" as a\n!include parts/boxes.iuml\na --> b\n@enduml\n");
    assertThat(check()).singleElement().asString().startsWith("diagrams/parts/boxes.iuml:2:1 diagram.syntax");
  }

  @Test
  void anUnknownEntityIsAFindingWithItsColumnAndADidYouMean() throws IOException {
    diagram("map.puml", "@startuml\n' truth:domain[crm]\n' beside truth:domain[oracel]\nrectangle \"x\" as x\n"
        + "' truth:tabel[crm_contact] truth:table[ crm_account ]\n@enduml\n");
    List<Finding> findings = HandWrittenDiagrams.check(root, EXISTS, SUGGEST);
    assertThat(check()).containsExactly(
        "diagrams/map.puml:3:10 ref.unknown domain 'oracel' is not defined (did you mean 'oracle'?)",
        "diagrams/map.puml:5:3 diagram.kind unknown entity kind 'tabel' in truth:tabel[crm_contact]");
    assertThat(findings.get(0).hint()).isEqualTo("change it to 'truth:domain[oracle]', or define domain 'oracel'");
  }

  @Test
  void includesInsideTheFolderAreInlined() throws IOException {
    diagram("parts/box.iuml", "@startuml\nrectangle \"from the fragment\" as f\n@enduml\n");
    diagram("parts/subs.iuml", "!startsub ONE\nrectangle \"sub one\" as s1\n!endsub\nrectangle \"not this\" as n\n");
    diagram("flow.puml", "@startuml\n!include parts/box.iuml\n!include_once parts/box.iuml\n"
        + "!includesub parts/subs.iuml!ONE\n!include <C4/C4_Container>\n@enduml\n");

    assertThat(check()).isEmpty();
    String source = HandWrittenDiagrams.load(root).get(0).source();
    assertThat(source).containsOnlyOnce("from the fragment").contains("sub one", "!include <C4/C4_Container>")
        .doesNotContain("not this", "@startuml\n@startuml");
  }

  @Test
  void includesLeavingTheFolderAreFindingsAndReadNothing() throws IOException {
    Files.writeString(root.resolve("secret.txt"), "TOP-SECRET");
    Files.createDirectories(root.resolve("diagrams-evil"));
    Files.writeString(root.resolve("diagrams-evil/x.iuml"), "TOP-SECRET");
    Files.createDirectories(root.resolve("diagrams"));
    Files.createSymbolicLink(root.resolve("diagrams/link.iuml"), root.resolve("secret.txt"));
    diagram("evil.puml", String.join("\n", "@startuml",
        "!include ../secret.txt",
        "!include " + root.resolve("diagrams/../secret.txt"),
        "!include " + root.resolve("diagrams-evil/x.iuml"),
        "!include link.iuml",
        "!include /etc/passwd",
        "!includeurl http://127.0.0.1:9/x",
        "!include https://127.0.0.1:9/x",
        "!$p = \"../secret.txt\"",
        "!include $p",
        "!import ../lib.zip",
        "!theme spacelab from ../themes",
        "!include missing.iuml",
        "rectangle \"x\" as x",
        "@enduml", ""));

    List<String> findings = check();

    assertThat(findings).filteredOn(f -> f.startsWith("diagrams/evil.puml:")).extracting(f -> f.split(" ")[1])
        .containsOnly("diagram.include").hasSize(11);
    assertThat(findings).contains("diagrams/link.iuml:1:1 diagram.include 'diagrams/link.iuml' is a link that "
        + "leaves diagrams/", "diagrams/evil.puml:2:10 diagram.include includes '../secret.txt', which is outside "
        + "diagrams/");
    String source = HandWrittenDiagrams.load(root).get(0).source();
    assertThat(source).doesNotContain("TOP-SECRET");
    SandboxedPlantUml.Rendering rendering = SandboxedPlantUml.render(source);
    assertThat(new String(rendering.svg(), java.nio.charset.StandardCharsets.UTF_8))
        .doesNotContain("TOP-SECRET", "root:x:0:0");
  }

  @Test
  void anIncludeCycleIsAFinding() throws IOException {
    diagram("a.iuml", "!include b.iuml\n");
    diagram("b.iuml", "!include a.iuml\n");
    diagram("flow.puml", "@startuml\n!include a.iuml\nrectangle \"x\" as x\n@enduml\n");
    assertThat(check()).containsExactly("diagrams/b.iuml:1:10 diagram.include 'a.iuml' includes itself");
  }

  @Test
  void aDiamondOfIncludesIsCutOffOnceAndEachFindingReportedOnce() throws IOException {
    // each level includes both files of the next: 2^22 paths through 44 small files
    for (int level = 0; level < 22; level++) {
      String next = "!include d" + (level + 1) + ".iuml\n!include e" + (level + 1) + ".iuml\n";
      diagram("d" + level + ".iuml", next);
      diagram("e" + level + ".iuml", next);
    }
    diagram("d22.iuml", "rectangle \"d\" as d\n");
    diagram("e22.iuml", "rectangle \"e\" as e\n");
    diagram("flow.puml", "@startuml\n!include d0.iuml\n@enduml\n");

    List<String> findings = check();

    assertThat(findings).doesNotHaveDuplicates().hasSizeLessThan(10)
        .anySatisfy(f -> assertThat(f).contains("diagram.include the diagram inlines more than 10000 files"));
  }

  @Test
  void aHandWrittenDiagramMayNotTakeAGeneratedName() throws IOException {
    diagram("topology.puml", "@startuml\nrectangle \"x\" as x\n@enduml\n");
    assertThat(check()).singleElement().asString().startsWith("diagrams/topology.puml:1:1 diagram.id");
  }

  @Test
  void titleCaptionAndAltComeFromTheFile() throws IOException {
    diagram("flows/import.puml", "@startuml\n' caption: How imports flow.\n' alt: Upload, map, approve.\n"
        + "title Import flow\nrectangle \"x\" as x\n@enduml\n");
    diagram("bare.puml", "@startuml\nrectangle \"x\" as x\n@enduml\n");
    assertThat(HandWrittenDiagrams.load(root)).containsExactly(
        new DiagramSource("bare", "bare", "Hand-written: diagrams/bare.puml.", "bare",
            "@startuml\nrectangle \"x\" as x\n@enduml\n"),
        new DiagramSource("flows-import", "Import flow", "How imports flow.", "Upload, map, approve.",
            "@startuml\n' caption: How imports flow.\n' alt: Upload, map, approve.\ntitle Import flow\n"
                + "rectangle \"x\" as x\n@enduml\n"));
  }

  @Test
  void plantUmlsVerdictIsCachedByContentAndTheCacheIsWhatTheNextCheckReads() throws IOException {
    diagram("flow.puml", "@startuml\nrectangle \"x\" as x\n@enduml\n");
    assertThat(check()).isEmpty();
    Path cache = root.resolve(SyntaxVerdicts.FOLDER);
    List<Path> verdicts;
    try (java.util.stream.Stream<Path> files = Files.list(cache)) {
      verdicts = files.toList();
    }
    assertThat(verdicts).hasSize(1);
    assertThat(Files.readString(verdicts.get(0))).isEqualTo("ok\n");
    // a verdict planted under the diagram's key is what check reports: PlantUML is not asked again
    Files.writeString(verdicts.get(0), "error\n2\nplanted verdict\n");
    assertThat(check()).containsExactly("diagrams/flow.puml:2:1 diagram.syntax PlantUML cannot read this diagram: "
        + "planted verdict");
    // another text is another key: the edited diagram is read by PlantUML
    diagram("flow.puml", "@startuml\nrectangle \"y\" as y\n@enduml\n");
    assertThat(check()).isEmpty();
  }

  @Test
  void aTruthWhereNoCacheCanBeWrittenIsStillChecked() throws IOException {
    Files.writeString(root.resolve("target"), "a file where the cache folder would be\n");
    diagram("broken.puml", "@startuml\nrectangle \"x\" as x\nthis is not plantuml\n@enduml\n");
    assertThat(check()).singleElement().asString().startsWith("diagrams/broken.puml:3:1 diagram.syntax");
    assertThat(check()).singleElement().asString().startsWith("diagrams/broken.puml:3:1 diagram.syntax");
  }

  @Test
  void noDiagramsFolderMeansNothingToCheck() {
    assertThat(HandWrittenDiagrams.check(root, EXISTS, SUGGEST)).isEmpty();
    assertThat(HandWrittenDiagrams.load(root)).isEmpty();
  }

  @Test
  void everyReportedRuleIsDescribed() {
    assertThat(HandWrittenDiagrams.RULES).extracting(r -> r.id())
        .containsExactly("diagram.syntax", "diagram.include", "diagram.kind", "diagram.id");
  }
}
