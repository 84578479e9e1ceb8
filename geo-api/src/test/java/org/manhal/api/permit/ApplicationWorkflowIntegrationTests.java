package org.manhal.api.permit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.manhal.permit.ApplicationStatus;
import org.manhal.permit.Transition;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.SpacingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The workflow over HTTP: every legal step and every illegal one (a bilingual 409, nothing
 * written), the timeline with who, when and why, optimistic versions, idempotent submission, the
 * approval that registers the permitted well, and building permits refused as not yet supported.
 */
@ManhalApiTest
class ApplicationWorkflowIntegrationTests {

    private static final Map<Transition, String> ROUTES = Map.of(
            Transition.START_REVIEW, "review", Transition.REQUEST_INFORMATION, "information-request",
            Transition.RESUBMIT, "resubmission", Transition.WITHDRAW, "withdrawal",
            Transition.APPROVE, "approval", Transition.REJECT, "rejection", Transition.REVOKE, "revocation");

    final ApiClient api;
    final ApplicationFixtures apps;

    @Autowired
    JdbcClient jdbc;

    SpacingFixtures spots;
    double[] shared;

    ApplicationWorkflowIntegrationTests(ApiClient api) {
        this.api = api;
        this.apps = new ApplicationFixtures(api);
    }

    @BeforeEach
    void setUp() {
        spots = new SpacingFixtures(jdbc);
        shared = spots.freeSpot();
    }

    @Test
    void aSubmissionAnswersAReadableReferenceAndAnAccessCode() {
        JsonNode a = apps.submitDrilling(shared);
        assertThat(a.get("reference").asString()).matches("WD-[A-Z]{2}-\\d{4}-\\d{6}");
        assertThat(a.get("accessCode").asString()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(a.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(a.get("applicant").get("civilId").asString()).isEqualTo(ApplicationFixtures.SENTINEL_CIVIL_ID);
        String stored = jdbc.sql("select access_code_hash from application where reference = ?")
                .param(a.get("reference").asString()).query(String.class).single();
        assertThat(stored).startsWith("pbkdf2-sha256$").doesNotContain(a.get("accessCode").asString());
    }

    @Test
    void theFullLifeOfADrillingPermitIsOnItsTimelineAndRegistersThePermittedWell() {
        double[] at = spots.freeSpot();
        String ref = apps.submitDrilling(at).get("reference").asString();
        assertThat(apps.step(ref, "review", null).status()).isEqualTo(200);
        assertThat(apps.step(ref, "information-request", "send the land deed").status()).isEqualTo(200);
        assertThat(apps.step(ref, "resubmission", "deed uploaded to the portal").status()).isEqualTo(200);
        assertThat(apps.step(ref, "review", null).status()).isEqualTo(200);
        Response approved = apps.step(ref, "approval", "spacing passes, deed in order");

        assertThat(approved.status()).as("%s", approved).isEqualTo(200);
        JsonNode a = approved.json();
        assertThat(a.get("status").asString()).isEqualTo("APPROVED");
        assertThat(a.get("decision").get("reasons").asString()).isEqualTo("spacing passes, deed in order");
        assertThat(a.get("decision").get("verdict").get("verdict").asString()).isEqualTo("PASS");
        long wellId = a.get("wellId").asLong();
        assertThat(jdbc.sql("select status from well where id = ?").param(wellId).query(String.class).single())
                .isEqualTo("PERMITTED");

        JsonNode timeline = api.get("/api/applications/" + ref + "/timeline").json().get("timeline");
        List<String> actions = new ArrayList<>();
        timeline.forEach(e -> actions.add(e.get("action").asString() + ":" + e.get("toStatus").asString()));
        assertThat(actions).containsExactly("SUBMIT:SUBMITTED", "START_REVIEW:UNDER_REVIEW",
                "REQUEST_INFORMATION:MORE_INFORMATION_REQUESTED", "RESUBMIT:SUBMITTED", "START_REVIEW:UNDER_REVIEW",
                "APPROVE:APPROVED");
        assertThat(timeline.get(2).get("reason").asString()).isEqualTo("send the land deed");
        assertThat(timeline.get(2).get("actor").asString()).isNotBlank();
        assertThat(timeline.get(2).get("at").asString()).isNotBlank();
    }

    @Test
    void everyIllegalStepIsARefusedBilingualConflictThatWritesNothing() {
        for (ApplicationStatus status : ApplicationStatus.values()) {
            for (Transition t : Transition.values()) {
                if (t.allowedFrom(status)) {
                    continue;
                }
                String ref = in(status);
                long version = api.get("/api/applications/" + ref).json().get("version").asLong();
                Response r = apps.step(ref, ROUTES.get(t), "a reason");
                assertThat(r.status()).as("%s from %s: %s", t, status, r).isEqualTo(409);
                JsonNode p = r.json();
                assertThat(p.get("type").asString()).isEqualTo("https://manhal.om/problems/illegal-transition");
                assertThat(p.get("detailAr").asString()).isNotBlank();
                assertThat(p.get("transition").asString()).isEqualTo(t.name());
                JsonNode after = api.get("/api/applications/" + ref).json();
                assertThat(after.get("status").asString()).isEqualTo(status.name());
                assertThat(after.get("version").asLong()).isEqualTo(version);
            }
        }
    }

    @Test
    void everyLegalStepLeadsWhereTheTableSays() {
        for (ApplicationStatus status : ApplicationStatus.values()) {
            for (Transition t : Transition.values()) {
                if (!t.allowedFrom(status)) {
                    continue;
                }
                String ref = in(status);
                Response r = apps.step(ref, ROUTES.get(t), "because");
                assertThat(r.status()).as("%s from %s: %s", t, status, r).isEqualTo(200);
                assertThat(r.json().get("status").asString()).isEqualTo(t.to().name());
            }
        }
    }

    @Test
    void stepsThatNeedAReasonRefuseNone() {
        String ref = in(ApplicationStatus.UNDER_REVIEW);
        for (String step : List.of("information-request", "approval", "rejection")) {
            Response r = apps.step(ref, step, null);
            assertThat(r.status()).as(step).isEqualTo(400);
            assertThat(r.json().get("errors").get(0).get("code").asString()).isEqualTo("REASON_REQUIRED");
        }
        assertThat(api.get("/api/applications/" + ref).json().get("status").asString()).isEqualTo("UNDER_REVIEW");
    }

    @Test
    void aStepOnAnOldVersionIsRefusedWith412() {
        String ref = apps.submitDrilling(shared).get("reference").asString();
        String etag = api.get("/api/applications/" + ref).header("ETag");
        assertThat(apps.step(ref, "review", null, etag).status()).isEqualTo(200);
        Response stale = apps.step(ref, "withdrawal", null, etag);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("type").asString()).isEqualTo("https://manhal.om/problems/stale-version");
        assertThat(api.get("/api/applications/" + ref).json().get("status").asString()).isEqualTo("UNDER_REVIEW");
    }

    @Test
    void theSameKeyTwiceIsOneApplicationWithTheSameAnswer() {
        String key = UUID.randomUUID().toString();
        String body = ApplicationFixtures.drilling(shared, "DOMESTIC", 5.0);
        Response first = apps.submit(body, key);
        Response second = apps.submit(body, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(second.json().get("reference")).isEqualTo(first.json().get("reference"));
        assertThat(second.json().get("accessCode")).isEqualTo(first.json().get("accessCode"));
        assertThat(jdbc.sql("select count(*) from application where idempotency_key = ?").param(key)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(apps.publicView(first.json().get("reference").asString(), second.json().get("accessCode").asString())
                .status()).isEqualTo(200);
    }

    @Test
    void theSameKeyWithAnotherBodyIs422AndWritesNothing() {
        String key = UUID.randomUUID().toString();
        apps.submit(ApplicationFixtures.drilling(shared, "DOMESTIC", 5.0), key);
        long before = jdbc.sql("select count(*) from application").query(Long.class).single();
        Response other = apps.submit(ApplicationFixtures.drilling(shared, "DOMESTIC", 6.0), key);

        assertThat(other.status()).isEqualTo(422);
        assertThat(other.json().get("type").asString()).isEqualTo("https://manhal.om/problems/idempotency-key-reused");
        assertThat(other.json().get("detailAr").asString()).isNotBlank();
        assertThat(jdbc.sql("select count(*) from application").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aSubmissionWithoutKeyOrApplicantIsRefusedWithEveryProblem() {
        long before = jdbc.sql("select count(*) from application").query(Long.class).single();
        Response r = api.post("/api/applications", "application/json",
                "{\"type\":\"WELL_DRILLING\",\"location\":{\"type\":\"Point\",\"coordinates\":[10,10]},\"proposed\":{}}");
        assertThat(r.status()).isEqualTo(400);
        List<String> codes = new ArrayList<>();
        r.json().get("errors").forEach(e -> codes.add(e.get("field").asString() + ":" + e.get("code").asString()));
        assertThat(codes).contains("Idempotency-Key:IDEMPOTENCY_KEY_REQUIRED", "applicant.name:REQUIRED",
                "applicant.civilId:REQUIRED", "proposed.use:REQUIRED");
        assertThat(codes).anyMatch(c -> c.startsWith("location"));
        assertThat(jdbc.sql("select count(*) from application").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theQueueFiltersByStatusAndTypeAndShowsNoPersonalData() {
        String submitted = apps.submitDrilling(shared).get("reference").asString();
        String reviewed = in(ApplicationStatus.UNDER_REVIEW);
        Response r = api.get("/api/applications?status=UNDER_REVIEW&type=WELL_DRILLING&limit=1000");

        assertThat(r.status()).isEqualTo(200);
        List<String> refs = new ArrayList<>();
        r.json().get("applications").forEach(a -> refs.add(a.get("reference").asString()));
        assertThat(refs).contains(reviewed).doesNotContain(submitted);
        assertThat(r.body()).doesNotContain(ApplicationFixtures.SENTINEL_CIVIL_ID, ApplicationFixtures.SENTINEL_NAME,
                ApplicationFixtures.SENTINEL_PHONE, "applicant");
        assertThat(api.get("/api/applications?status=NOPE").status()).isEqualTo(400);
        JsonNode mine = api.get("/api/applications/" + reviewed).json();
        String box = (shared[0] - 0.001) + "," + (shared[1] - 0.001) + "," + (shared[0] + 0.001) + "," + (shared[1] + 0.001);
        List<String> inBox = new ArrayList<>();
        api.get("/api/applications?limit=1000&bbox=" + box + "&wilayat=" + mine.get("wilayat").asString()).json()
                .get("applications").forEach(a -> inBox.add(a.get("reference").asString()));
        assertThat(inBox).contains(reviewed, submitted);
        assertThat(api.get("/api/applications?bbox=10,10,10.1,10.1").json().get("numberMatched").asLong()).isZero();
        assertThat(api.get("/api/applications?bbox=1,2,3").status()).isEqualTo(400);
    }

    @Test
    void anUnknownReferenceIs404() {
        assertThat(api.get("/api/applications/WD-XX-2026-999999").status()).isEqualTo(404);
        assertThat(apps.step("WD-XX-2026-999999", "review", null).status()).isEqualTo(404);
    }

    /** A fresh application brought to the status through legal steps only. */
    private String in(ApplicationStatus status) {
        boolean approves = status == ApplicationStatus.APPROVED || status == ApplicationStatus.REVOKED;
        String ref = apps.submitDrilling(approves ? spots.freeSpot() : shared).get("reference").asString();
        Set<ApplicationStatus> reviewed = EnumSet.of(ApplicationStatus.UNDER_REVIEW, ApplicationStatus.MORE_INFORMATION_REQUESTED,
                ApplicationStatus.APPROVED, ApplicationStatus.REJECTED, ApplicationStatus.REVOKED);
        if (reviewed.contains(status)) {
            ok(apps.step(ref, "review", null));
        }
        switch (status) {
            case MORE_INFORMATION_REQUESTED -> ok(apps.step(ref, "information-request", "more"));
            case APPROVED -> ok(apps.step(ref, "approval", "fine"));
            case REVOKED -> {
                ok(apps.step(ref, "approval", "fine"));
                ok(apps.step(ref, "revocation", "drilled elsewhere"));
            }
            case REJECTED -> ok(apps.step(ref, "rejection", "no"));
            case WITHDRAWN -> ok(apps.step(ref, "withdrawal", null));
            default -> { }
        }
        return ref;
    }

    private static void ok(Response r) {
        assertThat(r.status()).as("%s", r).isEqualTo(200);
    }
}
