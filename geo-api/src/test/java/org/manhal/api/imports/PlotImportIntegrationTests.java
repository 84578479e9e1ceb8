package org.manhal.api.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.manhal.api.imports.ImportFixtures.errors;
import static org.manhal.api.imports.PolygonFiles.E0;
import static org.manhal.api.imports.PolygonFiles.N0;
import static org.manhal.api.imports.PolygonFiles.rect;
import static org.manhal.api.imports.WellImportProblemsIntegrationTests.assertProblem;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.manhal.api.security.Role;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.Gdal;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.Uploads;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/plots/import} on the real PostGIS with files GDAL made: GeoPackage, zipped
 * Shapefile and GeoJSON; the plots drawn in UTM 40N metres (so that areas are exact by
 * construction) or in lon/lat; every rejection reason; the modes and the existing rows.
 */
@ManhalApiTest
class PlotImportIntegrationTests {

    static final String HEADER = "wkt,plotNumber,wilayat,ownerName,ownerCivilId,streetFrontage";
    static final String UTM40 = "EPSG:32640";

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    final ApiClient api;

    PlotImportIntegrationTests(ApiClient api) {
        this.api = api;
    }

    @Test
    void importsAGeoPackageInUtmWithAHoleAConcaveAMultiPolygonAndASlashedNumber() {
        String hole = "POLYGON((613000 2605700,613030 2605700,613030 2605740,613000 2605740,613000 2605700),"
                + "(613010 2605710,613020 2605710,613020 2605720,613010 2605720,613010 2605710))";
        String concave = "POLYGON((613100 2605700,613140 2605700,613140 2605710,613110 2605710,613110 2605740,613100 2605740,613100 2605700))";
        String multi = "MULTIPOLYGON(((613200 2605700,613220 2605700,613220 2605730,613200 2605730,613200 2605700)))";
        byte[] gpkg = PolygonFiles.geoPackage(dir, UTM40, HEADER,
                "\"" + hole + "\",G-215/3,,Owner One,11111111,\"LINESTRING(613000 2605700,613030 2605700)\"",
                "\"" + concave + "\",G-2,,,,",
                "\"" + multi + "\",G-3,,,,");

        Response r = upload("mode=all-or-nothing", "plots.gpkg", gpkg);

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        JsonNode job = r.json();
        assertThat(job.path("kind").asString()).isEqualTo("PLOT_IMPORT");
        assertThat(job.path("format").asString()).isEqualTo("gpkg");
        assertThat(job.path("rowsImported").asLong()).isEqualTo(3);
        assertThat(job.path("outcome").asString()).isEqualTo("ALL_IMPORTED");
        String wilayat = wilayatAt(E0 + 15, N0 + 5);
        assertThat(area(wilayat, "G-215/3")).isEqualTo(1_100.00);   // 30 × 40 less the 10 × 10 hole
        assertThat(area(wilayat, "G-2")).isEqualTo(700.00);         // 40 × 10 + 10 × 30
        assertThat(area(wilayat, "G-3")).isEqualTo(600.00);
        assertThat(jdbc.sql("select ST_NumInteriorRings(geom) from plot where plot_number = 'G-215/3'").query(Integer.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from plot where import_job_id = ?::uuid").param(job.path("id").asString())
                .query(Long.class).single()).isEqualTo(3);

        JsonNode plot = api.get("/api/plots/" + wilayat + "/G-215/3").json();
        assertThat(plot.path("properties").path("plotNumber").asString()).as(plot.toString()).isEqualTo("G-215/3");
        assertThat(plot.toString()).contains("Owner One").contains("11111111");
        assertThat(jdbc.sql("select ST_NumGeometries(street_frontage) from plot where plot_number = 'G-215/3'")
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void landsAUtm40nShapefileWherePrjSays() {
        byte[] zip = PolygonFiles.zippedShapefile(dir, UTM40, HEADER, "\"" + rect(1000, 0, 20, 25) + "\",S-1,,,,");

        Response r = upload("mode=all-or-nothing", "plots.zip", zip);

        assertThat(r.json().path("rowsImported").asLong()).as(r.body()).isEqualTo(1);
        String[] expected = Gdal.run("sh", "-c", String.format(Locale.ROOT,
                "echo '%s %s' | gdaltransform -s_srs EPSG:32640 -t_srs EPSG:4326 -output_xy", E0 + 1000, N0)).trim().split("\\s+");
        // the corner (E0 + 1000, N0) is a vertex of the stored polygon, where PROJ's command line puts it
        double nearest = jdbc.sql("""
                select min(ST_Distance(d.geom, ST_SetSRID(ST_MakePoint(?, ?), 4326)))
                  from plot p, ST_DumpPoints(p.geom) d where p.plot_number = 'S-1'""")
                .params(Double.parseDouble(expected[0]), Double.parseDouble(expected[1])).query(Double.class).single();
        assertThat(nearest).isLessThan(1e-9);
        assertThat(area(wilayatAt(E0 + 1010, N0 + 10), "S-1")).isEqualTo(500.00);
    }

    @Test
    void readsAGeoJsonWithoutCrsInTheCrsParameterAndMeasuresWestOf54InUtm39() {
        double e = 800_000;
        double n = 1_900_000;   // about 53.85°E, 17.2°N (Dhofar)
        String plot = String.format(Locale.ROOT, "POLYGON((%1$s %2$s,%3$s %2$s,%3$s %4$s,%1$s %4$s,%1$s %2$s))", e, n, e + 30, n + 40);
        byte[] geoJson = PolygonFiles.geoJson(dir, null, HEADER, "\"" + plot + "\",U39-1,,,,");
        assertThat(new String(geoJson, StandardCharsets.UTF_8)).doesNotContain("\"crs\"");

        Response r = upload("mode=all-or-nothing&crs=EPSG:32639", "plots.geojson", geoJson);

        assertThat(r.json().path("rowsImported").asLong()).as(r.body()).isEqualTo(1);
        String[] expected = Gdal.run("sh", "-c", String.format(Locale.ROOT,
                "echo '%s %s' | gdaltransform -s_srs EPSG:32639 -t_srs EPSG:4326 -output_xy", e, n)).trim().split("\\s+");
        assertThat(jdbc.sql("""
                select min(ST_Distance(d.geom, ST_SetSRID(ST_MakePoint(?, ?), 4326)))
                  from plot p, ST_DumpPoints(p.geom) d where p.plot_number = 'U39-1'""")
                .params(Double.parseDouble(expected[0]), Double.parseDouble(expected[1])).query(Double.class).single())
                .isLessThan(1e-9);
        assertThat(jdbc.sql("select area_m2 from plot where plot_number = 'U39-1'").query(Double.class).single())
                .isEqualTo(1_200.00);
    }

    @Test
    void writesNothingOfAJobThatFailsHalfWayAndAnswersAsyncUploadsWithTheJob() throws InterruptedException {
        byte[] whole = PolygonFiles.geoJson(dir, UTM40, HEADER,
                "\"" + rect(13000, 0, 20, 20) + "\",H-1,,,,", "\"" + rect(13100, 0, 20, 20) + "\",H-2,,,,");
        String text = new String(whole, StandardCharsets.UTF_8);
        byte[] broken = text.substring(0, text.indexOf("H-2") + 10).getBytes(StandardCharsets.UTF_8);

        Response r = upload("mode=valid-rows-only&async=true", "plots.geojson", broken);

        assertThat(r.status()).as(r.body()).isEqualTo(202);
        String location = java.net.URI.create(r.header("Location")).getPath();
        assertThat(location).startsWith("/api/jobs/");
        JsonNode job = api.get(location).json();
        for (int i = 0; i < 600 && !job.path("status").asString().matches("SUCCEEDED|FAILED"); i++) {
            Thread.sleep(100);
            job = api.get(location).json();
        }
        assertThat(job.path("status").asString()).as(job.toString()).isEqualTo("FAILED");
        assertThat(job.path("failure").path("code").asString()).isEqualTo("MALFORMED_JSON");
        assertThat(job.path("failure").path("messageAr").asString()).isNotBlank();
        assertThat(jdbc.sql("select count(*) from plot where plot_number like 'H-%'").query(Long.class).single()).isZero();
    }

    @Test
    void reportsEveryRejectionReasonOfAGeoJsonFileRowByRow() {
        double[] ll = lonLat(E0 + 3000, N0);
        String ok = lonLatRect(ll[0], ll[1]);
        String bowtie = String.format(Locale.ROOT, "POLYGON((%1$s %2$s,%3$s %4$s,%3$s %2$s,%1$s %4$s,%1$s %2$s))",
                ll[0] + 0.001, ll[1], ll[0] + 0.0013, ll[1] + 0.0003);
        String swapped = String.format(Locale.ROOT, "POLYGON((%2$s %1$s,%2$s %3$s,%4$s %3$s,%4$s %1$s,%2$s %1$s))",
                ll[0] + 0.002, ll[1], ll[0] + 0.0023, ll[1] + 0.0003);
        String outside = "POLYGON((10 10,10.001 10,10.001 10.001,10 10.001,10 10))";
        String twoParts = String.format(Locale.ROOT, "MULTIPOLYGON(((%1$s %2$s,%3$s %2$s,%3$s %4$s,%1$s %4$s,%1$s %2$s)),"
                + "((%5$s %2$s,%6$s %2$s,%6$s %4$s,%5$s %4$s,%5$s %2$s)))",
                ll[0] + 0.003, ll[1], ll[0] + 0.0031, ll[1] + 0.0001, ll[0] + 0.0035, ll[0] + 0.0036);
        String point = String.format(Locale.ROOT, "POINT(%s %s)", ll[0], ll[1]);
        String offPlot = String.format(Locale.ROOT, "LINESTRING(%s %s,%s %s)", ll[0] + 0.009, ll[1] - 0.0005, ll[0] + 0.0092, ll[1] - 0.0005);
        byte[] geoJson = PolygonFiles.geoJson(dir, "EPSG:4326", HEADER,
                "\"" + ok + "\",J-1,,,,",                                  // 1 valid
                "\"" + bowtie + "\",J-2,,,,",                              // 2 self-intersection
                "\"" + swapped + "\",J-3,,,,",                             // 3 lat/lon swapped
                "\"" + outside + "\",J-4,,,,",                             // 4 outside Oman
                "\"" + lonLatRect(ll[0] + 0.004, ll[1]) + "\",J-5,OM-XX-NOPE,,,",   // 5 unknown wilayat
                "\"" + lonLatRect(ll[0] + 0.005, ll[1]) + "\",J-1,,,,",    // 6 duplicate of line 1
                "\"" + lonLatRect(ll[0] + 0.006, ll[1]) + "\",,,,,",        // 7 no plot number
                "\"" + point + "\",J-8,,,,",                               // 8 a point
                "\"" + twoParts + "\",J-9,,,,",                            // 9 two parts
                "\"" + lonLatRect(ll[0] + 0.007, ll[1]) + "\",J 10!,,,,",   // 10 plot number with a space and '!'
                "\"" + lonLatRect(ll[0] + 0.008, ll[1]) + "\",J-11,,,99999999,",          // 11 civil ID without a name
                "\"" + lonLatRect(ll[0] + 0.009, ll[1]) + "\",J-12,,,,\"" + offPlot + "\"",   // 12 frontage 50 m off the plot
                "\"" + lonLatRect(ll[0] + 0.010, ll[1]) + "\",J-13,,,,not wkt");           // 13 frontage unreadable

        Response r = upload("mode=valid-rows-only", "plots.geojson", geoJson);

        assertThat(errors(r)).as(r.body()).containsExactly(
                "10 plotNumber INVALID_PLOT_NUMBER", "11 owner.name REQUIRED", "12 streetFrontage FRONTAGE_NOT_ON_BOUNDARY",
                "13 streetFrontage INVALID_FRONTAGE", "2 geometry SELF_INTERSECTION", "3 geometry LAT_LON_SWAPPED",
                "4 geometry OUTSIDE_OMAN", "5 wilayat UNKNOWN_WILAYAT", "6 plotNumber DUPLICATE_IN_FILE",
                "7 plotNumber REQUIRED", "8 geometry NOT_A_POLYGON", "9 geometry MULTIPART_PLOT");
        assertThat(r.json().path("rowsImported").asLong()).isEqualTo(1);
        assertThat(r.json().path("rowsRejected").asLong()).isEqualTo(12);
        JsonNode selfIntersection = error(r.json(), 2);
        assertThat(selfIntersection.path("message").asString()).contains("Self-intersection at [");
        assertThat(selfIntersection.path("messageAr").asString()).contains("تتقاطع");
        assertThat(error(r.json(), 6).path("message").asString()).contains("line 1");
    }

    @Test
    void rejectsWhatIsRegisteredOrReplacesItAsTheModeSays() {
        String[] rows = {"\"" + rect(5000, 0, 20, 20) + "\",R-1,,Owner R,22222222,", "\"" + rect(5100, 0, 20, 30) + "\",R-2,,,,"};
        Response first = upload("mode=valid-rows-only", "plots.gpkg", PolygonFiles.geoPackage(dir, UTM40, HEADER, rows));
        assertThat(first.json().path("rowsImported").asLong()).as(first.body()).isEqualTo(2);

        Response again = upload("mode=valid-rows-only", "plots.gpkg", PolygonFiles.geoPackage(dir, UTM40, HEADER, rows));
        assertThat(errors(again)).containsExactly("1 plotNumber ALREADY_REGISTERED", "2 plotNumber ALREADY_REGISTERED");
        assertThat(again.json().path("outcome").asString()).isEqualTo("NOTHING_IMPORTED");

        String[] moved = {rows[0], "\"" + rect(5100, 0, 20, 40) + "\",R-2,,,,"};
        Response replaced = upload("mode=all-or-nothing&existing=replace", "plots.gpkg",
                PolygonFiles.geoPackage(dir, UTM40, HEADER, moved));
        assertThat(replaced.json().path("rowsImported").asLong()).as(replaced.body()).isEqualTo(2);
        Response replacedAgain = upload("mode=all-or-nothing&existing=replace", "plots.gpkg",
                PolygonFiles.geoPackage(dir, UTM40, HEADER, moved));
        assertThat(replacedAgain.json().path("rowsImported").asLong()).isEqualTo(2);

        String wilayat = wilayatAt(E0 + 5010, N0 + 10);
        assertThat(jdbc.sql("select count(*) from plot where plot_number in ('R-1', 'R-2')").query(Long.class).single()).isEqualTo(2);
        assertThat(area(wilayat, "R-2")).isEqualTo(800.00);
        assertThat(jdbc.sql("select count(*) from plot_owner o join plot p on p.id = o.plot_id where p.plot_number = 'R-1'")
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select import_job_id::text from plot where plot_number = 'R-2'").query(String.class).single())
                .isEqualTo(replacedAgain.json().path("id").asString());
    }

    @Test
    void writesNothingOfAnAllOrNothingFileWithOneBadRow() {
        byte[] gpkg = PolygonFiles.geoPackage(dir, UTM40, HEADER,
                "\"" + rect(7000, 0, 20, 20) + "\",A-1,,Owner A,33333333,",
                "\"" + rect(7100, 0, 20, 20) + "\",A-2,OM-XX-NOPE,,,");

        Response r = upload("mode=all-or-nothing", "plots.gpkg", gpkg);

        assertThat(errors(r)).as(r.body()).containsExactly("2 wilayat UNKNOWN_WILAYAT");
        assertThat(r.json().path("rowsImported").asLong()).isZero();
        assertThat(jdbc.sql("select count(*) from plot where plot_number like 'A-%'").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from plot_owner where civil_id = '33333333'").query(Long.class).single()).isZero();
    }

    @Test
    void takesTheWilayatFromTheFileOrFromThePolygon() {
        String named = jdbc.sql("select code from admin_area where level = 'WILAYAT' order by code limit 1").query(String.class).single();
        byte[] gpkg = PolygonFiles.geoPackage(dir, UTM40, HEADER,
                "\"" + rect(9000, 0, 20, 20) + "\",W-1,,,,",
                "\"" + rect(9100, 0, 20, 20) + "\",W-2," + named.toLowerCase(Locale.ROOT) + ",,,");

        Response r = upload("mode=all-or-nothing", "plots.gpkg", gpkg);

        assertThat(r.json().path("rowsImported").asLong()).as(r.body()).isEqualTo(2);
        assertThat(wilayatOf("W-1")).isEqualTo(wilayatAt(E0 + 9010, N0 + 10));
        assertThat(wilayatOf("W-2")).isEqualTo(named);
    }

    @Test
    void refusesAFileThatIsNotWhatItClaims() {
        assertProblem(upload("mode=all-or-nothing", "plots.gpkg", "not a geopackage".getBytes(StandardCharsets.UTF_8)),
                "file", "NOT_A_GEOPACKAGE");
        assertProblem(upload("mode=all-or-nothing", "plots.zip", "not a zip".getBytes(StandardCharsets.UTF_8)),
                "file", "NOT_A_ZIP");
        assertProblem(upload("mode=all-or-nothing", "plots.geojson", "this is no JSON".getBytes(StandardCharsets.UTF_8)), "file", "MALFORMED_JSON");
        assertProblem(upload("mode=all-or-nothing", "plots.csv", "wkt,plotNumber\n\"POINT(1 1)\",1\n".getBytes(StandardCharsets.UTF_8)),
                "file", "NO_POLYGONS_IN_CSV");
        assertProblem(upload("mode=all-or-nothing&existing=merge", "plots.geojson", "{}".getBytes(StandardCharsets.UTF_8)),
                "existing", "UNKNOWN_VALUE");
    }

    @Test
    void isForTheAdminOnlyAndLeavesItsLineInTheAuditTrail() {
        byte[] gpkg = PolygonFiles.geoPackage(dir, UTM40, HEADER, "\"" + rect(11000, 0, 20, 20) + "\",T-1,,,,");
        Response staff = Uploads.upload(api.as(Role.STAFF), "/api/plots/import", "mode=all-or-nothing", "plots.gpkg", gpkg);
        assertThat(staff.status()).isEqualTo(403);

        Response r = upload("mode=all-or-nothing", "plots.gpkg", gpkg);

        assertThat(r.json().path("rowsImported").asLong()).as(r.body()).isEqualTo(1);
        String requestId = r.header("X-Request-Id");
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'WRITE' and path = '/api/plots/import' and request_id = ?")
                .param(requestId).query(Long.class).single()).isEqualTo(1);
        JsonNode job = api.get("/api/jobs/" + r.json().path("id").asString()).json();
        assertThat(job.path("kind").asString()).isEqualTo("PLOT_IMPORT");
        assertThat(job.path("status").asString()).isEqualTo("SUCCEEDED");
        UUID.fromString(job.path("id").asString());
    }

    private Response upload(String query, String name, byte[] bytes) {
        return Uploads.upload(api, "/api/plots/import", query, name, bytes);
    }

    private static JsonNode error(JsonNode job, long line) {
        for (JsonNode e : job.path("errors")) {
            if (e.path("line").asLong() == line) {
                return e;
            }
        }
        throw new AssertionError("no error on line " + line + ": " + job);
    }

    /** A 0.0002° square at (lon, lat), about 20 m, as WKT. */
    private static String lonLatRect(double lon, double lat) {
        return String.format(Locale.ROOT, "POLYGON((%1$s %2$s,%3$s %2$s,%3$s %4$s,%1$s %4$s,%1$s %2$s))", lon, lat, lon + 0.0002, lat + 0.0002);
    }

    private double[] lonLat(double e, double n) {
        return jdbc.sql("select ST_X(p), ST_Y(p) from (select ST_Transform(ST_SetSRID(ST_MakePoint(?, ?), 32640), 4326) p) t")
                .params(e, n).query((rs, i) -> new double[] {rs.getDouble(1), rs.getDouble(2)}).single();
    }

    private String wilayatAt(double e, double n) {
        return jdbc.sql("select code from admin_area where id = wilayat_of(ST_Transform(ST_SetSRID(ST_MakePoint(?, ?), 32640), 4326))")
                .params(e, n).query(String.class).single();
    }

    private String wilayatOf(String plotNumber) {
        return jdbc.sql("select wilayat_code from plot where plot_number = ?").param(plotNumber).query(String.class).single();
    }

    private double area(String wilayat, String plotNumber) {
        return jdbc.sql("select area_m2 from plot where wilayat_code = ? and plot_number = ?").params(wilayat, plotNumber)
                .query(Double.class).single();
    }
}
