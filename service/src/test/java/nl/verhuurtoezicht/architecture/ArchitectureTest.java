package nl.verhuurtoezicht.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The boundaries of ARCHITECTURE.md, checked on the compiled service. */
@AnalyzeClasses(packages = "nl.verhuurtoezicht", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    /** Workers and pages talk to the engine only through the Camunda client, so a real Camunda 8 cluster can replace it. */
    @ArchTest
    static final ArchRule onlyThePlatformStartsTheEmbeddedEngine = noClasses()
            .that().resideOutsideOfPackages("nl.verhuurtoezicht.platform.engine..", "nl.verhuurtoezicht.engine..")
            .should().dependOnClassesThat().resideInAPackage("nl.verhuurtoezicht.engine..");

    /** Case data lives in PostgreSQL through jOOQ; there is no JPA. */
    @ArchTest
    static final ArchRule noJpa = noClasses().should().dependOnClassesThat().resideInAPackage("jakarta.persistence..");
}
