package org.manhal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.manhal.support.ManhalApiTest;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every integration test class starts from a fresh registry: it is a {@link ManhalApiTest}, whose
 * extension resets the database before the class, and none starts the application another way
 * (a plain {@code @SpringBootTest} would run on whatever the class before it left).
 */
class IntegrationTestConventionsUnitTests {

    private static JavaClasses tests;

    @BeforeAll
    static void importTests() {
        tests = new ClassFileImporter().withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("org.manhal");
    }

    @Test
    void everyIntegrationTestClassIsAManhalApiTest() {
        classes().that().haveSimpleNameEndingWith("IntegrationTests")
                .should().beAnnotatedWith(ManhalApiTest.class)
                .check(tests);
    }

    @Test
    void onlyManhalApiTestStartsTheApplication() {
        noClasses().that().doNotHaveFullyQualifiedName(ManhalApiTest.class.getName())
                .should().beAnnotatedWith(SpringBootTest.class)
                .check(tests);
    }

    /** The port comes with the {@code ApiClient} parameter; no class reads it itself. */
    @Test
    void theClientComesFromTheExtensionNotFromThePort() {
        noClasses().should().dependOnClassesThat()
                .haveFullyQualifiedName("org.springframework.boot.test.web.server.LocalServerPort")
                .check(tests);
    }
}
