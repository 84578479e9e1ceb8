package org.manhal.api.permit;

import java.util.Map;
import java.util.UUID;

import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;

import tools.jackson.databind.JsonNode;

/** Submissions and workflow steps over HTTP, for the applications' integration tests. */
final class ApplicationFixtures {

    /** Personal data no public answer may ever carry. */
    static final String SENTINEL_NAME = "Sentinel Applicant ZQX";
    static final String SENTINEL_CIVIL_ID = "90817263";
    static final String SENTINEL_PHONE = "+968 9999 0042";

    private final ApiClient api;

    ApplicationFixtures(ApiClient api) {
        this.api = api;
    }

    static String drilling(double[] at, String use, Double yield) {
        return "{\"type\":\"WELL_DRILLING\",\"location\":{\"type\":\"Point\",\"coordinates\":[" + at[0] + "," + at[1] + "]},"
                + "\"proposed\":{\"type\":\"BOREHOLE\",\"use\":\"" + use + "\",\"depthM\":120,\"diameterMm\":200"
                + (yield == null ? "" : ",\"yieldM3PerDay\":" + yield) + "},"
                + "\"applicant\":{\"name\":\"" + SENTINEL_NAME + "\",\"civilId\":\"" + SENTINEL_CIVIL_ID + "\",\"phone\":\""
                + SENTINEL_PHONE + "\"}}";
    }

    Response submit(String body, String key) {
        return api.send(java.net.http.HttpRequest.newBuilder(api.uri("/api/applications"))
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)),
                Map.of("Content-Type", "application/json", "Idempotency-Key", key));
    }

    /** Submits a drilling application at the spot; the answer's JSON (reference, accessCode, ...). */
    JsonNode submitDrilling(double[] at) {
        Response r = submit(drilling(at, "AGRICULTURAL", 50.0), UUID.randomUUID().toString());
        if (r.status() != 201) {
            throw new IllegalStateException("submission failed: " + r);
        }
        return r.json();
    }

    Response step(String reference, String step, String reason) {
        String body = reason == null ? "" : "{\"reason\":\"" + reason + "\"}";
        return api.post(path(reference, step), "application/json", body);
    }

    Response step(String reference, String step, String reason, String ifMatch) {
        String body = reason == null ? "" : "{\"reason\":\"" + reason + "\"}";
        return api.send(java.net.http.HttpRequest.newBuilder(api.uri(path(reference, step)))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body)),
                Map.of("Content-Type", "application/json", "If-Match", ifMatch));
    }

    /** A step's route: the workflow's under the application, a revocation under its permit (which takes the reference too). */
    private static String path(String reference, String step) {
        return (step.equals("revocation") ? "/api/permits/" : "/api/applications/") + reference + "/" + step;
    }

    /** Approves with the reviewer's acknowledgement of the findings ({@code reviewedFindings}). */
    Response approveReviewed(String reference, String reason, boolean reviewedFindings) {
        return api.post("/api/applications/" + reference + "/approval", "application/json",
                "{\"reason\":\"" + reason + "\",\"reviewedFindings\":" + reviewedFindings + "}");
    }

    Response publicView(String reference, String code) {
        return api.send(java.net.http.HttpRequest.newBuilder(api.uri("/api/public/applications/" + reference)).GET(),
                code == null ? Map.of() : Map.of("X-Access-Code", code));
    }
}
