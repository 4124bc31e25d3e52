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
        .layer("cli").definedBy("io.truthbook.cli..")
        .layer("facade").definedBy("io.truthbook")
        .layer("load").definedBy("io.truthbook.load..")
        .layer("schema").definedBy("io.truthbook.schema..")
        .layer("rules").definedBy("io.truthbook.rules..")
        .layer("evidence").definedBy("io.truthbook.evidence..")
        .layer("reconcile").definedBy("io.truthbook.reconcile..")
        .layer("diff").definedBy("io.truthbook.diff..")
        .layer("history").definedBy("io.truthbook.history..")
        .layer("gates").definedBy("io.truthbook.gates..")
        .layer("publish").definedBy("io.truthbook.publish..")
        .layer("render").definedBy("io.truthbook.render..")
        .layer("bench").definedBy("io.truthbook.bench..")
        .layer("model").definedBy("io.truthbook.model..")
        .whereLayer("cli").mayNotBeAccessedByAnyLayer()
        .whereLayer("facade").mayOnlyBeAccessedByLayers("cli", "bench")
        .whereLayer("bench").mayOnlyBeAccessedByLayers("cli")
        .whereLayer("load").mayOnlyBeAccessedByLayers("facade", "schema", "cli", "history", "gates")
        .whereLayer("schema").mayOnlyBeAccessedByLayers("facade", "history", "gates")
        .whereLayer("rules").mayOnlyBeAccessedByLayers("facade", "cli")
        .whereLayer("evidence").mayOnlyBeAccessedByLayers("facade", "reconcile")
        .whereLayer("reconcile").mayOnlyBeAccessedByLayers("facade", "gates", "render", "cli")
        .whereLayer("history").mayOnlyBeAccessedByLayers("facade", "reconcile", "gates", "render", "diff")
        .whereLayer("gates").mayOnlyBeAccessedByLayers("facade", "cli")
        .whereLayer("publish").mayOnlyBeAccessedByLayers("facade", "cli")
        .whereLayer("diff").mayOnlyBeAccessedByLayers("facade", "render", "cli")
        .whereLayer("render").mayOnlyBeAccessedByLayers("facade", "cli", "publish")
        .check(classes);
  }

  @Test
  void modelDependsOnNoStage() {
    noClasses().that().resideInAPackage("io.truthbook.model..")
        .should().dependOnClassesThat().resideOutsideOfPackages("io.truthbook.model..", "java..")
        .check(classes);
  }

  @Test
  void onlyTheCliExits() {
    noClasses().that().resideOutsideOfPackage("io.truthbook.cli..")
        .should().callMethod(System.class, "exit", int.class)
        .check(classes);
  }
}
