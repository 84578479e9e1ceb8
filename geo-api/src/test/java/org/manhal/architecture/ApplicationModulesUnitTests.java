package org.manhal.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

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
        sortDiagramLines(docs);
        assertThat(docs.resolve("module-well.adoc")).exists();
        assertThat(Files.readString(docs.resolve("module-well.adoc"))).contains("WellRegistry");
    }

    /**
     * The Documenter writes components and relations in the order of a hash set, which differs from
     * run to run; each run of same-kind lines ({@code Component(...)}, {@code Rel(...)}) is sorted so
     * the checked-in diagrams change only when the modules do (and merges do not conflict on them).
     */
    private static void sortDiagramLines(Path docs) throws Exception {
        try (var files = Files.list(docs)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                List<String> lines = Files.readAllLines(file);
                List<String> sorted = new ArrayList<>(lines.size());
                int start = 0;
                while (start < lines.size()) {
                    String kind = kindOf(lines.get(start));
                    int end = start + 1;
                    while (kind != null && end < lines.size() && kind.equals(kindOf(lines.get(end)))) {
                        end++;
                    }
                    List<String> run = new ArrayList<>(lines.subList(start, end));
                    Collections.sort(run);
                    sorted.addAll(run);
                    start = end;
                }
                Files.write(file, sorted);
            }
        }
        try (var files = Files.list(docs)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".adoc")).toList()) {
                Files.write(file, sortListsInCells(Files.readAllLines(file)));
            }
        }
    }

    /**
     * The module canvases list types and events in a table cell as {@code |* first} followed by
     * {@code * next} lines, in the same hash order: each such list is sorted, its first line
     * keeping the cell's bar.
     */
    private static List<String> sortListsInCells(List<String> lines) {
        List<String> sorted = new ArrayList<>(lines.size());
        int start = 0;
        while (start < lines.size()) {
            if (!lines.get(start).startsWith("|* ")) {
                sorted.add(lines.get(start++));
                continue;
            }
            int end = start + 1;
            while (end < lines.size() && lines.get(end).startsWith("* ")) {
                end++;
            }
            List<String> items = new ArrayList<>();
            lines.subList(start, end).forEach(l -> items.add(l.startsWith("|") ? l.substring(1) : l));
            Collections.sort(items);
            sorted.add("|" + items.get(0));
            sorted.addAll(items.subList(1, items.size()));
            start = end;
        }
        return sorted;
    }

    /** The element a diagram line declares ("Component(", "Rel(", ...), or null for other lines. */
    private static String kindOf(String line) {
        String trimmed = line.strip();
        int paren = trimmed.indexOf('(');
        return paren > 0 && trimmed.substring(0, paren).chars().allMatch(Character::isLetter)
                ? line.substring(0, line.indexOf('(') + 1) : null;
    }
}
