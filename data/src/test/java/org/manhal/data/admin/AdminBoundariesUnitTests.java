package org.manhal.data.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.operation.valid.IsValidOp;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AdminBoundariesUnitTests {

    private static AdminBoundaries boundaries;

    @BeforeAll
    static void load() {
        boundaries = AdminBoundaries.fromClasspath();
    }

    @Test
    void loadsOneCountryElevenGovernoratesAndSixtyOneWilayats() {
        assertThat(boundaries.country().getGeometryType()).isEqualTo("MultiPolygon");
        assertThat(boundaries.governorates()).hasSize(11);
        assertThat(boundaries.wilayats()).hasSize(61);
    }

    @Test
    void everyGeometryIsValidWithSrid4326() {
        List<Geometry> all = new ArrayList<>();
        all.add(boundaries.country());
        boundaries.governorates().forEach(g -> all.add(g.geometry()));
        boundaries.wilayats().forEach(w -> all.add(w.geometry()));
        for (Geometry geometry : all) {
            assertThat(geometry.getSRID()).isEqualTo(4326);
            IsValidOp validity = new IsValidOp(geometry);
            assertThat(validity.isValid()).as("%s", validity.getValidationError()).isTrue();
        }
    }

    @Test
    void countryLiesInOmansLonLatBox() {
        var box = boundaries.country().getEnvelopeInternal();
        assertThat(box.getMinX()).isBetween(51.9, 52.1); // x is longitude
        assertThat(box.getMaxX()).isBetween(59.8, 59.9);
        assertThat(box.getMinY()).isBetween(16.6, 16.7); // y is latitude
        assertThat(box.getMaxY()).isBetween(26.4, 26.6);
    }

    /** Read independently of AdminBoundaries, so a bug in its join cannot hide a missing row. */
    @Test
    void everyWilayatPolygonHasACsvRowWithBothNames() throws IOException {
        Set<String> geoJsonIds = new TreeSet<>();
        for (JsonNode feature : readJson(AdminBoundaries.WILAYATS_GEOJSON).path("features")) {
            geoJsonIds.add(feature.path("properties").path("wof_id").asString());
        }
        Map<String, String[]> rows = readCsv(AdminBoundaries.WILAYATS_CSV).stream()
                .collect(Collectors.toMap(r -> r[0], Function.identity()));
        assertThat(rows.keySet()).isEqualTo(geoJsonIds);
        rows.values().forEach(r -> assertThat(r[3]).as("name_en of %s", r[1]).isNotBlank());
        rows.values().forEach(r -> assertThat(r[4]).as("name_ar of %s", r[1]).isNotBlank());
    }

    @Test
    void everyGovernorateHasACsvRowWithBothNames() throws IOException {
        List<String[]> rows = readCsv(AdminBoundaries.GOVERNORATES_CSV);
        assertThat(rows).hasSize(11);
        rows.forEach(r -> assertThat(r[1]).as("name_en of %s", r[0]).isNotBlank());
        rows.forEach(r -> assertThat(r[2]).as("name_ar of %s", r[0]).isNotBlank());
    }

    @Test
    void wilayatCodesAreUniqueAndStartWithTheirGovernorate() {
        assertThat(boundaries.wilayats()).extracting(Wilayat::code).doesNotHaveDuplicates();
        for (Wilayat wilayat : boundaries.wilayats()) {
            assertThat(wilayat.code()).matches("OM-[A-Z]{2}-[A-Z]{3}").startsWith(wilayat.governorateIso() + "-");
            assertThat(boundaries.governorate(wilayat.governorateIso())).isPresent();
        }
    }

    @Test
    void arabicNamesCarryNoAdministrativePrefix() {
        boundaries.wilayats().forEach(w -> assertThat(w.nameAr()).doesNotStartWith("ولاية"));
        boundaries.governorates().forEach(g -> assertThat(g.nameAr()).doesNotStartWith("محافظة"));
    }

    @Test
    void usesTheProjectSpellings() {
        assertThat(boundaries.wilayat("OM-MA-SEB")).get().extracting(Wilayat::nameEn, Wilayat::nameAr)
                .containsExactly("As Seeb", "السيب");
        assertThat(boundaries.governorate("OM-SJ")).get().extracting(Governorate::nameEn)
                .isEqualTo("South Ash Sharqiyah");
    }

    @ParameterizedTest(name = "{0} is in {3}")
    @CsvSource({
        "As Seeb,     58.190, 23.670, OM-MA-SEB",
        "Nizwa,       57.530, 22.930, OM-DA-NIZ",
        "Sohar,       56.710, 24.340, OM-BS-SOH",
        "Salalah,     54.090, 17.030, OM-ZU-SLL",
        "Khasab,      56.250, 26.180, OM-MU-KHS",
        "Madha,       56.320, 25.280, OM-MU-MDH",
    })
    void findsTheWilayatOfATown(String town, double lon, double lat, String code) {
        assertThat(boundaries.wilayatAt(lon, lat).code()).isEqualTo(code);
    }

    @ParameterizedTest(name = "{0} goes to {3}")
    @CsvSource({
        "3.7 km off Sohar,    56.780, 24.380, OM-BS-SOH",
        "2.7 km off Muscat,   58.600, 23.650, OM-MA-MSQ",
        "1.9 km off Salalah,  54.100, 16.980, OM-ZU-SLL",
    })
    void givesAPointInNoWilayatToTheNearest(String place, double lon, double lat, String code) {
        Point point = point(lon, lat);
        assertThat(boundaries.wilayats()).noneMatch(w -> w.geometry().covers(point));
        assertThat(boundaries.wilayatAt(lon, lat).code()).isEqualTo(code);
    }

    /** Al Hamra and Bahla overlap (one of the largest overlaps in the WOF wilayats). */
    @Test
    void givesAPointInTwoWilayatsToTheOneContainingItMostCentrally() {
        Wilayat hamra = boundaries.wilayat("OM-DA-HAM").orElseThrow();
        Wilayat bahla = boundaries.wilayat("OM-DA-BAH").orElseThrow();
        Point inBoth = hamra.geometry().intersection(bahla.geometry()).getInteriorPoint();
        assertThat(hamra.geometry().covers(inBoth) && bahla.geometry().covers(inBoth)).isTrue();
        double depthInHamra = hamra.geometry().getBoundary().distance(inBoth);
        double depthInBahla = bahla.geometry().getBoundary().distance(inBoth);
        Wilayat deeper = depthInHamra > depthInBahla ? hamra : bahla;
        assertThat(boundaries.wilayatAt(inBoth.getX(), inBoth.getY())).isEqualTo(deeper);
    }

    private static Point point(double lon, double lat) {
        return boundaries.country().getFactory().createPoint(new Coordinate(lon, lat));
    }

    private static JsonNode readJson(String resource) throws IOException {
        try (InputStream in = AdminBoundariesUnitTests.class.getResourceAsStream(resource)) {
            return JsonMapper.builder().build().readTree(in);
        }
    }

    private static List<String[]> readCsv(String resource) throws IOException {
        try (var reader = new BufferedReader(new InputStreamReader(
                AdminBoundariesUnitTests.class.getResourceAsStream(resource), StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).map(line -> line.split(",", -1)).toList();
        }
    }
}
