package io.truthbook;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dependencies point one way: cli → facade → stages → model; stages do not call each other. */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    // tests may wire stages together; only production code must keep the layers (any build folder)
    ImportOption productionOnly = location -> !location.contains("/test-classes/");
    classes = new ClassFileImporter().withImportOption(productionOnly)
        .importPackages("io.truthbook");
  }

  @Test
  void layersPointOneWay() {
    layeredArchitecture()
        .consideringOnlyDependenciesInLayers()
        .layer("facade").definedBy("io.truthbook")
        .layer("kinds").definedBy("io.truthbook.kinds..")
        .layer("git").definedBy("io.truthbook.git..")
        .layer("diagrams").definedBy("io.truthbook.diagrams..")
        .layer("load").definedBy("io.truthbook.load..")
        .layer("schema").definedBy("io.truthbook.schema..")
        .layer("rules").definedBy("io.truthbook.rules..")
        .layer("policy").definedBy("io.truthbook.policy..")
        .layer("evidence").definedBy("io.truthbook.evidence..")
        // drafting a new truth from the product's evidence (truthbook init --from)
        .layer("adopt").definedBy("io.truthbook.adopt..")
        // an import file checked against the truth's import model (truthbook import-check)
        .layer("imports").definedBy("io.truthbook.imports..")
        // synthetic client graphs from the brief (truthbook synth)
        .layer("synth").definedBy("io.truthbook.synth..")
        .layer("reconcile").definedBy("io.truthbook.reconcile..")
        .layer("diff").definedBy("io.truthbook.diff..")
        .layer("history").definedBy("io.truthbook.history..")
        .layer("gates").definedBy("io.truthbook.gates..")
        .layer("publish").definedBy("io.truthbook.publish..")
        .layer("render").definedBy("io.truthbook.render..")
        .layer("model").definedBy("io.truthbook.model..")
        // the YAML tree with locations: every stage may read it, it reads no stage
        .layer("yaml").definedBy("io.truthbook.yaml..")
        // files the tool keeps: the one atomic writer and verdicts (schema, diagrams, evidence parses) kept by content
        // under the truth's target/
        .layer("disk").definedBy("io.truthbook.disk..")
        .whereLayer("facade").mayNotBeAccessedByAnyLayer()
        .whereLayer("diagrams").mayOnlyBeAccessedByLayers("facade", "publish")
        .whereLayer("git").mayOnlyBeAccessedByLayers("facade", "evidence", "history", "publish")
        .whereLayer("kinds").mayOnlyBeAccessedByLayers("facade", "history", "gates", "diff", "rules")
        .whereLayer("load").mayOnlyBeAccessedByLayers("facade", "schema", "history", "gates", "kinds", "policy")
        .whereLayer("schema").mayOnlyBeAccessedByLayers("facade", "history", "gates", "kinds", "policy")
        .whereLayer("rules").mayOnlyBeAccessedByLayers("facade", "policy")
        .whereLayer("policy").mayNotBeAccessedByAnyLayer()
        .whereLayer("evidence").mayOnlyBeAccessedByLayers("facade", "reconcile", "adopt")
        .whereLayer("adopt").mayOnlyBeAccessedByLayers("facade")
        .whereLayer("imports").mayOnlyBeAccessedByLayers("facade", "rules")
        .whereLayer("synth").mayOnlyBeAccessedByLayers("facade", "rules")
        .whereLayer("reconcile").mayOnlyBeAccessedByLayers("facade", "gates", "render")
        .whereLayer("history").mayOnlyBeAccessedByLayers("facade", "reconcile", "gates", "render", "diff")
        .whereLayer("gates").mayOnlyBeAccessedByLayers("facade")
        .whereLayer("publish").mayOnlyBeAccessedByLayers("facade")
        .whereLayer("diff").mayOnlyBeAccessedByLayers("facade", "render")
        .whereLayer("render").mayOnlyBeAccessedByLayers("facade", "publish", "diagrams")
        .whereLayer("disk").mayOnlyBeAccessedByLayers("facade", "diagrams", "schema", "evidence", "publish", "synth")
        .check(classes);
  }

  @Test
  void modelDependsOnNoStage() {
    noClasses().that().resideInAPackage("io.truthbook.model..")
        .should().dependOnClassesThat().resideOutsideOfPackages("io.truthbook.model..", "java..")
        .check(classes);
  }

  @Test
  void theYamlTreeDependsOnTheModelOnly() {
    noClasses().that().resideInAPackage("io.truthbook.yaml..")
        .should().dependOnClassesThat()
        .resideOutsideOfPackages("io.truthbook.yaml..", "io.truthbook.model..", "java..")
        .check(classes);
  }

  @Test
  void theDiskPlumbingDependsOnTheJdkOnly() {
    noClasses().that().resideInAPackage("io.truthbook.disk..")
        .should().dependOnClassesThat().resideOutsideOfPackages("io.truthbook.disk..", "java..")
        .check(classes);
  }

  @Test
  void findingsAreNeverMadeWhilePublishing() {
    // findings come from rules/ and the stages before it; publish/ and render/ turn a truth into files
    noClasses().that().resideInAnyPackage("io.truthbook.publish..", "io.truthbook.render..")
        .should().callMethod(io.truthbook.model.Finding.class, "error", String.class, io.truthbook.model.Location.class,
            String.class, String.class)
        .orShould().callMethod(io.truthbook.model.Finding.class, "warning", String.class,
            io.truthbook.model.Location.class, String.class, String.class)
        .orShould().callConstructor(io.truthbook.model.Finding.class, String.class, io.truthbook.model.Severity.class,
            io.truthbook.model.Location.class, String.class, String.class)
        .check(classes);
  }

  @Test
  void onlyTheCliExits() {
    noClasses().that().resideOutsideOfPackage("io.truthbook.cli..")
        .should().callMethod(System.class, "exit", int.class)
        .check(classes);
  }
}
