package org.manhal.data.load;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.manhal.common.Actor;
import org.manhal.crs.Crs;
import org.manhal.well.Owner;
import org.manhal.well.WellDetails;
import org.manhal.well.WellRegistry;
import org.manhal.well.WellStatus;
import org.manhal.well.WellType;
import org.manhal.well.WellUse;

/**
 * Loads the synthetic sample wells ({@code /org/manhal/data/wells/sample-wells.csv}) through the
 * registry's door, one registration each, exactly as the API registers a well: validated, the
 * wilayat, governorate and registry number derived, history and counts recorded, and the spacing
 * findings recorded after the commit, and flagged {@code is_sample}
 * ({@link WellRegistry#registerSample}): a spacing verdict resting on a sample well says so and
 * grants no permit. Runs inside the caller's transaction: a row the registry refuses fails the
 * whole load.
 */
class SampleWellLoader {

    private static final String RESOURCE = "/org/manhal/data/wells/sample-wells.csv";
    private static final List<String> COLUMNS = List.of("lon", "lat", "type", "use", "status", "depthM",
            "diameterMm", "yieldM3PerDay", "ownerName", "ownerCivilId");

    private final WellRegistry registry;

    SampleWellLoader(WellRegistry registry) {
        this.registry = registry;
    }

    int load(Actor actor) {
        List<String[]> rows = rows();
        for (String[] c : rows) {
            Point location = Crs.WGS84.createPoint(new Coordinate(Double.parseDouble(c[0]), Double.parseDouble(c[1])));
            registry.registerSample(WellDetails.basic(location, WellType.valueOf(c[2]), WellUse.valueOf(c[3]),
                    WellStatus.valueOf(c[4]), number(c[5]), number(c[6]), number(c[7]), owner(c[8], c[9])), actor);
        }
        return rows.size();
    }

    private static Owner owner(String name, String civilId) {
        return name.isBlank() && civilId.isBlank() ? null : new Owner(text(name), text(civilId));
    }

    private static List<String[]> rows() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                ReferenceDataLoader.open(RESOURCE), StandardCharsets.UTF_8))) {
            List<String> header = Arrays.asList(r.readLine().split(","));
            if (!header.equals(COLUMNS)) {
                throw new IllegalStateException(RESOURCE + ": expected columns " + COLUMNS + ", found " + header);
            }
            List<String[]> rows = new ArrayList<>();
            r.lines().filter(l -> !l.isBlank()).forEach(l -> rows.add(l.split(",", -1)));
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Double number(String cell) {
        return cell.isBlank() ? null : Double.valueOf(cell);
    }

    private static String text(String cell) {
        return cell.isBlank() ? null : cell;
    }
}
