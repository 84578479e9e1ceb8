package org.manhal.api.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.manhal.api.imports.ImportFixtures.HEADER;
import static org.manhal.api.imports.ImportFixtures.csv;
import static org.manhal.api.imports.ImportFixtures.errors;
import static org.manhal.api.imports.ImportFixtures.row;
import static org.manhal.api.imports.ImportFixtures.wellsNear;

import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.Uploads;
import org.manhal.support.Wells;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Bulk import of CSV and GeoJSON against the real PostGIS: both modes, the report with every kind
 * of rejected row and its line, duplicates within the file and against the registry, UTM input.
 */
@ManhalApiTest
class WellImportIntegrationTests {

    @Autowired
    JdbcClient jdbc;

    final ApiClient api;
    double[] spot;

    WellImportIntegrationTests(ApiClient api) {
        this.api = api;
    }

    @BeforeEach
    void setUp() {
        spot = Wells.freshSpot();
    }

    private Response upload(String query, String fileName, String body) {
        return Uploads.upload(api, query, fileName, body);
    }

    @Test
    void importsEveryRowOfAValidCsvWithRegistryNumbersAndWilayats() {
        Response r = upload("mode=all-or-nothing", "wells.csv", csv(HEADER, row(spot, 0), row(spot, 1), row(spot, 2)));

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode job = r.json();
        assertThat(job.path("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(job.path("outcome").asString()).isEqualTo("ALL_IMPORTED");
        assertThat(job.path("rowsImported").asLong()).isEqualTo(3);
        assertThat(job.path("percent").asInt()).isEqualTo(100);
        assertThat(r.header("Location")).isEqualTo("/api/jobs/" + job.path("id").asString());
        assertThat(wellsNear(api, spot)).isEqualTo(3);
        JsonNode well = api.get("/api/wells?bbox=" + Wells.bboxAround(spot[0], spot[1])).json().path("features").get(0);
        assertThat(well.path("properties").path("registryNumber").asString()).matches("W-WU-\\d{4}-\\d{6,}");
        assertThat(well.path("properties").path("wilayat").path("code").asString()).startsWith("OM-WU-");
        assertThat(well.path("properties").path("depthM").asDouble()).isEqualTo(120.5);
        JsonNode history = api.get("/api/wells/" + well.path("id").asLong() + "/history").json();
        assertThat(history.path("changes").get(0).path("action").asString()).isEqualTo("REGISTERED");
    }

    /**
     * An import's one INSERT is recorded and counted by the statement-level triggers, like any
     * other write: each imported well has exactly one history row, whose image is
     * {@code well_json}'s, and every cell that holds it counts exactly the live wells the plain
     * spatial query finds there (a faster import path must keep both).
     */
    @Test
    void recordsAndCountsEachImportedWellExactlyOnce() {
        String header = "lon,lat,type,use,status,depthM,diameterMm,yieldM3PerDay,staticWaterLevelM,drilledOn,"
                + "ownerName,ownerCivilId,plotNumber,drillingContractor,pumpType";
        String full = String.format(Locale.ROOT, "%.7f,%.7f,BOREHOLE,DOMESTIC,ACTIVE,80,150,12.5,30.25,2019-03-04,"
                + "\"سالم, \"\"الابن\"\"\",12345678,P-7,Al Wadi Drilling,SUBMERSIBLE", spot[0] + 0.003, spot[1]);
        Response r = upload("mode=all-or-nothing", "wells.csv", csv(header, full,
                row(spot, 0) + ",,,,,,,", row(spot, 1) + ",,,,,,,"));

        assertThat(r.json().path("rowsImported").asLong()).as(r.body()).isEqualTo(3);
        assertThat(wellsNearSpot(false)).isEqualTo(3);
        assertThat(wellsNearSpot(true)).as("new wells with exactly one history row, the trigger's image").isEqualTo(3);
        for (int k = 0; k <= 8; k++) {
            assertThat(countedInCellOf(k, spot)).as("level %d", k).isEqualTo(wellsInCellOf(k, spot));
        }
        assertThat(jdbc.sql("select sum(n) from well_count where cell = 0").query(Long.class).single())
                .isEqualTo(jdbc.sql("select count(*) from well where deleted_at is null").query(Long.class).single());
    }

    /** Wells within about 0.01° of the spot; if {@code recorded}, only those with exactly one history row, the well's image. */
    private long wellsNearSpot(boolean recorded) {
        return jdbc.sql("""
                select count(*) from well w
                 where w.geom && ST_Expand(ST_SetSRID(ST_MakePoint(:x, :y), 4326), 0.01)
                   and (not :recorded
                        or (select count(*) from well_history h where h.well_id = w.id) = 1
                           and exists (select 1 from well_history h where h.well_id = w.id and h.action = 'REGISTERED'
                                          and h.version = w.version and h.old_values is null
                                          and h.new_values::text = well_json(w)::text))""")
                .param("x", spot[0]).param("y", spot[1]).param("recorded", recorded).query(Long.class).single();
    }

    private long countedInCellOf(int k, double[] at) {
        return jdbc.sql("""
                select coalesce(sum(n), 0) from well_count
                 where cell = well_count_cell(:k, ST_SetSRID(ST_MakePoint(:x, :y), 4326))""")
                .param("k", k).param("x", at[0]).param("y", at[1]).query(Long.class).single();
    }

    /** The live wells in the level-k cell of a point, by the plain spatial query on the cell's square. */
    private long wellsInCellOf(int k, double[] at) {
        double size = Math.scalb(1.0, -k);
        double x0 = Math.floor(at[0] / size) * size;
        double y0 = Math.floor(at[1] / size) * size;
        return jdbc.sql("""
                select count(*) from well
                 where deleted_at is null and geom && ST_MakeEnvelope(:x0, :y0, :x1, :y1, 4326)
                   and ST_X(geom) >= :x0 and ST_X(geom) < :x1 and ST_Y(geom) >= :y0 and ST_Y(geom) < :y1""")
                .param("x0", x0).param("y0", y0).param("x1", x0 + size).param("y1", y0 + size)
                .query(Long.class).single();
    }

    @Test
    void allOrNothingImportsNothingWhenOneRowIsRejected() {
        String bad = row(spot, 2).replace("120.5", "-4");
        Response r = upload("mode=all-or-nothing", "wells.csv", csv(HEADER, row(spot, 0), row(spot, 1), bad));

        assertThat(r.json().path("outcome").asString()).isEqualTo("NOTHING_IMPORTED");
        assertThat(r.json().path("rowsImported").asLong()).isZero();
        assertThat(errors(r)).containsExactly("4 depthM NEGATIVE");
        assertThat(wellsNear(api, spot)).isZero();
    }

    @Test
    void validRowsOnlyImportsTheValidRowsAndReportsTheOthers() {
        String bad = row(spot, 2).replace("AGRICULTURAL", "GOLF");
        Response r = upload("mode=valid-rows-only", "wells.csv", csv(HEADER, row(spot, 0), bad, row(spot, 1)));

        assertThat(r.json().path("outcome").asString()).isEqualTo("VALID_ROWS_IMPORTED");
        assertThat(r.json().path("rowsImported").asLong()).isEqualTo(2);
        assertThat(r.json().path("rowsRejected").asLong()).isEqualTo(1);
        JsonNode e = r.json().path("errors").get(0);
        assertThat(e.path("line").asLong()).isEqualTo(3);
        assertThat(e.path("code").asString()).isEqualTo("UNKNOWN_VALUE");
        assertThat(e.path("message").asString()).contains("GOLF");
        assertThat(e.path("messageAr").asString()).contains("GOLF");
        assertThat(wellsNear(api, spot)).isEqualTo(2);
    }

    @Test
    void reportsEveryKindOfRejectedRowWithItsLineNumber() {
        Response registered = api.post("/api/wells", "application/geo+json", Wells.feature(spot[0] + 0.01, spot[1] + 0.01));
        String taken = registered.json().path("properties").path("registryNumber").asString();
        double[] utm = utm(spot[0] + 0.02, spot[1] + 0.02);
        String legacy = "LEGACY-" + UUID.randomUUID();
        String header = "lon,lat,coordinates,crs,registryNumber,type,use,status,depthM,diameterMm,yieldM3PerDay,"
                + "staticWaterLevelM,drilledOn,ownerCivilId,plotNumber,drillingContractor";
        String csv = csv(header,
                at(0) + ",,,,BOREHOLE,DOMESTIC,ACTIVE,100,200,50,,,,,",                                   // 2 valid
                "0,0,,,,BOREHOLE,DOMESTIC,ACTIVE,,,,,,,,",                                                // 3
                String.format(Locale.ROOT, "%.6f,%.6f,,,,BOREHOLE,DOMESTIC,ACTIVE,,,,,,,,", spot[1], spot[0]),  // 4
                "655000,2536000,,,,BOREHOLE,DOMESTIC,ACTIVE,,,,,,,,",                                     // 5
                "east,north,,,,BOREHOLE,DOMESTIC,ACTIVE,,,,,,,,",                                         // 6
                ",,,,,BOREHOLE,DOMESTIC,ACTIVE,,,,,,,,",                                                  // 7
                at(1) + ",,,,,DOMESTIC,ACTIVE,,,,,,,,",                                                   // 8
                at(2) + ",,,,BOREHOLE,DOMESTIC,ACTIVE,-5,3,deep,,,,,",                                     // 9
                at(3) + ",,,,BOREHOLE,DOMESTIC,ACTIVE,50,,,60,2020-02-30,12ab,,",                          // 10
                at(4) + ",,,,BOREHOLE,DOMESTIC,ACTIVE,,,,,2999-01-01,,,",                                  // 11
                at(5) + ",,,,BOREHOLE,DOMESTIC,ACTIVE,,,,,,,\"" + "x".repeat(201) + "\",\"Al\nNoor\"",     // 12-13
                at(6) + ",,,,BOREHOLE,DOMESTIC,ACTIVE,,,,,,",                                             // 14
                ",,,EPSG:9999,,BOREHOLE,DOMESTIC,ACTIVE,,,,,,,,",                                         // 15
                ",,somewhere,,,BOREHOLE,DOMESTIC,ACTIVE,,,,,,,,",                                         // 16
                ",," + String.format(Locale.ROOT, "%.2f %.2f", utm[1], utm[0]) + ",EPSG:32640,,BOREHOLE,DOMESTIC,ACTIVE,,,,,,,,", // 17
                ",,100 100,EPSG:32640,,BOREHOLE,DOMESTIC,ACTIVE,,,,,,,,",                                  // 18
                at(0) + ",,,,BOREHOLE,DOMESTIC,ACTIVE,,,,,,,,",                                            // 19 duplicate of 2
                String.format(Locale.ROOT, "%.7f,%.7f,,,,BOREHOLE,DOMESTIC,ACTIVE,,,,,,,,", spot[0] + 0.01, spot[1] + 0.01), // 20
                at(7) + ",,," + taken + ",BOREHOLE,DOMESTIC,ACTIVE,,,,,,,,",                              // 21
                at(8) + ",,," + legacy + ",BOREHOLE,DOMESTIC,ACTIVE,,,,,,,,",                              // 22 valid
                at(9) + ",,," + legacy + ",BOREHOLE,DOMESTIC,ACTIVE,,,,,,,,",                              // 23
                at(10) + ",,,,BOREHOLE,DOMESTIC,ACTIVE,,,,,,,,\"never closed");                         // 24

        Response r = upload("mode=valid-rows-only", "wells.csv", csv);

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(errors(r)).containsExactlyInAnyOrder(
                "3 location OUTSIDE_OMAN", "4 location LAT_LON_SWAPPED", "5 location NOT_LON_LAT",
                "6 location INVALID_COORDINATES", "7 location REQUIRED", "8 type REQUIRED",
                "9 depthM NEGATIVE", "9 diameterMm OUT_OF_RANGE", "9 yieldM3PerDay NOT_A_NUMBER",
                "10 staticWaterLevelM BELOW_WELL_BOTTOM", "10 drilledOn INVALID_DATE", "10 owner.civilId INVALID_CIVIL_ID",
                "11 drilledOn IN_FUTURE", "12 plotNumber INVALID_TEXT", "14 row WRONG_FIELD_COUNT", "15 crs UNSUPPORTED_CRS",
                "16 location UNREADABLE_COORDINATES", "17 location EASTING_NORTHING_SWAPPED", "18 location OUTSIDE_CRS_AREA",
                "19 location DUPLICATE_IN_FILE", "20 location ALREADY_REGISTERED", "21 registryNumber ALREADY_REGISTERED",
                "23 registryNumber DUPLICATE_IN_FILE", "24 row UNTERMINATED_QUOTE");
        assertThat(r.json().path("rowsImported").asLong()).isEqualTo(2);
        assertThat(r.json().path("rowsTotal").asLong()).isEqualTo(22);
    }

    @Test
    void readsUtmRowsAndKeepsTheOriginalCoordinates() {
        double[] utm = utm(spot[0], spot[1]);
        String csv = csv("Easting;Northing;Well Type;Use;Status",
                String.format(Locale.ROOT, "%.2f;%.2f;borehole;public supply;active", utm[0], utm[1]));

        Response r = upload("mode=all-or-nothing&crs=EPSG:32640", "utm.csv", csv);

        assertThat(r.json().path("rowsImported").asLong()).as(r.body()).isEqualTo(1);
        JsonNode well = api.get("/api/wells?bbox=" + Wells.bboxAround(spot[0], spot[1])).json().path("features").get(0);
        assertThat(well.path("geometry").path("coordinates").get(0).asDouble()).isCloseTo(spot[0], within(1e-6));
        assertThat(well.path("geometry").path("coordinates").get(1).asDouble()).isCloseTo(spot[1], within(1e-6));
        assertThat(well.path("properties").path("use").asString()).isEqualTo("PUBLIC_SUPPLY");
        assertThat(well.path("properties").path("originalLocation").path("crs").asString()).isEqualTo("EPSG:32640");
    }

    @Test
    void importsGeoJsonFeaturesNumberedFromOne() {
        String geojson = """
                {"type":"FeatureCollection","features":[
                 %s,
                 {"type":"Feature","geometry":{"type":"LineString","coordinates":[[57,22],[57.1,22]]},"properties":{}},
                 %s,
                 {"type":"Feature","geometry":{"type":"Point","coordinates":[%.7f,%.7f]},"properties":{"type":"BOREHOLE","use":"DOMESTIC","status":"ACTIVE","owner":{"name":"سالم","civilId":"98765432"}}}
                ]}""".formatted(Wells.feature(spot[0], spot[1]),
                Wells.feature(spot[0] + 0.001, spot[1], "BOREHOLE", "DOMESTIC", "DRY", ""), spot[0] + 0.002, spot[1]);

        Response r = upload("mode=valid-rows-only", "wells.geojson", geojson);

        assertThat(errors(r)).as(r.body()).containsExactly("2 location NOT_A_POINT", "3 status UNKNOWN_VALUE");
        assertThat(r.json().path("rowsImported").asLong()).isEqualTo(2);
        assertThat(wellsNear(api, spot)).isEqualTo(2);
        assertThat(ownersNear(spot)).isEqualTo(1);
    }

    private long ownersNear(double[] at) {
        return jdbc.sql("select count(*) from well where owner_civil_id = '98765432' and geom && ST_Expand(ST_SetSRID(ST_MakePoint(?, ?), 4326), 0.01)")
                .params(at[0], at[1]).query(Long.class).single();
    }

    @Test
    void reportsAReimportedExportAsAlreadyRegistered() {
        upload("mode=all-or-nothing", "first.csv", csv(HEADER, row(spot, 0), row(spot, 1)));

        Response again = upload("mode=valid-rows-only", "again.csv", csv(HEADER, row(spot, 0), row(spot, 1)));

        assertThat(errors(again)).containsExactly("2 location ALREADY_REGISTERED", "3 location ALREADY_REGISTERED");
        assertThat(again.json().path("rowsImported").asLong()).isZero();
    }

    private String at(int i) {
        return String.format(Locale.ROOT, "%.7f,%.7f", spot[0] + i * 0.001, spot[1] - 0.005);
    }

    /** The point in WGS 84 / UTM 40N, by PostGIS. */
    private double[] utm(double lon, double lat) {
        return jdbc.sql("select ST_X(p), ST_Y(p) from (select ST_Transform(ST_SetSRID(ST_MakePoint(?, ?), 4326), 32640) p) t")
                .params(lon, lat).query((rs, n) -> new double[] {rs.getDouble(1), rs.getDouble(2)}).single();
    }
}
