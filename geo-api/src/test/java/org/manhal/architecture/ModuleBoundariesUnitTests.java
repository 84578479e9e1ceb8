package org.manhal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;

/**
 * The module boundaries of the design: the domain knows nothing of the web, the data module
 * nothing of the service, and HTTP lives in {@code org.manhal.api} only.
 */
class ModuleBoundariesUnitTests {

    private static final String[] DOMAIN = {"org.manhal.well..", "org.manhal.admin..", "org.manhal.crs..",
            "org.manhal.common..", "org.manhal.rules..", "org.manhal.application..", "org.manhal.count..",
            "org.manhal.spacing..", "org.manhal.imports..", "org.manhal.exports..", "org.manhal.permit..", "org.manhal.contractor.."};

    private static JavaClasses manhal;

    @BeforeAll
    static void importClasses() {
        manhal = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.manhal");
    }

    @Test
    void domainKnowsNothingOfTheWeb() {
        noClasses().that().resideInAnyPackage(DOMAIN)
                .should().dependOnClassesThat().resideInAnyPackage("org.manhal.api..", "org.springframework.web..",
                        "jakarta.servlet..", "org.manhal.data..")
                .check(manhal);
    }

    @Test
    void dataModuleKnowsNothingOfTheService() {
        noClasses().that().resideInAPackage("org.manhal.data..")
                .should().dependOnClassesThat().resideInAnyPackage("org.manhal.api..", "org.springframework.web..")
                .check(manhal);
    }

    @Test
    void httpLivesInTheApiPackageOnly() {
        classes().that().areAnnotatedWith(RestController.class)
                .should().resideInAPackage("org.manhal.api..")
                .check(manhal);
    }
}
