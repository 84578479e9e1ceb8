package org.manhal.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.TestAccounts;
import org.manhal.support.Wells;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A deployment with its identity provider: the service validates real RS256 tokens of a real
 * issuer ({@link TestIssuer}, keys from its discovery document): the account, its roles and its
 * governorates come from the claims; expired, wrong-audience, wrong-issuer, tampered and forged
 * tokens are 401 problems. In the same context, the limits: failed sign-ins of one account, and
 * requests without credentials, and public lookups (a citizen's application, a permit) that keep
 * finding nothing, answer 429 with Retry-After.
 */
@ManhalApiTest(properties = {"manhal.security.oidc.audience=" + TestIssuer.AUDIENCE,
        "manhal.security.sign-in.max-failures-per-account=3", "manhal.security.public-rate-limit=20",
        "manhal.security.public-lookup.max-failures-per-client=4"})
class SignInDeploymentIntegrationTests {

    private static final TestIssuer ISSUER = new TestIssuer();

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("manhal.security.oidc.issuer-uri", ISSUER::issuer);
    }

    @AfterAll
    static void stopIssuer() {
        ISSUER.close();
    }

    @Test
    void aTokenOfTheIssuerSignsInWithTheRolesAndNameOfItsClaims(ApiClient api) {
        String token = ISSUER.token("fatma.alharthi", List.of("staff", "manhal-unknown-role"), List.of());
        double[] at = Wells.freshSpot();

        Response session = bearer(api, "/api/session", token);
        Response created = api.anonymous().send(HttpRequest.newBuilder(api.uri("/api/wells"))
                .POST(HttpRequest.BodyPublishers.ofString(Wells.feature(at[0], at[1]))),
                Map.of("Authorization", "Bearer " + token, "Content-Type", "application/geo+json"));

        assertThat(session.json().path("name").asString()).isEqualTo("fatma.alharthi");
        assertThat(session.json().path("roles").get(0).asString()).isEqualTo("STAFF");
        assertThat(session.json().path("roles")).hasSize(1);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        assertThat(api.get("/api/wells/" + id + "/history").json().path("changes").get(0).path("changedBy").asString())
                .isEqualTo("fatma.alharthi");
        // a role the token does not carry
        assertThat(bearer(api, "/api/audit", token).status()).isEqualTo(403);
    }

    @Test
    void expiredWrongAudienceWrongIssuerTamperedAndForgedTokensAreRefused(ApiClient api) {
        Instant past = Instant.now().minusSeconds(3600);
        JWTClaimsSet good = ISSUER.claims("intruder", List.of("admin"), List.of()).build();
        Map<String, String> tokens = Map.of(
                "expired", ISSUER.sign(new JWTClaimsSet.Builder(good).issueTime(Date.from(past))
                        .notBeforeTime(Date.from(past)).expirationTime(Date.from(past.plusSeconds(600))).build()),
                "wrong audience", ISSUER.sign(new JWTClaimsSet.Builder(good).audience("another-service").build()),
                "wrong issuer", ISSUER.sign(new JWTClaimsSet.Builder(good).issuer("http://127.0.0.1:1/realms/other").build()),
                "tampered", tamper(ISSUER.sign(ISSUER.claims("intruder", List.of("planner"), List.of()).build())),
                "forged", ISSUER.signByForger(good),
                "not a token", "not.a.token");

        assertThat(bearer(api, "/api/audit", ISSUER.sign(good)).status()).as("the untouched token").isEqualTo(200);
        tokens.forEach((what, token) -> {
            Response r = bearer(api, "/api/audit", token);
            assertThat(r.status()).as(what).isEqualTo(401);
            assertThat(r.header("Content-Type")).as(what).startsWith("application/problem+json");
            assertThat(r.header("WWW-Authenticate")).as(what).startsWith("Bearer");
            assertThat(r.json().path("titleAr").asString()).as(what).isNotBlank();
        });
    }

    @Test
    void aStaffTokenLimitedToGovernoratesMayNotWriteOutsideThem(ApiClient api) {
        String muscatOnly = ISSUER.token("salim.muscat", List.of("STAFF"), List.of("OM-MU"));
        double[] wusta = Wells.freshSpot();

        Response outside = api.anonymous().send(HttpRequest.newBuilder(api.uri("/api/wells"))
                .POST(HttpRequest.BodyPublishers.ofString(Wells.feature(wusta[0], wusta[1]))),
                Map.of("Authorization", "Bearer " + muscatOnly, "Content-Type", "application/geo+json"));
        long before = api.get("/api/wells?bbox=" + Wells.bboxAround(wusta[0], wusta[1])).json().path("numberMatched").asLong();

        assertThat(outside.status()).as(outside.body()).isEqualTo(403);
        assertThat(outside.json().path("type").asString()).endsWith("/outside-scope");
        assertThat(outside.json().path("detailAr").asString()).contains("OM-MU");
        assertThat(before).isZero();
        // an existing well outside: neither corrected nor deleted
        Response created = api.as(Role.STAFF).post("/api/wells", "application/geo+json", Wells.feature(wusta[0], wusta[1]));
        long id = created.json().path("id").asLong();
        Response delete = api.anonymous().send(HttpRequest.newBuilder(api.uri("/api/wells/" + id + "?reason=test")).DELETE(),
                Map.of("Authorization", "Bearer " + muscatOnly));
        assertThat(delete.status()).isEqualTo(403);
        assertThat(api.get("/api/wells/" + id).status()).isEqualTo(200);
    }

    @Test
    void repeatedFailedSignInsOfAnAccountAre429EvenWithTheRightPassword(ApiClient api) {
        String wrong = "Basic " + Base64.getEncoder().encodeToString("planner:not-the-password".getBytes());
        for (int i = 0; i < 3; i++) {
            assertThat(api.anonymous().send(HttpRequest.newBuilder(api.uri("/api/wells/export")).GET(),
                    Map.of("Authorization", wrong)).status()).isEqualTo(401);
        }
        Response right = api.anonymous().send(HttpRequest.newBuilder(api.uri("/api/wells/export?format=csv&bbox=55,19,55.01,19.01")).GET(),
                Map.of("Authorization", TestAccounts.basic(Role.PLANNER)));
        Response otherAccount = api.as(Role.AUDITOR).get("/api/audit?limit=1");

        assertThat(right.status()).isEqualTo(429);
        assertThat(Long.parseLong(right.header("Retry-After"))).isPositive();
        assertThat(right.json().path("titleAr").asString()).isNotBlank();
        assertThat(otherAccount.status()).isEqualTo(200);
    }

    @Test
    void requestsWithoutCredentialsAreRateLimitedPerClient(ApiClient api) {
        Response last = null;
        for (int i = 0; i < 30 && (last == null || last.status() != 429); i++) {
            last = api.anonymous().get("/api/code-lists");
        }
        Response signedIn = api.get("/api/code-lists");

        assertThat(last.status()).isEqualTo(429);
        assertThat(Long.parseLong(last.header("Retry-After"))).isPositive();
        assertThat(last.json().path("type").asString()).endsWith("/too-many-requests");
        assertThat(signedIn.status()).isEqualTo(200);
    }

    private static Response bearer(ApiClient api, String path, String token) {
        return api.anonymous().send(HttpRequest.newBuilder(api.uri(path)).GET(), Map.of("Authorization", "Bearer " + token));
    }

    /** The payload changed (the roles), the signature kept. */
    private static String tamper(String token) {
        String[] parts = token.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1])).replace("planner", "admin");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes()) + "." + parts[2];
    }

    /**
     * Four misses (a wrong code, unknown references, an unknown permit) and the client's next
     * lookups are refused 429 before they are looked up, the right reference and code too. Signed
     * in, so that the limit of requests without credentials plays no part.
     */
    @Test
    void repeatedMissedPublicLookupsFromAClientAre429EvenForTheRightCode(ApiClient api) {
        double[] spot = Wells.freshSpot();
        Response filed = api.send(HttpRequest.newBuilder(api.uri("/api/applications")).POST(HttpRequest.BodyPublishers.ofString("""
                {"type": "WELL_DRILLING", "location": {"type": "Point", "coordinates": [%s, %s]},
                 "proposed": {"type": "BOREHOLE", "use": "DOMESTIC", "depthM": 60, "diameterMm": 200},
                 "applicant": {"name": "Lookup test", "civilId": "90000001"}}""".formatted(spot[0], spot[1]))),
                Map.of("Content-Type", "application/json", "Idempotency-Key", "lookup-limit-" + spot[0]));
        assertThat(filed.status()).as(filed.toString()).isEqualTo(201);
        String ref = filed.json().get("reference").asString();
        String code = filed.json().get("accessCode").asString();
        assertThat(lookup(api, ref, code).status()).as("a hit does not count").isEqualTo(200);
        assertThat(lookup(api, ref, "AAAA-AAAA-AAAA").status()).isEqualTo(404);
        assertThat(lookup(api, "WD-MA-2026-999999", code).status()).isEqualTo(404);
        assertThat(lookup(api, "WD-MA-2026-999998", code).status()).isEqualTo(404);
        assertThat(api.get("/api/public/permits/WD-MA-2026-999997-ZZZZZZ").status()).isEqualTo(404);
        for (Response refused : List.of(lookup(api, ref, code), api.get("/api/public/permits/WD-MA-2026-999997-ZZZZZZ"))) {
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(Long.parseLong(refused.header("Retry-After"))).isPositive();
            assertThat(refused.json().get("detailAr").asString()).isNotBlank();
        }
    }

    private static Response lookup(ApiClient api, String ref, String code) {
        return api.send(HttpRequest.newBuilder(api.uri("/api/public/applications/" + ref)).GET(), Map.of("X-Access-Code", code));
    }
}
