package org.manhal.api.permit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.manhal.api.security.Role;
import org.manhal.application.ApplicationType;
import org.manhal.permit.ApplicationSubmitted;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.SpacingFixtures;
import org.manhal.support.WebhookReceiver;
import org.manhal.support.WebhookReceiver.Received;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Signed webhooks, end to end: the service's outbox, its sender and a real HTTP subscriber
 * ({@link WebhookReceiver}, configured for the whole suite in the test configuration). Each test
 * verifies the signature as a receiver would, from the secret alone.
 */
@ManhalApiTest
class WebhookIntegrationTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    final ApiClient api;
    final ApplicationFixtures apps;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    PlatformTransactionManager txManager;

    WebhookIntegrationTests(ApiClient api) {
        this.api = api;
        this.apps = new ApplicationFixtures(api);
    }

    /**
     * Starts when every delivery of the tests before has ended: a retry still due would take one
     * of the failures a test asks the receiver for.
     */
    @BeforeEach
    void quiet() {
        await(() -> jdbc.sql("select count(*) from webhook_delivery where delivered_at is null and failed_at is null")
                .query(Long.class).single() == 0, "no delivery pending");
    }

    @AfterEach
    void answerAgain() {
        WebhookReceiver.failFirst(0);
    }

    @Test
    void aSubmissionIsDeliveredSignedWithTheSubscribersSecretAndNothingPersonal() {
        String ref = submit();

        Received r = awaitReceived(ref, 1).get(0);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("type").asString()).isEqualTo("ApplicationSubmitted");
        assertThat(body.get("reference").asString()).isEqualTo(ref);
        assertThat(body.get("applicationType").asString()).isEqualTo("WELL_DRILLING");
        assertThat(body.get("status").asString()).isEqualTo("SUBMITTED");
        assertThat(body.get("eventId").asString()).isEqualTo(r.eventId());
        assertThat(r.contentType()).startsWith("application/json");
        assertThat(verifies(r, WebhookReceiver.secret())).as("signature %s", r.signature()).isTrue();
        assertThat(verifies(r, WebhookReceiver.secret() + "x")).as("a wrong secret").isFalse();
        assertThat(r.body()).doesNotContain(ApplicationFixtures.SENTINEL_NAME, ApplicationFixtures.SENTINEL_CIVIL_ID,
                ApplicationFixtures.SENTINEL_PHONE);
        // the receiver keeps the request before it answers, so the row may still be finishing
        await(() -> row(ref, "delivered_at is not null") == 1, "the row delivered");
    }

    @Test
    void aDeliveryAnswered500TwiceIsRetriedWithTheSameEventIdUntilDelivered() {
        WebhookReceiver.failFirst(2);
        String ref = submit();

        List<Received> got = awaitReceived(ref, 3);
        assertThat(got).extracting(Received::eventId).containsOnly(got.get(0).eventId());
        assertThat(got).allSatisfy(r -> assertThat(verifies(r, WebhookReceiver.secret())).isTrue());
        await(() -> row(ref, "delivered_at is not null") == 1, "the row delivered");
        assertThat(jdbc.sql("select attempts from webhook_delivery where reference = ?").param(ref)
                .query(Integer.class).single()).isEqualTo(3);
    }

    @Test
    void everyStepIsItsOwnEventWithTheNewStatus() {
        String ref = submit();
        assertThat(apps.step(ref, "review", null).status()).isEqualTo(200);
        assertThat(apps.step(ref, "rejection", "outside the permitted basin").status()).isEqualTo(200);

        List<Received> got = awaitReceived(ref, 3);
        assertThat(got).extracting(r -> JSON.readTree(r.body()).get("status").asString())
                .containsExactlyInAnyOrder("SUBMITTED", "UNDER_REVIEW", "REJECTED");
        assertThat(got).extracting(Received::eventId).doesNotHaveDuplicates();
    }

    @Test
    void adminsAndAuditorsSeeTheDeliveryStateAndPlannersDoNot() {
        WebhookReceiver.failFirst(2); // pending for the 1 s and 4 s waits after the two 500s
        String ref = submit();
        awaitReceived(ref, 1);
        await(() -> row(ref, "last_status = 500") == 1, "the failed first attempt recorded");

        JsonNode pending = api.as(Role.AUDITOR).get("/api/admin/webhook-deliveries?status=PENDING&reference=" + ref).json();
        assertThat(pending.get("numberReturned").asInt()).as("%s", pending).isEqualTo(1);
        JsonNode d = pending.get("deliveries").get(0);
        assertThat(d.get("eventType").asString()).isEqualTo("ApplicationSubmitted");
        assertThat(d.get("lastStatus").asInt()).isEqualTo(500);
        assertThat(d.get("lastError").asString()).isEqualTo("HTTP 500");
        await(() -> row(ref, "delivered_at is not null") == 1, "the retry delivered");
        JsonNode delivered = api.as(Role.ADMIN).get("/api/admin/webhook-deliveries?status=DELIVERED&reference=" + ref).json();
        assertThat(delivered.get("deliveries").get(0).get("attempts").asInt()).isEqualTo(3);
        assertThat(delivered.toString()).doesNotContain(ApplicationFixtures.SENTINEL_NAME, ApplicationFixtures.SENTINEL_CIVIL_ID);

        assertThat(api.as(Role.PLANNER).get("/api/admin/webhook-deliveries").status()).isEqualTo(403);
        Response bad = api.as(Role.ADMIN).get("/api/admin/webhook-deliveries?status=LOST");
        assertThat(bad.status()).as("%s", bad).isEqualTo(400);
        assertThat(bad.body()).contains("status");
    }

    /**
     * A delivery given up as failed (its subscriber down for longer than the retries last) is sent
     * again by an admin: pending at once, attempts counted afresh, the same event, then delivered.
     */
    @Test
    void anAdminSendsAFailedDeliveryAgainAndItArrivesWithTheSameEvent() {
        WebhookReceiver.failFirst(1000);
        String ref = submit();
        awaitReceived(ref, 1);
        // what the sender writes after its last attempt (max-attempts would take a day here)
        jdbc.sql("update webhook_delivery set failed_at = now() where reference = ? and delivered_at is null").param(ref).update();
        JsonNode failed = api.as(Role.AUDITOR).get("/api/admin/webhook-deliveries?status=FAILED&reference=" + ref).json()
                .get("deliveries").get(0);
        long id = failed.get("id").asLong();
        WebhookReceiver.failFirst(0);

        assertThat(api.as(Role.AUDITOR).post("/api/admin/webhook-deliveries/" + id + "/resend", "application/json", "").status())
                .as("auditors read, they do not send").isEqualTo(403);
        assertThat(api.as(Role.PLANNER).post("/api/admin/webhook-deliveries/" + id + "/resend", "application/json", "").status())
                .isEqualTo(403);
        Response resent = api.as(Role.ADMIN).post("/api/admin/webhook-deliveries/" + id + "/resend", "application/json", "");
        assertThat(resent.status()).as("%s", resent).isEqualTo(200);
        assertThat(resent.json().get("status").asString()).isEqualTo("PENDING");
        assertThat(resent.json().get("attempts").asInt()).isZero();
        assertThat(resent.json().get("eventId").asString()).isEqualTo(failed.get("eventId").asString());
        await(() -> row(ref, "delivered_at is not null") == 1, "the resent delivery delivered");
        assertThat(ours(ref).get(ours(ref).size() - 1).eventId()).isEqualTo(failed.get("eventId").asString());
        assertThat(jdbc.sql("select path from audit_event where action = 'WRITE' and actor = 'admin' and request_id = ?")
                .param(resent.header("X-Request-Id")).query(String.class).list())
                .as("the admin's write audited").containsExactly("/api/admin/webhook-deliveries/" + id + "/resend");

        Response again = api.as(Role.ADMIN).post("/api/admin/webhook-deliveries/" + id + "/resend", "application/json", "");
        assertThat(again.status()).as("%s", again).isEqualTo(409);
        assertThat(again.json().get("type").asString()).isEqualTo("https://manhal.om/problems/delivery-not-failed");
        assertThat(again.json().get("status").asString()).isEqualTo("DELIVERED");
        assertThat(again.json().get("detailAr").asString()).isNotBlank();
        Response unknown = api.as(Role.ADMIN).post("/api/admin/webhook-deliveries/" + Long.MAX_VALUE + "/resend", "application/json", "");
        assertThat(unknown.status()).isEqualTo(404);
        Response bad = api.as(Role.ADMIN).post("/api/admin/webhook-deliveries/x/resend", "application/json", "");
        assertThat(bad.status()).as("%s", bad).isEqualTo(400);
        assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void anIllegalStepWritesNoEvent() {
        String ref = submit();
        Response r = apps.step(ref, "revocation", "never approved");

        assertThat(r.status()).as("%s", r).isEqualTo(409);
        assertThat(row(ref, "true")).isEqualTo(1); // the submission's only
    }

    @Test
    void anEventOfARolledBackTransactionIsNotWrittenAndACommittedOneIs() {
        TransactionTemplate tx = new TransactionTemplate(txManager);
        tx.executeWithoutResult(status -> {
            events.publishEvent(new ApplicationSubmitted("WD-XX-2026-999998", ApplicationType.WELL_DRILLING));
            status.setRollbackOnly();
        });
        tx.executeWithoutResult(status ->
                events.publishEvent(new ApplicationSubmitted("WD-XX-2026-999999", ApplicationType.WELL_DRILLING)));

        assertThat(row("WD-XX-2026-999998", "true")).isZero();
        assertThat(row("WD-XX-2026-999999", "true")).isEqualTo(1);
    }

    private String submit() {
        return apps.submitDrilling(new SpacingFixtures(jdbc).freeSpot()).get("reference").asString();
    }

    private long row(String reference, String condition) {
        return jdbc.sql("select count(*) from webhook_delivery where reference = ? and " + condition).param(reference)
                .query(Long.class).single();
    }

    /** What a receiver does: recompute HMAC-SHA256 of "t.body" with its secret, compare in constant time. */
    private static boolean verifies(Received r, String secret) {
        String[] parts = r.signature().split(",");
        String t = parts[0].substring("t=".length());
        String v1 = parts[1].substring("v1=".length());
        assertThat(t).isEqualTo(r.timestamp());
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal((t + "." + r.body()).getBytes(StandardCharsets.UTF_8));
            return MessageDigest.isEqual(expected, HexFormat.of().parseHex(v1));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The requests the receiver got for the events of this reference's outbox rows. The receiver
     * keeps what the whole suite sent, and the registry's reset between classes starts the
     * references again from 000001: a reference alone may name an earlier class's application.
     */
    private List<Received> awaitReceived(String reference, int n) {
        await(() -> ours(reference).size() >= n, n + " requests about " + reference);
        return ours(reference);
    }

    private List<Received> ours(String reference) {
        List<String> events = jdbc.sql("select event_id::text from webhook_delivery where reference = ?").param(reference)
                .query(String.class).list();
        return WebhookReceiver.about(reference).stream().filter(r -> events.contains(r.eventId())).toList();
    }

    /** Waits for the sender (it polls every 200 ms in tests, retries after 1 s, then 4 s). */
    private static void await(Supplier<Boolean> condition, String what) {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (!condition.get()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting for " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
