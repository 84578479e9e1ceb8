package org.manhal.api.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.manhal.support.ApiClient;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.Gdal;
import org.manhal.support.Uploads;
import org.manhal.support.Wells;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Licences are importable: a {@code licences} CSV column in the compact form
 * {@code TYPE:NUMBER:ISSUED:EXPIRES;…} (or the API's JSON array), a {@code licences} GeoJSON
 * property as in the API (and a GeoPackage text field). They are stored with the well (read back through {@code GET
 * /api/wells/{id}}) and checked by the rules of a registration, with its codes, plus uniqueness
 * across the registry and within the file.
 */
@ManhalApiTest
class WellImportLicencesIntegrationTests {

    private static final String HEADER = ImportFixtures.HEADER + ",drillingContractor,licences";

    @Autowired
    JdbcClient jdbc;

    final ApiClient api;

    WellImportLicencesIntegrationTests(ApiClient api) {
        this.api = api;
    }
    String tag;

    @BeforeEach
    void setUp() {
        tag = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void importsCsvLicencesInTheCompactFormAndAsJson() {
        double[] spot = Wells.freshSpot();
        String csv = ImportFixtures.csv(HEADER,
                row(spot, 0, "NEW_WELL:WL-" + tag + "-1:2019-01-10:2029-01-09;deepening:WL-" + tag + "-2:2023-05-01"),
                row(spot, 1, ""),
                row(spot, 2, "\"[{\"\"number\"\": \"\"WL-" + tag + "-3\"\", \"\"type\"\": \"\"REPLACEMENT\"\", \"\"issuedOn\"\": \"\"2020-02-29\"\"}]\""));

        Response r = Uploads.upload(api, "mode=all-or-nothing", "licences.csv", csv);

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(r.json().path("rowsImported").asLong()).as(r.body()).isEqualTo(3);
        assertThat(r.json().path("ignoredColumns")).isEmpty();
        List<JsonNode> wells = wellsOf(tag);
        assertThat(licences(wells.get(0))).containsExactly(
                "WL-" + tag + "-1 NEW_WELL 2019-01-10 2029-01-09", "WL-" + tag + "-2 DEEPENING 2023-05-01 null");
        assertThat(licences(wells.get(1))).isEmpty();
        assertThat(licences(wells.get(2))).containsExactly("WL-" + tag + "-3 REPLACEMENT 2020-02-29 null");
        // a registration with one of the imported numbers is refused: they are in the registry
        Response taken = api.post("/api/wells", "application/geo+json", Wells.feature(spot[0] + 0.01, spot[1] + 0.01,
                "BOREHOLE", "AGRICULTURAL", "ACTIVE", "\"licences\":[{\"number\":\"WL-" + tag + "-3\",\"type\":\"NEW_WELL\"}]"));
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.body()).contains("LICENCE_NUMBER_TAKEN");
    }

    @Test
    void importsGeoJsonLicencesAsTheApiWritesThem() {
        double[] spot = Wells.freshSpot();
        String geojson = String.format(Locale.ROOT, """
                {"type": "FeatureCollection", "features": [
                 {"type": "Feature", "geometry": {"type": "Point", "coordinates": [%.7f, %.7f]},
                  "properties": {"type": "BOREHOLE", "use": "AGRICULTURAL", "status": "ACTIVE", "drillingContractor": "%s",
                                 "licences": [{"number": "GL-%s-1", "type": "NEW_WELL", "issuedOn": "2018-03-04", "expiresOn": "2028-03-03"},
                                              {"number": "GL-%s-2", "type": "MAINTENANCE", "issuedOn": null, "expiresOn": null}]}},
                 {"type": "Feature", "geometry": {"type": "Point", "coordinates": [%.7f, %.7f]},
                  "properties": {"type": "BOREHOLE", "use": "AGRICULTURAL", "status": "ACTIVE", "drillingContractor": "%s",
                                 "licences": "WIDENING:GL-%s-3"}}]}""",
                spot[0], spot[1], contractor(tag), tag, tag, spot[0] + 0.001, spot[1], contractor(tag), tag);

        Response r = Uploads.upload(api, "mode=all-or-nothing", "licences.geojson", geojson);

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("rowsImported").asLong()).as(r.body()).isEqualTo(2);
        List<JsonNode> wells = wellsOf(tag);
        assertThat(licences(wells.get(0))).containsExactly("GL-" + tag + "-1 NEW_WELL 2018-03-04 2028-03-03",
                "GL-" + tag + "-2 MAINTENANCE null null");
        assertThat(licences(wells.get(1))).containsExactly("GL-" + tag + "-3 WIDENING null null");
        // the import is recorded in the history like any registration, licences included
        JsonNode history = api.get("/api/wells/" + wells.get(0).get("id").asLong() + "/history").json();
        assertThat(history.get("changes").get(0).get("newValues").get("licences")).hasSize(2);
    }

    @Test
    void importsGeoPackageLicencesFromATextField(@TempDir Path dir) throws IOException {
        double[] spot = Wells.freshSpot();
        String csv = ImportFixtures.csv(HEADER,
                row(spot, 0, "BACKFILL:PL-" + tag + "-1:2021-07-01"),
                row(spot, 1, "\"[{\"\"number\"\": \"\"PL-" + tag + "-2\"\", \"\"type\"\": \"\"NEW_WELL\"\"}]\""));
        Path gpkg = Gdal.fromCsv(dir, csv, "lon", "lat", "EPSG:4326", "GPKG", "wells.gpkg");

        Response r = Uploads.upload(api, "mode=all-or-nothing", "wells.gpkg", Files.readAllBytes(gpkg));

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(r.json().path("rowsImported").asLong()).as(r.body()).isEqualTo(2);
        List<JsonNode> wells = wellsOf(tag);
        assertThat(licences(wells.get(0))).containsExactly("PL-" + tag + "-1 BACKFILL 2021-07-01 null");
        assertThat(licences(wells.get(1))).containsExactly("PL-" + tag + "-2 NEW_WELL null null");
    }

    @Test
    void reportsInvalidLicencesPerRowWithTheRegistrationsCodes() {
        double[] spot = Wells.freshSpot();
        String taken = "TL-" + tag + "-taken";
        Response registered = api.post("/api/wells", "application/geo+json", Wells.feature(spot[0] + 0.02, spot[1] + 0.02,
                "BOREHOLE", "AGRICULTURAL", "ACTIVE", "\"licences\":[{\"number\":\"" + taken + "\",\"type\":\"NEW_WELL\"}]"));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String n = "IL-" + tag;
        String csv = ImportFixtures.csv(HEADER,
                row(spot, 0, "GOLF:" + n + "-1"),                                  // line 2
                row(spot, 1, "NEW_WELL:" + n + "-2:2020-02-30"),                   // line 3
                row(spot, 2, "NEW_WELL:" + n + "-3:2022-01-01:2021-01-01"),        // line 4
                row(spot, 3, "NEW_WELL:" + n + "-4;DEEPENING:" + n + "-4"),        // line 5
                row(spot, 4, "NEW_WELL:"),                                         // line 6
                row(spot, 5, "NEW_WELL:" + taken),                                 // line 7
                row(spot, 6, "NEW_WELL:" + n + "-8"),                              // line 8
                row(spot, 7, "DEEPENING:" + n + "-8"),                             // line 9
                row(spot, 8, "NEW_WELL"),                                          // line 10
                row(spot, 9, "\"[{\"\"number\"\": 7}]\""),                         // line 11
                row(spot, 10, ":" + n + "-12"),                                    // line 12
                row(spot, 11, "NEW_WELL:" + n + "-13:2020-01-01:2030-01-01"));     // line 13: valid

        Response r = Uploads.upload(api, "mode=valid-rows-only", "bad-licences.csv", csv);

        assertThat(r.status()).as(r.body()).isEqualTo(200);
        assertThat(ImportFixtures.errors(r)).containsExactlyInAnyOrder(
                "2 licences[0].type UNKNOWN_VALUE",
                "3 licences[0].issuedOn INVALID_DATE",
                "4 licences[0].expiresOn EXPIRES_BEFORE_ISSUE",
                "5 licences[1].number DUPLICATE_LICENCE",
                "6 licences[0].number INVALID_LICENCE_NUMBER",
                "7 licences[0].number LICENCE_NUMBER_TAKEN",
                "9 licences[0].number DUPLICATE_IN_FILE",
                "10 licences[0] INVALID_LICENCE_FORMAT",
                "11 licences[0].number NOT_A_STRING",
                "11 licences[0].type REQUIRED",
                "12 licences[0].type REQUIRED");
        assertThat(r.json().path("rowsImported").asLong()).isEqualTo(2);   // lines 8 and 13
        JsonNode error = r.json().path("errors").valueStream()
                .filter(e -> e.path("code").asString().equals("LICENCE_NUMBER_TAKEN")).findFirst().orElseThrow();
        assertThat(error.path("message").asString()).contains(taken).contains(registered.json().path("properties")
                .path("registryNumber").asString());
        assertThat(error.path("messageAr").asString()).contains("رقم الترخيص");

        // the same licences sent to POST /api/wells get the same codes
        assertThat(registrationCodes("[{\"number\":\"" + n + "-x1\",\"type\":\"GOLF\"}]")).contains("licences[0].type UNKNOWN_VALUE");
        assertThat(registrationCodes("[{\"number\":\"" + n + "-x2\",\"type\":\"NEW_WELL\",\"issuedOn\":\"2020-02-30\"}]"))
                .contains("licences[0].issuedOn INVALID_DATE");
        assertThat(registrationCodes("[{\"number\":\"" + n + "-x3\",\"type\":\"NEW_WELL\",\"issuedOn\":\"2022-01-01\","
                + "\"expiresOn\":\"2021-01-01\"}]")).contains("licences[0].expiresOn EXPIRES_BEFORE_ISSUE");
        assertThat(registrationCodes("[{\"number\":\"" + n + "-x4\",\"type\":\"NEW_WELL\"},{\"number\":\"" + n
                + "-x4\",\"type\":\"DEEPENING\"}]")).contains("licences[1].number DUPLICATE_LICENCE");
        assertThat(registrationCodes("[{\"type\":\"NEW_WELL\"}]")).contains("licences[0].number INVALID_LICENCE_NUMBER");
        assertThat(registrationCodes("[{\"number\":\"" + taken + "\",\"type\":\"NEW_WELL\"}]"))
                .contains("licences[0].number LICENCE_NUMBER_TAKEN");
        assertThat(registrationCodes("[{\"number\":7}]")).contains("licences[0].number NOT_A_STRING", "licences[0].type REQUIRED");
    }

    /** The errors POST /api/wells answers for these licences, as "field CODE" without "properties.". */
    private Set<String> registrationCodes(String licences) {
        double[] p = Wells.freshSpot();
        Response r = api.post("/api/wells", "application/geo+json",
                Wells.feature(p[0], p[1], "BOREHOLE", "AGRICULTURAL", "ACTIVE", "\"licences\":" + licences));
        assertThat(r.status()).as(r.body()).isEqualTo(400);
        Set<String> codes = new TreeSet<>();
        r.json().path("errors").forEach(e -> codes.add(e.path("field").asString().replaceFirst("^properties\\.", "")
                + " " + e.path("code").asString()));
        return codes;
    }

    private String row(double[] spot, int i, String licences) {
        return ImportFixtures.row(spot, i) + "," + contractor(tag) + "," + licences;
    }

    private static String contractor(String tag) {
        return "licence-test-" + tag;
    }

    /** The wells the test imported, as GET /api/wells/{id} answers them, in line order. */
    private List<JsonNode> wellsOf(String tag) {
        List<JsonNode> wells = new ArrayList<>();
        for (Long id : jdbc.sql("select id from well where drilling_contractor = ? order by registry_number")
                .param(contractor(tag)).query(Long.class).list()) {
            Response r = api.get("/api/wells/" + id);
            assertThat(r.status()).isEqualTo(200);
            wells.add(r.json());
        }
        return wells;
    }

    private static List<String> licences(JsonNode well) {
        List<String> list = new ArrayList<>();
        well.path("properties").path("licences").forEach(l -> list.add(l.path("number").asString() + " "
                + l.path("type").asString() + " " + text(l.path("issuedOn")) + " " + text(l.path("expiresOn"))));
        return list;
    }

    private static String text(JsonNode n) {
        return n.isNull() || n.isMissingNode() ? "null" : n.asString();
    }
}
