package org.manhal.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.manhal.support.ApiClient;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.Uploads;
import org.manhal.support.Wells;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Real requests, good and bad, to every family of routes: each answer's status must be one the
 * description lists for the operation, its content type one listed for that status, and a JSON
 * body must validate against the declared schema. The last test shows that the check refuses what
 * the description does not allow.
 */
@ManhalApiTest
class OpenApiConformanceIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    final ApiClient api;
    OpenApiDescription description;

    OpenApiConformanceIntegrationTests(ApiClient api) {
        this.api = api;
    }

    @BeforeEach
    void setUp() {
        description = OpenApiDescription.fetch(api);
    }

    /** The answer has the status this test expects, and the description allows it. */
    private Response expect(int status, String method, String path, Response r) {
        assertThat(r.status()).as("%s %s: %s", method, path, r).isEqualTo(status);
        assertThat(description.violations(method, path, r)).as("%s %s answered %s", method, path, r).isEmpty();
        return r;
    }

    private Response get(int status, String path) {
        return expect(status, "GET", path, api.get(path));
    }

    private Response post(int status, String path, String contentType, String body) {
        return expect(status, "POST", path, api.post(path, contentType, body));
    }

    private Response put(int status, String path, String contentType, String body, String ifMatch) {
        Map<String, String> headers = ifMatch == null ? Map.of("Content-Type", contentType)
                : Map.of("Content-Type", contentType, "If-Match", ifMatch);
        return expect(status, "PUT", path, api.put(path, body, headers));
    }

    private Response delete(int status, String path, String ifMatch) {
        return expect(status, "DELETE", path, api.delete(path, ifMatch == null ? Map.of() : Map.of("If-Match", ifMatch)));
    }

    private long registerWell() {
        double[] at = Wells.freshSpot();
        return post(201, "/api/wells", "application/geo+json", Wells.feature(at[0], at[1])).json().get("id").asLong();
    }

    @Test
    void wells() {
        double[] at = Wells.freshSpot();
        Response created = post(201, "/api/wells", "application/geo+json", Wells.feature(at[0], at[1]));
        long id = created.json().get("id").asLong();
        get(200, "/api/wells/" + id);
        get(200, "/api/wells?bbox=" + Wells.bboxAround(at[0], at[1]) + "&use=AGRICULTURAL&limit=10");
        get(200, "/api/wells?limit=1&offset=1");
        get(200, "/api/wells/" + id + "/history");
        String changed = Wells.feature(at[0], at[1], "BOREHOLE", "AGRICULTURAL", "STANDBY", "");
        put(200, "/api/wells/" + id, "application/geo+json", changed, "\"0\"");
        put(412, "/api/wells/" + id, "application/geo+json", changed, "\"0\"");
        delete(400, "/api/wells/" + id, null);
        delete(412, "/api/wells/" + id + "?reason=test", "\"0\"");
        delete(204, "/api/wells/" + id + "?reason=openapi%20conformance%20test", "\"1\"");
        get(410, "/api/wells/" + id);
        put(410, "/api/wells/" + id, "application/geo+json", changed, null);
        delete(410, "/api/wells/" + id + "?reason=again", null);
        get(200, "/api/wells/" + id + "/history");

        get(400, "/api/wells/not-a-number");
        get(404, "/api/wells/999999999999");
        get(404, "/api/wells/999999999999/history");
        get(400, "/api/wells?bbox=1,2,3&limit=0&use=GOLF");
        // a point in Nizwa with its axes swapped
        post(400, "/api/wells", "application/geo+json", Wells.feature(22.9333, 57.5301));
        post(400, "/api/wells", "application/json", "{\"type\":\"Feature\",\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[57,22],[57.1,22.1]]},\"properties\":{}}");
        post(400, "/api/wells", "application/json", "{not json");
        post(400, "/api/wells", "application/json", " ");
        post(415, "/api/wells", "text/plain", Wells.feature(at[0], at[1]));
        put(404, "/api/wells/999999999999", "application/geo+json", changed, null);
        put(415, "/api/wells/1", "text/plain", changed, null);
    }

    @Test
    void counts() {
        get(200, "/api/wells/count");
        Response grouped = get(200, "/api/wells/count?groupBy=governorate&use=AGRICULTURAL");
        assertThat(grouped.json().has("rows")).as(grouped.toString()).isTrue();
        get(400, "/api/wells/count?use=GOLF&governorate=OM-XX");
        String polygon = "{\"type\":\"Polygon\",\"coordinates\":[[[57.4,22.8],[57.7,22.8],[57.7,23.0],[57.4,23.0],[57.4,22.8]]]}";
        post(200, "/api/wells/count?groupBy=status", "application/geo+json", polygon);
        post(200, "/api/wells/count", "application/json",
                "{\"type\":\"Feature\",\"geometry\":" + polygon + ",\"properties\":{\"use\":\"AGRICULTURAL\"}}");
        post(400, "/api/wells/count", "application/geo+json", "{\"type\":\"Point\",\"coordinates\":[57.5,22.9]}");
        post(400, "/api/wells/count", "application/json", "[]");
        post(415, "/api/wells/count", "text/plain", polygon);
    }

    @Test
    void spacing() {
        String check = "{\"location\":{\"type\":\"Point\",\"coordinates\":[57.52,22.94]},"
                + "\"applicationType\":\"WELL_DRILLING\",\"use\":\"AGRICULTURAL\",\"yieldM3PerDay\":40}";
        Response verdict = post(200, "/api/checks/well-spacing", "application/json", check);
        assertThat(verdict.json().get("findings").size()).as("a check near Nizwa has findings to validate").isPositive();
        post(400, "/api/checks/well-spacing", "application/json",
                "{\"location\":{\"type\":\"Point\",\"coordinates\":[22.94,57.52]},\"applicationType\":\"FISHING\",\"yieldM3PerDay\":-1}");
        post(400, "/api/checks/well-spacing", "application/json", "[1]");
        post(415, "/api/checks/well-spacing", "text/plain", check);

        long id = registerWell();
        get(200, "/api/wells/" + id + "/findings");
        post(200, "/api/wells/" + id + "/findings", "application/json", "");
        get(404, "/api/wells/999999999999/findings");
        get(400, "/api/wells/x/findings");
        delete(204, "/api/wells/" + id + "?reason=openapi%20conformance%20test", null);
        post(410, "/api/wells/" + id + "/findings", "application/json", "");
        post(404, "/api/wells/999999999999/findings", "application/json", "");

        get(200, "/api/protected-features?kind=FALAJ_MOTHER_WELL,FALAJ_CHANNEL&bbox=57.3,22.8,57.9,23.5&limit=50");
        get(400, "/api/protected-features?kind=WPZ_RED");
        get(200, "/api/restricted-zones?limit=20");
        get(400, "/api/restricted-zones?limit=100000");
    }

    @Test
    void spacingRules() {
        Response list = get(200, "/api/spacing-rules");
        assertThat(list.json().get("rules").size()).isPositive();
        get(200, "/api/spacing-rules/OM-FALAJ-3500");
        get(200, "/api/spacing-rules/OM-FALAJ-3500/audit");
        get(404, "/api/spacing-rules/NO-SUCH-RULE");
        get(404, "/api/spacing-rules/NO-SUCH-RULE/audit");

        String id = "TEST-OPENAPI-" + UUID.randomUUID().toString().substring(0, 8);
        // retired from the start (enabled: false), and for a yield no other test uses: no check ever sees it
        String rule = "{\"applicationTypes\":[\"WELL_DRILLING\"],\"wellUses\":[\"INDUSTRIAL\"],"
                + "\"yieldClass\":{\"minM3PerDay\":4343,\"maxM3PerDay\":4344},\"targetKind\":\"FUEL_STATION\","
                + "\"operator\":\"MIN_DISTANCE\",\"distanceM\":100,\"outcome\":\"WARN\",\"legalReference\":\"test\","
                + "\"messageAr\":\"تبعد البئر {measured} م\",\"messageEn\":\"The well is {measured} m away\","
                + "\"configurableDefault\":true,\"enabled\":false}";
        put(200, "/api/spacing-rules/" + id, "application/json", rule, null);
        put(412, "/api/spacing-rules/" + id, "application/json", rule, "\"7\"");
        get(200, "/api/spacing-rules/" + id + "/audit");
        put(400, "/api/spacing-rules/" + id, "application/json", "{\"operator\":\"CLOSE_TO\"}", null);
        put(400, "/api/spacing-rules/" + id, "application/json", "\"a rule\"", null);
        put(415, "/api/spacing-rules/" + id, "application/geo+json", rule, null);
    }

    @Test
    void importJobs() {
        double[] spot = Wells.freshSpot();
        String csv = "lon,lat,type,use,status,golf\n"
                + String.format(Locale.ROOT, "%.7f,%.7f,BOREHOLE,AGRICULTURAL,ACTIVE,x%n", spot[0], spot[1])
                + String.format(Locale.ROOT, "%.7f,%.7f,BOREHOLE,GOLF,ACTIVE,y%n", spot[0] + 0.001, spot[1]);
        Response done = expect(200, "POST", "/api/wells/import", Uploads.upload(api, "mode=valid-rows-only", "wells.csv", csv));
        assertThat(done.json().get("errors").size()).as(done.toString()).isEqualTo(1);
        String job = done.json().get("id").asString();
        get(200, "/api/jobs/" + job);
        get(200, "/api/jobs/" + job + "?errorsOffset=1&errorsLimit=5");
        get(400, "/api/jobs/" + job + "?errorsLimit=0");
        get(404, "/api/jobs/" + UUID.randomUUID());
        get(404, "/api/jobs/not-a-uuid");

        double[] other = Wells.freshSpot();
        String one = String.format(Locale.ROOT, "lon,lat,type,use,status%n%.7f,%.7f,BOREHOLE,DOMESTIC,ACTIVE%n", other[0], other[1]);
        Response accepted = expect(202, "POST", "/api/wells/import", Uploads.upload(api, "mode=all-or-nothing&async=true", "one.csv", one));
        get(200, accepted.header("Location"));

        expect(400, "POST", "/api/wells/import", Uploads.upload(api, "format=xls", "wells.csv", csv));
        expect(400, "POST", "/api/wells/import", Uploads.upload(api, "mode=all-or-nothing", "empty.csv", ""));
        post(415, "/api/wells/import?mode=all-or-nothing", "application/json", "{}");
    }

    @Test
    void exports() {
        double[] at = Wells.freshSpot();
        post(201, "/api/wells", "application/geo+json", Wells.feature(at[0], at[1]));
        String box = Wells.bboxAround(at[0], at[1]);
        Response csv = get(200, "/api/wells/export?format=csv&bbox=" + box);
        assertThat(csv.body()).startsWith("id,registryNumber,lon,lat,");
        Response geojson = get(200, "/api/wells/export?format=geojson&bbox=" + box);
        assertThat(geojson.json().get("features").size()).isEqualTo(1);
        get(200, "/api/wells/export?format=geojson&within=" + java.net.URLEncoder.encode(String.format(Locale.ROOT,
                "POLYGON((%1$.4f %2$.4f,%3$.4f %2$.4f,%3$.4f %4$.4f,%1$.4f %4$.4f,%1$.4f %2$.4f))",
                at[0] - 0.01, at[1] - 0.01, at[0] + 0.01, at[1] + 0.01), java.nio.charset.StandardCharsets.UTF_8));
        get(403, "/api/wells/export?includePersonal=true");
        get(400, "/api/wells/export?format=xls&governorate=OM-XX&within=POINT(1%202)");
        String polygon = String.format(Locale.ROOT,
                "{\"type\":\"Polygon\",\"coordinates\":[[[%1$.4f,%2$.4f],[%3$.4f,%2$.4f],[%3$.4f,%4$.4f],[%1$.4f,%4$.4f],[%1$.4f,%2$.4f]]]}",
                at[0] - 0.01, at[1] - 0.01, at[0] + 0.01, at[1] + 0.01);
        Response within = post(200, "/api/wells/export?format=geojson", "application/geo+json", polygon);
        assertThat(within.json().get("features").size()).isEqualTo(1);
        post(400, "/api/wells/export?format=geojson", "application/geo+json", "{\"type\":\"Point\",\"coordinates\":[57,22]}");
        post(403, "/api/wells/export?includePersonal=true", "application/geo+json", polygon);
        post(415, "/api/wells/export", "text/plain", polygon);
    }

    @Test
    void referenceData() {
        Response areas = get(200, "/api/admin-areas?tolerance=0.05");
        assertThat(areas.json().get("features").size()).isPositive();
        get(200, "/api/admin-areas?level=COUNTRY&tolerance=0.1");
        get(400, "/api/admin-areas?level=VILLAGE&tolerance=1");
        get(400, "/api/admin-areas?tolerance=much");
        get(200, "/api/code-lists");
        get(200, "/api/map-config");
    }

    /** The check is no rubber stamp: answers the description does not allow are reported. */
    @Test
    void theCheckRefusesWhatTheDescriptionDoesNotAllow() {
        Map<String, List<String>> json = Map.of("Content-Type", List.of("application/json"));
        Map<String, List<String>> problem = Map.of("Content-Type", List.of("application/problem+json"));
        assertThat(description.violations("GET", "/api/map-config", new Response(418, json, "{}"))).isNotEmpty();
        assertThat(description.violations("GET", "/api/map-config", new Response(200, Map.of("Content-Type", List.of("text/html")), "<p>")))
                .isNotEmpty();
        assertThat(description.violations("GET", "/api/map-config", new Response(200, json, "{\"tiles\":true}"))).isNotEmpty();
        assertThat(description.violations("GET", "/api/map-config", new Response(200, json, "{}"))).isEmpty();
        assertThat(description.violations("PATCH", "/api/map-config", new Response(200, json, "{}"))).isNotEmpty();
        assertThat(description.violations("GET", "/api/wells/1", new Response(404, problem,
                "{\"type\":\"https://manhal.om/problems/deleted\",\"title\":\"Deleted\",\"titleAr\":\"محذوف\",\"status\":404}")))
                .as("a 404 must be a not-found problem").isNotEmpty();
        assertThat(description.violations("GET", "/api/wells/1", new Response(404, problem,
                "{\"type\":\"https://manhal.om/problems/not-found\",\"title\":\"Not found\",\"titleAr\":\"غير موجود\",\"status\":404}")))
                .isEmpty();

        JsonNode well = JSON.readTree("{\"type\":\"Feature\",\"id\":1,\"geometry\":{\"type\":\"Point\",\"coordinates\":[57,22]}}");
        assertThat(description.validate(OpenApiDescription.ref("WellFeature"), well)).as("properties are required").isNotEmpty();
        JsonNode listed = JSON.readTree(api.get("/api/wells?limit=1").body()).get("features").get(0);
        assertThat(description.validate(OpenApiDescription.ref("PublicWellFeature"), listed)).isEmpty();
        ((tools.jackson.databind.node.ObjectNode) listed.get("properties")).putObject("owner").put("name", "x");
        assertThat(description.validate(OpenApiDescription.ref("PublicWellFeature"), listed))
                .as("owner is personal data: never in a list").isNotEmpty();
    }
}
