package org.manhal.api.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.Wells;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * No personal data in any published output: sentinel values put into wells' owner fields (name,
 * civil ID), a plot's number and owner, an application's applicant (name, civil ID) and the plot
 * number it names, and wells that are not published (proposed, illegal-detected, deleted), never
 * appear in a tile of any layer at several zooms, a TileJSON, an OGC API collection's items or
 * single items (JSON and HTML), the queryables or the OpenAPI descriptions, for the public (public
 * layers; every staff layer refused) and for staff (every layer). The same scan finds the
 * published well's registry number and, for staff, the application's reference, so it would find
 * a sentinel that leaked.
 */
@ManhalApiTest
class PublishedOutputsLeakIntegrationTests {

    private static final String NAME = "SENTINEL-NAME-7Q3Z";
    private static final String NAME_AR = "سالم-الحارس-٧٣";
    private static final String CIVIL_ID = "90817263";
    private static final String PLOT_NUMBER = "PLOTSENT-4471";
    private static final String APPLICANT = "SENTINEL-APPLICANT-K2W";
    private static final String APPLICANT_CIVIL_ID = "71625344";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LayerCatalogue catalogue;

    final ApiClient api;

    PublishedOutputsLeakIntegrationTests(ApiClient api) {
        this.api = api;
    }

    @Test
    void noPublishedOutputCarriesASentinelOrAnUnpublishedWell() throws Exception {
        double[] spot = Wells.freshSpot();
        String published = register(spot[0], spot[1], "ACTIVE", NAME);
        register(spot[0] + 0.0002, spot[1] + 0.0002, "ACTIVE", NAME_AR);
        List<String> unpublished = new ArrayList<>();
        unpublished.add(register(spot[0] + 0.0004, spot[1], "PROPOSED", NAME));
        unpublished.add(register(spot[0], spot[1] + 0.0004, "ILLEGAL_DETECTED", NAME));
        Response deleted = api.post("/api/wells", "application/geo+json", owned(spot[0] + 0.0006, spot[1], "ACTIVE", NAME));
        unpublished.add(deleted.json().get("properties").get("registryNumber").asString());
        assertThat(api.delete("/api/wells/" + deleted.json().get("id").asLong() + "?reason=leak+test",
                Map.of("If-Match", deleted.header("ETag"))).status()).isEqualTo(204);

        // a plot under the wells, with its number and owner; a zone over it; an application there
        // whose applicant and plot number are sentinels
        long plot = jdbc.sql("""
                insert into plot (wilayat_code, plot_number, geom, area_m2, source)
                values ((select code from admin_area where level = 'WILAYAT' order by code limit 1), ?,
                        ST_Expand(ST_SetSRID(ST_MakePoint(?, ?), 4326), 0.0008), 1234.5, 'leak test') returning id""")
                .params(PLOT_NUMBER, spot[0], spot[1]).query(Long.class).single();
        jdbc.sql("insert into plot_owner (plot_id, name, civil_id) values (?, ?, ?)").params(plot, NAME, CIVIL_ID).update();
        jdbc.sql("""
                insert into zone_rule (code, name_ar, name_en, permitted_uses, legal_reference, updated_by)
                values ('LEAK', 'منطقة', 'Zone', '{RESIDENTIAL}', 'test', 'test')""").update();
        jdbc.sql("insert into zone (code, geom, source) values ('LEAK', ST_Multi(ST_Expand(ST_SetSRID(ST_MakePoint(?, ?), 4326), 0.002)), 'test')")
                .params(spot[0], spot[1]).update();
        String application = submitApplication(spot[0] + 0.0003, spot[1] - 0.0003);
        jdbc.sql("update application set plot_wilayat = 'OM-MA-SEB', plot_number = ? where reference = ?")
                .params(PLOT_NUMBER, application).update();

        List<String> forbidden = new ArrayList<>(List.of(NAME, NAME_AR, CIVIL_ID, PLOT_NUMBER, APPLICANT, APPLICANT_CIVIL_ID));
        forbidden.addAll(unpublished);
        // as the public (public layers; the staff ones refused), and as an administrator (every layer)
        scanAll(api.anonymous(), spot, published, unpublished, forbidden);
        refused(api.anonymous(), spot);
        String staff = scanAll(api, spot, published, unpublished, forbidden);
        assertThat(staff).as("the staff scan saw the application").contains(application);
    }

    /** Every output of every staff layer is a 404 to the public, and carries none of its features. */
    private void refused(ApiClient caller, double[] spot) {
        for (LayerDefinition layer : catalogue.layers()) {
            if (layer.visibleTo(Audience.PUBLIC)) {
                continue;
            }
            int[] t = VectorTileIntegrationTests.tileOf(14, spot[0], spot[1]);
            for (String path : List.of("/tiles/" + layer.id() + ".json", "/tiles/" + layer.id() + "/14/" + t[0] + "/" + t[1] + ".mvt",
                    "/ogc/collections/" + layer.id(), "/ogc/collections/" + layer.id() + "/items?limit=10000",
                    "/ogc/collections/" + layer.id() + "/queryables")) {
                assertThat(caller.get(path).status()).as(path).isEqualTo(404);
            }
        }
    }

    private String submitApplication(double lon, double lat) {
        String body = "{\"type\":\"WELL_DRILLING\",\"location\":{\"type\":\"Point\",\"coordinates\":[" + lon + "," + lat + "]},"
                + "\"proposed\":{\"type\":\"BOREHOLE\",\"use\":\"DOMESTIC\",\"depthM\":60,\"diameterMm\":150},"
                + "\"applicant\":{\"name\":\"" + APPLICANT + "\",\"civilId\":\"" + APPLICANT_CIVIL_ID + "\",\"phone\":\"+968 9999 0042\"}}";
        Response r = api.send(java.net.http.HttpRequest.newBuilder(api.uri("/api/applications"))
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)),
                Map.of("Content-Type", "application/json", "Idempotency-Key", java.util.UUID.randomUUID().toString()));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("reference").asString();
    }

    private String scanAll(ApiClient caller, double[] spot, String published, List<String> unpublished, List<String> forbidden) {
        StringBuilder everything = new StringBuilder();
        Audience audience = caller == api ? Audience.STAFF : Audience.PUBLIC;
        for (LayerDefinition layer : catalogue.visibleTo(audience)) {
            everything.append(scan(caller, "/tiles/" + layer.id() + ".json", forbidden));
            for (int z : new int[] {0, 4, 8, 11, 12, 14, 16}) {
                int[] t = VectorTileIntegrationTests.tileOf(z, spot[0], spot[1]);
                everything.append(scanBytes(caller, "/tiles/" + layer.id() + "/" + z + "/" + t[0] + "/" + t[1] + ".mvt", forbidden));
            }
            for (String f : new String[] {"json", "html"}) {
                everything.append(scan(caller, "/ogc/collections/" + layer.id() + "/items?limit=10000&f=" + f, forbidden));
                everything.append(scan(caller, "/ogc/collections/" + layer.id() + "?f=" + f, forbidden));
            }
            everything.append(scan(caller, "/ogc/collections/" + layer.id() + "/queryables", forbidden));
        }
        for (String f : new String[] {"json", "html"}) {
            everything.append(scan(caller, "/ogc/collections/wells/items/" + published + "?f=" + f, forbidden));
        }
        for (String number : unpublished) {
            assertThat(caller.get("/ogc/collections/wells/items/" + number).status()).as(number).isEqualTo(404);
        }
        everything.append(scan(caller, "/ogc/api", forbidden)).append(scan(caller, "/ogc?f=html", forbidden))
                .append(scan(caller, "/v3/api-docs", forbidden));
        // the scan reads what it should: the published well is there, in the tiles' bytes too
        assertThat(everything).contains(published);
        return everything.toString();
    }

    private static String scan(ApiClient caller, String path, List<String> forbidden) {
        Response r = caller.get(path);
        assertThat(r.status()).as(path).isEqualTo(200);
        forbidden.forEach(s -> assertThat(r.body()).as(path).doesNotContain(s));
        return r.body();
    }

    /** A tile, its bytes read as UTF-8: MVT keeps its strings as UTF-8, so a leaked value shows as it is. */
    private static String scanBytes(ApiClient caller, String path, List<String> forbidden) {
        return scan(caller, path, forbidden);
    }

    private String register(double lon, double lat, String status, String owner) {
        Response r = api.post("/api/wells", "application/geo+json", owned(lon, lat, status, owner));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        JsonNode p = r.json().get("properties");
        return p.get("registryNumber").asString();
    }

    private static String owned(double lon, double lat, String status, String owner) {
        return Wells.feature(lon, lat, "BOREHOLE", "DOMESTIC", status,
                "\"owner\":{\"name\":\"" + owner + "\",\"civilId\":\"" + CIVIL_ID + "\"}");
    }
}
