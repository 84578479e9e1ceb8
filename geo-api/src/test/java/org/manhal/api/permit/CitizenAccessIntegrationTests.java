package org.manhal.api.permit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.SpacingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The citizen's view: the right code opens the own application's type, status, location and
 * status steps, and nothing personal, no staff names or notes; a wrong code, no code, someone
 * else's reference and an unknown reference are one and the same 404, so that references cannot
 * be probed.
 */
@ManhalApiTest
class CitizenAccessIntegrationTests {

    private static final String STAFF_NOTE = "Staff note: check the neighbour's complaint";

    final ApiClient api;
    final ApplicationFixtures apps;

    @Autowired
    JdbcClient jdbc;

    CitizenAccessIntegrationTests(ApiClient api) {
        this.api = api;
        this.apps = new ApplicationFixtures(api);
    }

    @Test
    void theRightCodeShowsTheOwnApplicationAndNothingPersonal() {
        double[] at = new SpacingFixtures(jdbc).freeSpot();
        JsonNode mine = apps.submitDrilling(at);
        String ref = mine.get("reference").asString();
        apps.step(ref, "review", null);
        apps.step(ref, "information-request", STAFF_NOTE);

        Response r = apps.publicView(ref, mine.get("accessCode").asString());

        assertThat(r.status()).isEqualTo(200);
        JsonNode view = r.json();
        assertThat(view.get("reference").asString()).isEqualTo(ref);
        assertThat(view.get("type").asString()).isEqualTo("WELL_DRILLING");
        assertThat(view.get("status").asString()).isEqualTo("MORE_INFORMATION_REQUESTED");
        assertThat(view.get("location").get("coordinates").get(0).asDouble()).isCloseTo(at[0], org.assertj.core.data.Offset.offset(1e-6));
        List<String> steps = new ArrayList<>();
        view.get("timeline").forEach(s -> steps.add(s.get("status").asString()));
        assertThat(steps).containsExactly("SUBMITTED", "UNDER_REVIEW", "MORE_INFORMATION_REQUESTED");
        assertThat(r.body()).doesNotContain(ApplicationFixtures.SENTINEL_NAME, ApplicationFixtures.SENTINEL_CIVIL_ID,
                ApplicationFixtures.SENTINEL_PHONE, STAFF_NOTE, "anonymous", "applicant", "actor", "reason");
    }

    @Test
    void aCodeIsReadBackWhateverItsCaseAndDashes() {
        JsonNode mine = apps.submitDrilling(new SpacingFixtures(jdbc).freeSpot());
        String code = mine.get("accessCode").asString().toLowerCase(java.util.Locale.ROOT).replace("-", " ");
        assertThat(apps.publicView(mine.get("reference").asString(), code).status()).isEqualTo(200);
    }

    @Test
    void wrongCodeNoCodeAnotherOnesReferenceAndAnUnknownReferenceAreTheSame404() {
        double[] at = new SpacingFixtures(jdbc).freeSpot();
        JsonNode mine = apps.submitDrilling(at);
        JsonNode theirs = apps.submitDrilling(at);
        String myRef = mine.get("reference").asString();
        String theirRef = theirs.get("reference").asString();
        String myCode = mine.get("accessCode").asString();

        List<Response> refused = List.of(
                apps.publicView(myRef, "0000-0000-0000"),
                apps.publicView(myRef, null),
                apps.publicView(theirRef, myCode),
                apps.publicView("WD-ZZ-2026-999999", myCode));

        for (Response r : refused) {
            assertThat(r.status()).as("%s", r).isEqualTo(404);
            assertThat(r.body()).doesNotContain(ApplicationFixtures.SENTINEL_NAME, ApplicationFixtures.SENTINEL_CIVIL_ID,
                    "SUBMITTED");
        }
        List<String> shapes = refused.stream().map(r -> shape(r.json())).distinct().toList();
        assertThat(shapes).as("every refusal reads alike but for the reference asked about").hasSize(1);
    }

    /** The answer with the reference it names blanked out. */
    private static String shape(JsonNode problem) {
        String reference = problem.get("instance").asString().replace("/api/public/applications/", "");
        return problem.toString().replace(reference, "REF");
    }
}
