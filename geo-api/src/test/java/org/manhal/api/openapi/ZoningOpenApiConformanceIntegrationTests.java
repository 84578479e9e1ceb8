package org.manhal.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.ManhalApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The zoning routes' answers, good and bad, against their description in /v3/api-docs (status,
 * content type, schema), on the sample district loaded with the sample data.
 */
@ManhalApiTest
class ZoningOpenApiConformanceIntegrationTests {

    final ApiClient api;
    @Autowired
    JdbcClient jdbc;

    ZoningOpenApiConformanceIntegrationTests(ApiClient api) {
        this.api = api;
    }

    private void expect(int status, String method, String path, Response r, OpenApiDescription d) {
        assertThat(r.status()).as("%s %s: %s", method, path, r).isEqualTo(status);
        assertThat(d.violations(method, path, r)).as("%s %s answered %s", method, path, r).isEmpty();
    }

    @Test
    void zoningAnswersMatchTheirDescription() {
        OpenApiDescription d = OpenApiDescription.fetch(api);
        String inset = jdbc.sql("select ST_AsGeoJSON(ST_Transform(ST_Buffer(ST_Transform(geom, 32640), -2, 'join=mitre'), 4326), 12)"
                + " from plot where plot_number = '3-1-10'").query(String.class).single();
        String check = "{\"plot\":{\"wilayat\":\"OM-MA-SEB\",\"plotNumber\":\"3-1-10\"},\"footprint\":" + inset
                + ",\"use\":\"COMMERCIAL\",\"floors\":5,\"heightM\":20}";
        Response verdict = api.post("/api/checks/zoning", "application/json", check);
        expect(200, "POST", "/api/checks/zoning", verdict, d);
        assertThat(verdict.json().get("findings").size()).as("findings of several kinds to validate").isGreaterThan(3);
        expect(400, "POST", "/api/checks/zoning", api.post("/api/checks/zoning", "application/json", "{\"use\":\"X\"}"), d);
        expect(404, "POST", "/api/checks/zoning", api.post("/api/checks/zoning", "application/json",
                check.replace("3-1-10", "NOPE")), d);
        expect(415, "POST", "/api/checks/zoning", api.post("/api/checks/zoning", "text/plain", check), d);

        String bbox = "58.11,23.55,58.14,23.58";
        expect(200, "GET", "/api/plots", api.get("/api/plots?bbox=" + bbox + "&limit=5"), d);
        expect(400, "GET", "/api/plots", api.get("/api/plots"), d);
        expect(200, "GET", "/api/plots/{wilayat}/{plotNumber}", api.get("/api/plots/OM-MA-SEB/3-1-10"), d);
        expect(404, "GET", "/api/plots/{wilayat}/{plotNumber}", api.get("/api/plots/OM-MA-SEB/NOPE"), d);
        expect(200, "GET", "/api/zones", api.get("/api/zones?bbox=" + bbox), d);

        expect(200, "GET", "/api/admin/zone-rules", api.get("/api/admin/zone-rules"), d);
        expect(200, "GET", "/api/admin/zone-rules/{code}", api.get("/api/admin/zone-rules/R1"), d);
        expect(404, "GET", "/api/admin/zone-rules/{code}", api.get("/api/admin/zone-rules/NOPE"), d);
        String rule = "{\"nameAr\":\"تجربة\",\"nameEn\":\"Trial\",\"permittedUses\":[\"RESIDENTIAL\"],\"maxCoveragePct\":50,"
                + "\"setbackFrontM\":5,\"legalReference\":\"test\",\"reason\":\"conformance\"}";
        Map<String, String> json = Map.of("Content-Type", "application/json");
        expect(200, "PUT", "/api/admin/zone-rules/{code}", api.put("/api/admin/zone-rules/TR", rule, json), d);
        expect(412, "PUT", "/api/admin/zone-rules/{code}", api.put("/api/admin/zone-rules/TR", rule,
                Map.of("Content-Type", "application/json", "If-Match", "\"7\"")), d);
        expect(400, "PUT", "/api/admin/zone-rules/{code}", api.put("/api/admin/zone-rules/TR", "{}", json), d);
        expect(415, "PUT", "/api/admin/zone-rules/{code}", api.put("/api/admin/zone-rules/TR", rule,
                Map.of("Content-Type", "text/plain")), d);
        expect(200, "GET", "/api/admin/zone-rules/{code}/audit", api.get("/api/admin/zone-rules/TR/audit"), d);
        expect(404, "GET", "/api/admin/zone-rules/{code}/audit", api.get("/api/admin/zone-rules/NOPE/audit"), d);
    }
}
