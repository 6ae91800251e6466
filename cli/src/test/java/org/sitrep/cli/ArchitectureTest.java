package org.sitrep.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
  private static final JavaClasses SITREP =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.sitrep");

  @Test
  void only_the_nlp_module_imports_corenlp() {
    noClasses()
        .that()
        .resideOutsideOfPackage("org.sitrep.nlp..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("edu.stanford..")
        .check(SITREP);
  }

  @Test
  void the_model_depends_on_nothing_of_sitrep_but_itself() {
    noClasses()
        .that()
        .resideInAPackage("org.sitrep.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.sitrep.nlp..",
            "org.sitrep.extract..",
            "org.sitrep.input..",
            "org.sitrep.cli..",
            "org.sitrep.gazetteer..",
            "org.sitrep.eval..",
            "com.fasterxml..",
            "edu.stanford..")
        .check(SITREP);
  }

  @Test
  void extraction_stages_do_not_reach_into_the_command_line() {
    noClasses()
        .that()
        .resideInAnyPackage("org.sitrep.extract..", "org.sitrep.input..", "org.sitrep.gazetteer..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.sitrep.cli..", "picocli..")
        .check(SITREP);
  }
}
