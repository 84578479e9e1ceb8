package org.manhal.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.manhal.ManhalApplication;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The application modules of the design (one per domain concept, see each {@code package-info}):
 * no module reaches into another's {@code internal} package, none depends on a module its
 * {@code allowedDependencies} do not name, and there are no cycles. Writes the module canvases and
 * the component diagram into {@code docs/modules/}, so that the checked-in copy always shows the
 * code as it is (a change to the modules shows as a change there).
 */
class ApplicationModulesUnitTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(ManhalApplication.class);

    @Test
    void modulesKeepTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void everyDomainConceptIsAModule() {
        assertThat(MODULES.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains("admin", "application", "common", "count", "crs", "exports", "imports", "rules", "spacing",
                        "well", "data", "api");
    }

    @Test
    void writesTheModuleCanvasesIntoDocs() throws Exception {
        Path docs = Path.of("..", "docs", "modules").toAbsolutePath().normalize();
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(docs.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        assertThat(docs.resolve("module-well.adoc")).exists();
        assertThat(Files.readString(docs.resolve("module-well.adoc"))).contains("WellRegistry");
    }
}
