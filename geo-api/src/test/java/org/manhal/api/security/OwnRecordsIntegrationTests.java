package org.manhal.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.manhal.common.Actor;
import org.manhal.common.Organisation;
import org.manhal.common.OutsideScopeException;
import org.manhal.contractor.Contractors;
import org.manhal.permit.ApplicationNotFoundException;
import org.manhal.permit.ApplicationQuery;
import org.manhal.permit.Applications;
import org.manhal.permit.Transition;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.ExtraAccounts;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.SpacingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import tools.jackson.databind.JsonNode;

/**
 * Engineering consultancy offices see, read and follow only the applications they filed, and
 * drilling contractors see and report only on the permits they are named on: another's record
 * answers exactly as a reference that does not exist (404), so references cannot be probed;
 * staff and planners see all. Over HTTP with real accounts (the default {@code consultancy}, which
 * acts for an office of its own name, and accounts made here for a second office and two
 * contractors), and against the domain's doors directly, which hold the rule without the web.
 */
@ManhalApiTest
class OwnRecordsIntegrationTests {

    private static final String NO_SUCH_REFERENCE = "WD-DA-2026-999999";
    /** The applicant's name every submission here carries (personal data another office must not see). */
    private static final String APPLICANT = "Client Of Some Office QZX";

    final ApiClient api;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    Applications applications;
    @Autowired
    Contractors contractors;

    SpacingFixtures spots;
    ExtraAccounts accounts;

    OwnRecordsIntegrationTests(ApiClient api) {
        this.api = api;
    }

    @BeforeEach
    void setUp() {
        spots = new SpacingFixtures(jdbc);
        accounts = new ExtraAccounts(jdbc, encoder, api);
    }

    @Test
    void anOfficeListsReadsAndFollowsOnlyItsOwnFilings() {
        ApiClient officeA = api.as(Role.CONSULTANCY_OFFICE);
        ApiClient officeB = accounts.account("office-b", Role.CONSULTANCY_OFFICE, "Office B");
        String a1 = submit(officeA, spots.freeSpot(), UUID.randomUUID().toString()).get("reference").asString();
        String b1 = submit(officeB, spots.freeSpot(), UUID.randomUUID().toString()).get("reference").asString();
        String s1 = submit(api.as(Role.STAFF), spots.freeSpot(), UUID.randomUUID().toString()).get("reference").asString();

        assertThat(filingOffice(a1)).isEqualTo("consultancy");
        assertThat(filingOffice(b1)).isEqualTo("Office B");
        assertThat(filingOffice(s1)).as("staff file for no office").isEqualTo("none");

        assertThat(references(officeA, "/api/applications?limit=1000")).contains(a1).doesNotContain(b1, s1);
        assertThat(references(officeB, "/api/applications?limit=1000")).contains(b1).doesNotContain(a1, s1);
        assertThat(officeA.get("/api/applications?limit=1000").json().get("numberMatched").asLong())
                .as("the count is of its own filings too").isEqualTo(jdbc.sql(
                        "select count(*) from application where filing_office = 'consultancy'").query(Long.class).single());
        for (ApiClient all : List.of(api.as(Role.STAFF), api.as(Role.PLANNER))) {
            assertThat(references(all, "/api/applications?limit=1000")).contains(a1, b1, s1);
            assertThat(all.get("/api/applications/" + b1).status()).isEqualTo(200);
        }

        Response own = officeA.get("/api/applications/" + a1);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().get("applicant").get("name").asString()).isNotBlank();
        assertThat(officeA.get("/api/applications/" + a1 + "/timeline").status()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from audit_event where action = 'PERSONAL_DATA_READ' and actor = 'consultancy' "
                + "and target = ?").param("application:" + a1).query(Long.class).single())
                .as("the office's read of its client is audited").isPositive();
        assertThat(api.as(Role.STAFF).get("/api/applications/" + b1).json().has("applicant")).isTrue();
        for (Role noNeed : List.of(Role.PLANNER, Role.AUDITOR)) {
            Response r = api.as(noNeed).get("/api/applications/" + b1);
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.body()).as("%s gets no applicant", noNeed).doesNotContain(APPLICANT).doesNotContain("12345678");
        }
        Response planned = step(api.as(Role.PLANNER), b1, "review", null);
        assertThat(planned.status()).isEqualTo(200);
        assertThat(planned.body()).as("a step's answer is a read as GET is: the planner gets no applicant")
                .doesNotContain(APPLICANT).doesNotContain("12345678");
        Response staffStep = step(api.as(Role.STAFF), b1, "information-request", "the title deed");
        assertThat(staffStep.json().has("applicant")).as("staff's step answer names the applicant").isTrue();

        Response missing = officeA.get("/api/applications/" + NO_SUCH_REFERENCE);
        for (Response other : List.of(officeA.get("/api/applications/" + b1), officeA.get("/api/applications/" + b1 + "/timeline"),
                step(officeA, b1, "withdrawal", "not ours"), step(officeA, b1, "resubmission", "not ours"))) {
            assertThat(other.status()).as("%s", other).isEqualTo(404);
            assertThat(other.header("Content-Type")).startsWith("application/problem+json");
            assertThat(other.json().get("type").asString()).isEqualTo(missing.json().get("type").asString());
            assertThat(other.body()).doesNotContain("Office B").doesNotContain(APPLICANT);
        }
        assertThat(status(b1)).as("another office's steps changed nothing").isEqualTo("MORE_INFORMATION_REQUESTED");
    }

    @Test
    void anOfficeAnswersForItsOwnFilingsButNeverReviewsOrDecides() {
        ApiClient office = api.as(Role.CONSULTANCY_OFFICE);
        String ref = submit(office, spots.freeSpot(), UUID.randomUUID().toString()).get("reference").asString();

        assertThat(step(office, ref, "review", null).status()).isEqualTo(403);
        assertThat(step(office, ref, "approval", "self-approved").status()).isEqualTo(403);
        assertThat(step(api.as(Role.STAFF), ref, "review", null).status()).isEqualTo(200);
        assertThat(step(api.as(Role.STAFF), ref, "information-request", "the deed").status()).isEqualTo(200);
        assertThat(step(office, ref, "resubmission", "deed attached").status()).isEqualTo(200);
        assertThat(step(office, ref, "withdrawal", "the owner changed his mind").status()).isEqualTo(200);
        assertThat(status(ref)).isEqualTo("WITHDRAWN");
        List<String> actors = new ArrayList<>();
        office.get("/api/applications/" + ref + "/timeline").json().get("timeline").forEach(e -> actors.add(e.get("actor").asString()));
        assertThat(actors).containsExactly("consultancy", "staff", "staff", "consultancy", "consultancy");
    }

    @Test
    void anotherOfficesIdempotencyKeyIsAnotherRequest() {
        ApiClient officeB = accounts.account("office-b", Role.CONSULTANCY_OFFICE, "Office B");
        String key = UUID.randomUUID().toString();
        double[] at = spots.freeSpot();
        String a1 = submit(api.as(Role.CONSULTANCY_OFFICE), at, key).get("reference").asString();

        Response replay = send(officeB, drilling(at), key);

        assertThat(replay.status()).as("%s", replay).isEqualTo(422);
        assertThat(replay.body()).doesNotContain(a1).doesNotContain("accessCode");
    }

    @Test
    void theDomainDoorsHoldTheRuleWithoutTheWeb() {
        String theirs = submit(accounts.account("office-b", Role.CONSULTANCY_OFFICE, "Office B"), spots.freeSpot(),
                UUID.randomUUID().toString()).get("reference").asString();
        String ours = submit(api.as(Role.CONSULTANCY_OFFICE), spots.freeSpot(), UUID.randomUUID().toString())
                .get("reference").asString();
        Actor office = new Actor("someone", java.util.Set.of(), Organisation.office("consultancy"));
        Actor contractor = new Actor("driller", java.util.Set.of(), Organisation.contractor("DC-ANY"));

        assertThatThrownBy(() -> applications.get(theirs, office)).isInstanceOf(ApplicationNotFoundException.class);
        assertThatThrownBy(() -> applications.timeline(theirs, office)).isInstanceOf(ApplicationNotFoundException.class);
        assertThatThrownBy(() -> applications.take(theirs, Transition.WITHDRAW, "x", null, office))
                .isInstanceOf(ApplicationNotFoundException.class);
        assertThatThrownBy(() -> applications.take(ours, Transition.START_REVIEW, null, null, office))
                .isInstanceOf(OutsideScopeException.class);
        assertThatThrownBy(() -> applications.get(ours, contractor)).isInstanceOf(ApplicationNotFoundException.class);
        assertThat(applications.get(ours, office).applicant()).isNotNull();
        ApplicationQuery all = new ApplicationQuery(null, null, null, null, ApplicationQuery.MAX_LIMIT, 0);
        assertThat(applications.find(all, office).applications()).extracting(a -> a.reference()).contains(ours).doesNotContain(theirs);
        assertThat(applications.find(all, contractor).applications()).isEmpty();
        assertThat(applications.find(all, Actor.SYSTEM).applications()).extracting(a -> a.reference()).contains(ours, theirs);
        assertThat(contractors.all(contractor)).isEmpty();
    }

    @Test
    void aContractorSeesAndReportsOnlyOnThePermitsItIsNamedOn() {
        String licenceA = contractor();
        String licenceB = contractor();
        ApiClient drillerA = accounts.account("driller-a", Role.CONTRACTOR, licenceA);
        ApiClient drillerB = accounts.account("driller-b", Role.CONTRACTOR, licenceB);
        double[] atA = spots.freeSpot();
        double[] atB = spots.freeSpot();
        String permitA = approvedDrilling(atA);
        String permitB = approvedDrilling(atB);
        assertThat(assign(api.as(Role.STAFF), permitA, licenceA).status()).isEqualTo(200);
        assertThat(assign(api.as(Role.STAFF), permitB, licenceB).status()).isEqualTo(200);
        String notApproved = submit(api.as(Role.STAFF), spots.freeSpot(), UUID.randomUUID().toString()).get("reference").asString();

        List<String> listed = new ArrayList<>();
        drillerA.get("/api/contractors").json().get("contractors").forEach(c -> listed.add(c.get("licenceNumber").asString()));
        assertThat(listed).containsExactly(licenceA);
        assertThat(drillerA.get("/api/contractors/" + licenceA).status()).isEqualTo(200);
        assertThat(drillerA.get("/api/contractors/" + licenceB).status()).isEqualTo(404);
        assertThat(api.as(Role.CONTRACTOR).get("/api/contractors").json().get("contractors"))
                .as("a contractor account without a licence sees no contractor").isEmpty();
        assertThat(api.as(Role.STAFF).get("/api/contractors").json().get("contractors").size()).isGreaterThanOrEqualTo(2);

        Response missing = report(drillerA, NO_SUCH_REFERENCE, licenceA, atA);
        for (Response refused : List.of(report(drillerA, permitB, licenceB, atB), report(drillerA, permitB, licenceA, atB),
                report(drillerA, notApproved, licenceA, atA))) {
            assertThat(refused.status()).as("%s", refused).isEqualTo(404);
            assertThat(refused.json().get("type").asString()).isEqualTo(missing.json().get("type").asString());
        }
        assertThat(jdbc.sql("select count(*) from completion_report r join application a on a.id = r.application_id "
                + "where a.reference = ?").param(permitB).query(Long.class).single()).isZero();
        assertThat(assign(drillerA, permitA, licenceA).status()).as("a contractor does not name itself").isEqualTo(403);
        assertThat(report(drillerA, permitA, licenceB, atA).json().get("code").asString()).isEqualTo("NOT_THE_NAMED_CONTRACTOR");

        assertThat(report(drillerA, permitA, licenceA, atA).status()).isEqualTo(201);
        assertThat(report(drillerB, permitB, licenceB, atB).status()).isEqualTo(201);
        assertThat(drillerA.get("/api/permits/" + permitA + "/completion").status()).isEqualTo(200);
        assertThat(drillerA.get("/api/permits/" + permitB + "/completion").status()).isEqualTo(404);
        assertThat(drillerB.get("/api/permits/" + permitB + "/completion").status()).isEqualTo(200);
        assertThat(api.as(Role.STAFF).get("/api/permits/" + permitA + "/completion").status()).isEqualTo(200);
    }

    // -- fixtures --------------------------------------------------------------------------------

    private static String drilling(double[] at) {
        return "{\"type\":\"WELL_DRILLING\",\"location\":{\"type\":\"Point\",\"coordinates\":[" + at[0] + "," + at[1] + "]},"
                + "\"proposed\":{\"use\":\"DOMESTIC\",\"depthM\":100,\"yieldM3PerDay\":4},"
                + "\"applicant\":{\"name\":\"" + APPLICANT + "\",\"civilId\":\"12345678\"}}";
    }

    private static Response send(ApiClient as, String body, String key) {
        return as.send(HttpRequest.newBuilder(as.uri("/api/applications")).POST(HttpRequest.BodyPublishers.ofString(body)),
                Map.of("Content-Type", "application/json", "Idempotency-Key", key));
    }

    private static JsonNode submit(ApiClient as, double[] at, String key) {
        Response r = send(as, drilling(at), key);
        assertThat(r.status()).as("%s", r).isEqualTo(201);
        return r.json();
    }

    private static Response step(ApiClient as, String ref, String step, String reason) {
        return as.post("/api/applications/" + ref + "/" + step, "application/json", reason == null ? "" : "{\"reason\":\"" + reason + "\"}");
    }

    private String approvedDrilling(double[] at) {
        String ref = submit(api.as(Role.STAFF), at, UUID.randomUUID().toString()).get("reference").asString();
        assertThat(step(api.as(Role.STAFF), ref, "review", null).status()).isEqualTo(200);
        Response r = step(api.as(Role.STAFF), ref, "approval", "ok");
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        return ref;
    }

    private String contractor() {
        String licence = "DC-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Response r = api.post("/api/contractors", "application/json", "{\"licenceNumber\":\"" + licence
                + "\",\"name\":\"Own Records Drilling LLC\",\"licenceClass\":\"A\",\"validFrom\":\"" + LocalDate.now().minusYears(1)
                + "\",\"validUntil\":\"" + LocalDate.now().plusYears(1) + "\"}");
        assertThat(r.status()).as("%s", r).isEqualTo(201);
        return licence;
    }

    private static Response assign(ApiClient as, String ref, String licence) {
        return as.post("/api/applications/" + ref + "/contractor", "application/json", "{\"licenceNumber\":\"" + licence + "\"}");
    }

    private static Response report(ApiClient as, String ref, String licence, double[] at) {
        double[] p = SpacingFixtures.at(at[0], at[1], 45, 10);
        return as.post("/api/permits/" + ref + "/completion", "application/json", "{\"licenceNumber\":\"" + licence
                + "\",\"location\":{\"type\":\"Point\",\"coordinates\":[" + p[0] + "," + p[1] + "]},\"depthM\":131.5,"
                + "\"yieldM3PerDay\":4,\"drilledOn\":\"" + LocalDate.now().minusDays(1) + "\"}");
    }

    private List<String> references(ApiClient as, String path) {
        Response r = as.get(path);
        assertThat(r.status()).as("%s", r).isEqualTo(200);
        List<String> refs = new ArrayList<>();
        r.json().get("applications").forEach(a -> refs.add(a.get("reference").asString()));
        return refs;
    }

    private String filingOffice(String ref) {
        return jdbc.sql("select coalesce(filing_office, 'none') from application where reference = ?").param(ref)
                .query(String.class).single();
    }

    private String status(String ref) {
        return jdbc.sql("select status from application where reference = ?").param(ref).query(String.class).single();
    }
}
