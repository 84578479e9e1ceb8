package org.manhal.data.wells;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.manhal.data.admin.AdminBoundaries;

/**
 * Re-checks the committed {@code sample-wells.csv} itself, with distance code of its own, so the
 * file cannot drift from its guarantees even if the writer changes.
 */
class SampleWellsUnitTests {

    private static final double EARTH_RADIUS_M = 6_371_008.8;

    private static AdminBoundaries boundaries;
    private static byte[] committed;
    private static List<String[]> rows;

    @BeforeAll
    static void load() throws IOException {
        boundaries = AdminBoundaries.fromClasspath();
        try (InputStream in = SampleWellsUnitTests.class.getResourceAsStream(SampleWellsWriter.RESOURCE)) {
            committed = in.readAllBytes();
        }
        rows = Arrays.stream(new String(committed, StandardCharsets.UTF_8).split("\n"))
                .skip(1).map(line -> line.split(",", -1)).toList();
    }

    @Test
    void hasTheHeaderAndThreeHundredRowsOfTenFields() {
        assertThat(new String(committed, StandardCharsets.UTF_8)).startsWith(
                "lon,lat,type,use,status,depthM,diameterMm,yieldM3PerDay,ownerName,ownerCivilId\n");
        assertThat(rows).hasSize(300).allSatisfy(r -> assertThat(r).hasSize(10));
    }

    @Test
    void regeneratingGivesTheCommittedBytes() {
        var out = new ByteArrayOutputStream();
        SampleWellsWriter.write(SampleWellsWriter.generate(boundaries, SampleWellsWriter.SEED), out);
        assertThat(out.toByteArray()).as("run SampleWellsWriter and commit its output").isEqualTo(committed);
    }

    /** Lower bound in metres: planar degrees times 111.32 km × cos(lat), the smaller local scale. */
    @Test
    void everyWellIsInsideOmanAtLeast200mFromTheOutline() {
        Geometry outline = boundaries.country().getBoundary();
        for (String[] row : rows) {
            Point well = point(row);
            assertThat(boundaries.country().contains(well)).as(String.join(",", row)).isTrue();
            double metres = outline.distance(well) * 111_320 * Math.cos(Math.toRadians(well.getY()));
            assertThat(metres).as(String.join(",", row)).isGreaterThanOrEqualTo(200);
        }
    }

    @Test
    void everyTwoWellsAreAtLeast5mApart() {
        for (int i = 0; i < rows.size(); i++) {
            for (int j = i + 1; j < rows.size(); j++) {
                assertThat(haversineMetres(rows.get(i), rows.get(j))).as("rows %d and %d", i + 1, j + 1)
                        .isGreaterThanOrEqualTo(5);
            }
        }
    }

    @Test
    void valuesAreInTheirVocabulariesAndRanges() {
        for (String[] r : rows) {
            assertThat(r[0]).matches("\\d{2}\\.\\d{6}");
            assertThat(r[1]).matches("\\d{2}\\.\\d{6}");
            assertThat(r[3]).isIn("DOMESTIC", "AGRICULTURAL", "LIVESTOCK", "INDUSTRIAL", "COMMERCIAL",
                    "PUBLIC_SUPPLY", "FALAJ_ASSIST", "MONITORING");
            assertThat(r[4]).isIn("PROPOSED", "PERMITTED", "ACTIVE", "STANDBY", "NOT_IN_USE", "DEEPENED",
                    "ABANDONED", "BACKFILLED", "ILLEGAL_DETECTED");
            assertThat(Double.parseDouble(r[7])).isBetween(5.0, 2000.0);
            boolean handDug = r[2].equals("HAND_DUG");
            assertThat(r[2]).isIn("HAND_DUG", "BOREHOLE");
            assertThat(Double.parseDouble(r[5])).isBetween(handDug ? 5.0 : 30.0, handDug ? 40.0 : 300.0);
            assertThat(Double.parseDouble(r[6])).isBetween(handDug ? 800.0 : 150.0, handDug ? 2000.0 : 400.0);
        }
    }

    @Test
    void ownersAreVisiblyFictitious() {
        for (String[] r : rows) {
            assertThat(r[8]).matches("Sample Owner \\d{3}|مالك تجريبي \\d{3}");
            assertThat(r[9]).matches("99\\d{6}").endsWith(r[8].substring(r[8].length() - 3));
        }
    }

    @Test
    void mostWellsAreActiveAgriculturalOrDomestic() {
        assertThat(rows.stream().filter(r -> r[4].equals("ACTIVE")).count()).isGreaterThan(150);
        assertThat(rows.stream().filter(r -> Set.of("AGRICULTURAL", "DOMESTIC").contains(r[3])).count())
                .isGreaterThan(150);
    }

    /** The places the sample is meant to show; Jaalan and old Muscat count with either wilayat. */
    @Test
    void reachesEveryNamedWellAreaAndGovernorate() {
        Set<String> wilayats = rows.stream()
                .map(r -> boundaries.wilayatAt(Double.parseDouble(r[0]), Double.parseDouble(r[1])).code())
                .collect(Collectors.toSet());
        assertThat(wilayats).contains("OM-MA-SEB", "OM-MA-BAW", "OM-BJ-BRK", "OM-BJ-MSN", "OM-BS-SUW",
                "OM-BS-KHB", "OM-BS-SAH", "OM-BS-SOH", "OM-BS-SHN", "OM-BJ-RUS", "OM-BJ-NAK", "OM-DA-NIZ",
                "OM-DA-BAH", "OM-DA-IZK", "OM-DA-ADM", "OM-ZA-IBR", "OM-BU-BUR", "OM-SS-IBA", "OM-SS-MDB",
                "OM-SJ-SUR", "OM-ZU-SLL", "OM-MU-KHS");
        assertThat(wilayats).containsAnyOf("OM-SJ-JBA", "OM-SJ-JBH");
        assertThat(wilayats.stream().map(c -> c.substring(0, 5)).collect(Collectors.toSet())).hasSize(11);
    }

    private static Point point(String[] row) {
        return boundaries.country().getFactory().createPoint(
                new Coordinate(Double.parseDouble(row[0]), Double.parseDouble(row[1])));
    }

    private static double haversineMetres(String[] a, String[] b) {
        double lat1 = Math.toRadians(Double.parseDouble(a[1]));
        double lat2 = Math.toRadians(Double.parseDouble(b[1]));
        double dLat = lat2 - lat1;
        double dLon = Math.toRadians(Double.parseDouble(b[0]) - Double.parseDouble(a[0]));
        double h = Math.pow(Math.sin(dLat / 2), 2) + Math.cos(lat1) * Math.cos(lat2) * Math.pow(Math.sin(dLon / 2), 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.sqrt(h));
    }
}
