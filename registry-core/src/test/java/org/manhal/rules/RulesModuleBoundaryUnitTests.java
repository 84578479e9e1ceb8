package org.manhal.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The rules engine is pure domain (STYLE §1): it depends on the JDK, JTS, GeographicLib and the
 * application types only, never on Spring, JPA, JDBC or web types, so it runs without a database.
 */
class RulesModuleBoundaryUnitTests {

    @Test
    void theRulesEngineDependsOnlyOnTheJdkJtsAndGeographicLib() {
        JavaClasses rules = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.manhal.rules");

        // package-info only carries the module's declaration for Spring Modulith: no code runs on it
        classes().that().doNotHaveSimpleName("package-info").should().onlyDependOnClassesThat().resideInAnyPackage(
                "java..", "org.locationtech.jts..", "net.sf.geographiclib..",
                "org.manhal.rules..", "org.manhal.application..")
                .check(rules);
    }
}
