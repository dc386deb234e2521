package nl.verhuurtoezicht.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** ARCHITECTURE.md: inspection-rules knows nothing of Spring, BPMN or the database; the CLI sits on top. */
class ArchitectureTest {

    private final JavaClasses production = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("nl.verhuurtoezicht.rules");

    @Test
    void libraryDependsOnlyOnTheJdkAndJackson() {
        classes().that().resideInAPackage("nl.verhuurtoezicht.rules..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "nl.verhuurtoezicht.rules..", "java..", "com.fasterxml.jackson..")
                .check(production);
    }

    @Test
    void libraryDoesNotUseTheCli() {
        noClasses().that().resideInAPackage("nl.verhuurtoezicht.rules")
                .should().dependOnClassesThat().resideInAPackage("nl.verhuurtoezicht.rules.cli..")
                .check(production);
    }
}
