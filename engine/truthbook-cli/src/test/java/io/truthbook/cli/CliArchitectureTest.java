package io.truthbook.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The CLI wires no stage: each command calls the facade and renders its result. It may use the
 * facade, the model, the report renderers and the result types stages return, but none of the
 * stages that read, check or publish a truth.
 */
class CliArchitectureTest {
  private static final JavaClasses CLI = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.truthbook.cli");

  @Test
  void commandsCallTheFacadeAndNoStage() {
    noClasses().that().resideInAPackage("io.truthbook.cli..")
        .should().dependOnClassesThat(JavaClass.Predicates.resideInAnyPackage("io.truthbook.schema..",
            "io.truthbook.kinds..", "io.truthbook.evidence..", "io.truthbook.diagrams..", "io.truthbook.history..",
            "io.truthbook.git..", "io.truthbook.reconcile", "io.truthbook.publish.book..", "io.truthbook.render.book..",
            "io.truthbook.render.site..", "io.truthbook.render.diagram..")
            // what build and site-publish return: the book's files and the commit it was verified at
            .and(DescribedPredicate.not(JavaClass.Predicates.simpleNameStartingWith("BookOutput")
                .or(JavaClass.Predicates.simpleName("Stamp")))))
        .check(CLI);
  }

  @Test
  void commandsReadNoManifestThemselves() {
    noClasses().that().resideInAPackage("io.truthbook.cli..")
        .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("io.truthbook.load..")
            .and(DescribedPredicate.not(JavaClass.Predicates.simpleName("LoadLimits"))))
        .check(CLI);
  }
}
