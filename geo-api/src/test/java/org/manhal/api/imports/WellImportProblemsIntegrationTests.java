package org.manhal.api.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.Uploads;

import tools.jackson.databind.JsonNode;

/**
 * Uploads that cannot be imported at all: a 400 problem+json in English and Arabic naming what is
 * wrong, before any job starts; a file that turns out broken half-way fails its job, writing nothing.
 */
@ManhalApiTest
class WellImportProblemsIntegrationTests {

    final ApiClient api;

    WellImportProblemsIntegrationTests(ApiClient api) {
        this.api = api;
    }

    @Test
    void refusesARequestWithoutFile() {
        Response r = api.send(HttpRequest.newBuilder(api.uri("/api/wells/import?mode=all-or-nothing"))
                .POST(HttpRequest.BodyPublishers.ofString("--b--\r\n")), Map.of("Content-Type", "multipart/form-data; boundary=b"));
        assertProblem(r, "file", "NO_FILE");
    }

    @Test
    void refusesAnEmptyFile() {
        assertProblem(upload("mode=all-or-nothing", "wells.csv", new byte[0]), "file", "EMPTY_FILE");
    }

    @Test
    void refusesAFileOfUnknownFormat() {
        assertProblem(upload("mode=all-or-nothing", "wells.bin", new byte[] {1, 2, 3, 4}), "file", "UNKNOWN_FORMAT");
    }

    @Test
    void refusesAnUnknownFormatParameter() {
        assertProblem(upload("mode=all-or-nothing&format=xlsx", "wells.csv", "lon,lat\n".getBytes()), "format", "UNKNOWN_VALUE");
    }

    @Test
    void refusesACsvThatIsNotText() {
        assertProblem(upload("mode=all-or-nothing", "wells.csv", new byte[] {'l', 'o', 'n', (byte) 0xC3, (byte) 0x28, '\n'}),
                "file", "UNREADABLE_CSV");
    }

    @Test
    void refusesACsvWithoutCoordinateColumns() {
        Response r = upload("mode=all-or-nothing", "wells.csv", "name,type,use\nx,BOREHOLE,DOMESTIC\n".getBytes());
        assertProblem(r, "file", "NO_COORDINATE_COLUMNS");
        assertThat(r.json().path("detail").asString()).contains("name, type, use");
    }

    @Test
    void refusesAZipWithoutShapefile() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("readme.txt"));
            zip.write("no shapefile here".getBytes());
            zip.closeEntry();
        }
        assertProblem(upload("mode=all-or-nothing", "wells.zip", bytes.toByteArray()), "file", "NO_SHAPEFILE");
    }

    @Test
    void refusesAMissingOrUnknownMode() {
        assertProblem(upload("", "wells.csv", "lon,lat\n".getBytes()), "mode", "REQUIRED");
        assertProblem(upload("mode=some", "wells.csv", "lon,lat\n".getBytes()), "mode", "UNKNOWN_VALUE");
    }

    @Test
    void refusesAnUnknownCrsParameter() {
        assertProblem(upload("mode=all-or-nothing&crs=EPSG:2154", "wells.csv", "x,y\n1,2\n".getBytes()), "crs", "UNSUPPORTED_CRS");
    }

    @Test
    void refusesGeoJsonThatIsNoFeatureCollection() {
        assertProblem(upload("mode=all-or-nothing", "w.geojson", "{\"type\":\"Feature\",\"geometry\":null}".getBytes()),
                "file", "NOT_A_FEATURE_COLLECTION");
    }

    @Test
    void failsTheJobOfAGeoJsonFileBrokenHalfWay() {
        String broken = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\","
                + "\"coordinates\":[56,20]},\"properties\":{\"type\":\"BOREHOLE\"}}, {\"type\":";
        Response r = upload("mode=valid-rows-only", "w.geojson", broken.getBytes());
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().path("status").asString()).isEqualTo("FAILED");
        assertThat(r.json().path("failure").path("code").asString()).isEqualTo("MALFORMED_JSON");
        assertThat(r.json().path("failure").path("messageAr").asString()).isNotBlank();
        assertThat(r.json().path("rowsImported").asLong()).isZero();
    }

    private Response upload(String query, String name, byte[] bytes) {
        return Uploads.upload(api, query, name, bytes);
    }

    static void assertProblem(Response r, String field, String code) {
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        JsonNode error = r.json().path("errors").get(0);
        assertThat(error.path("field").asString()).isEqualTo(field);
        assertThat(error.path("code").asString()).isEqualTo(code);
        assertThat(error.path("messageAr").asString()).isNotBlank();
    }
}
