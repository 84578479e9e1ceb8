package org.manhal.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.manhal.audit.WriteOrigin;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.Wells;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

/**
 * The audit trail: every write of a scripted session appears in it exactly once, with who, what,
 * when, from where and the request id; the well history names the signed-in person; the trail
 * cannot be changed or emptied by the service's database role; auditors read and export it, no
 * one else.
 */
@ManhalApiTest
class AuditTrailIntegrationTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void everyWriteOfAScriptedSessionIsRecordedOnceWithWhoWhatAndWhere(ApiClient api) {
        String session = UUID.randomUUID().toString().substring(0, 8);
        double[] at = Wells.freshSpot();
        Map<String, String> requests = new LinkedHashMap<>();

        Response created = send(api.as(Role.STAFF), requests, session + "-register", "POST", "/api/wells",
                Wells.feature(at[0], at[1]));
        long id = created.json().path("id").asLong();
        send(api.as(Role.FIELD_TECHNICIAN), requests, session + "-correct", "PUT", "/api/wells/" + id,
                Wells.feature(at[0], at[1], "BOREHOLE", "DOMESTIC", "ACTIVE", ""));
        send(api.as(Role.STAFF), requests, session + "-recheck", "POST", "/api/wells/" + id + "/findings", "");
        send(api.as(Role.STAFF), requests, session + "-delete", "DELETE", "/api/wells/" + id + "?reason=audit+test", null);
        // refused before it reached a handler: no write, no line
        Response refused = send(api.as(Role.PLANNER), new LinkedHashMap<>(), session + "-refused", "POST", "/api/wells",
                Wells.feature(at[0], at[1]));

        assertThat(refused.status()).isEqualTo(403);
        List<String> problems = new ArrayList<>();
        requests.forEach((requestId, expected) -> {
            JsonNode entries = api.as(Role.AUDITOR).get("/api/audit?action=WRITE&requestId=" + requestId).json().path("entries");
            if (entries.size() != 1) {
                problems.add(requestId + ": " + entries.size() + " lines");
                return;
            }
            JsonNode e = entries.get(0);
            String got = e.path("actor").asString() + " " + e.path("method").asString() + " " + e.path("path").asString();
            if (!got.equals(expected) || e.path("clientAddress").asString().isBlank() || e.path("status").asInt() >= 300
                    || e.path("at").asString().isBlank()) {
                problems.add(requestId + ": " + e);
            }
        });
        assertThat(problems).isEmpty();
        assertThat(api.as(Role.AUDITOR).get("/api/audit?requestId=" + session + "-refused").json().path("entries")).isEmpty();
        // the well's own history names the real people and the same requests
        JsonNode history = api.get("/api/wells/" + id + "/history").json().path("changes");
        assertThat(history.findValuesAsString("changedBy")).containsExactly("staff", "technician", "staff");
        assertThat(history.findValuesAsString("requestId"))
                .containsExactly(session + "-register", session + "-correct", session + "-delete");
    }

    @Test
    void aWriteRecordsItsLineInItsOwnTransactionSoARolledBackOneLeavesNone(ApiClient api) {
        String session = UUID.randomUUID().toString().substring(0, 8);
        Response filed = api.as(Role.STAFF).send(HttpRequest.newBuilder(api.uri("/api/applications"))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"WELL_DRILLING\",\"location\":{\"type\":\"Point\","
                                + "\"coordinates\":[" + Wells.freshSpot()[0] + ",19.8]},\"proposed\":{\"use\":\"DOMESTIC\","
                                + "\"depthM\":100,\"yieldM3PerDay\":4},\"applicant\":{\"name\":\"Owner\",\"civilId\":\"12345678\"}}")),
                Map.of("Content-Type", "application/json", "X-Request-Id", session + "-file", "Idempotency-Key", session));
        assertThat(filed.status()).as("%s", filed).isEqualTo(201);
        String ref = filed.json().path("reference").asString();
        // locks the application's row (a write to PostgreSQL), then refuses the step: rolled back
        Response illegal = api.as(Role.STAFF).send(HttpRequest.newBuilder(api.uri("/api/applications/" + ref + "/approval"))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"too early\"}")),
                Map.of("Content-Type", "application/json", "X-Request-Id", session + "-illegal"));
        assertThat(illegal.status()).isEqualTo(409);

        assertThat(writeLines(session + "-file")).as("the committed submission").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_event where request_id = ? and status is null").param(session + "-file")
                .query(Long.class).single()).as("written in the write's transaction, before the answer had a status").isEqualTo(1);
        assertThat(writeLines(session + "-illegal")).as("the rolled-back step").isZero();
    }

    @Test
    void theLineCommitsAndRollsBackWithTheWriteAndIsWrittenOncePerRequest() {
        String actor = "tx-" + UUID.randomUUID().toString().substring(0, 8);
        TransactionTemplate tx = new TransactionTemplate(transactions);
        WriteOrigin.open(new WriteOrigin(actor, "STAFF", "POST", "/test", "127.0.0.1"));
        try {
            assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
                counter(actor);
                throw new IllegalStateException("the write fails after writing");
            })).isInstanceOf(IllegalStateException.class);
            assertThat(lines(actor)).as("rolled back with its write").isZero();
            tx.executeWithoutResult(s -> jdbc.sql("select 1").query(Integer.class).single());
            assertThat(lines(actor)).as("a transaction that wrote nothing").isZero();
            tx.executeWithoutResult(s -> counter(actor));
            tx.executeWithoutResult(s -> counter(actor + "-2"));
            assertThat(lines(actor)).as("committed: one line for the request, however many transactions").isEqualTo(1);
        } finally {
            assertThat(WriteOrigin.close()).isTrue();
        }
        assertThat(jdbc.sql("select count(*) from application_counter where type_code like ?").param(actor + "%")
                .query(Long.class).single()).isEqualTo(2);
        jdbc.sql("delete from application_counter where type_code like ?").param(actor + "%").update();
    }

    private void counter(String typeCode) {
        jdbc.sql("insert into application_counter (type_code, governorate_code, year, last_value) values (?, 'XX', 2026, 1)")
                .param(typeCode).update();
    }

    private long lines(String actor) {
        return jdbc.sql("select count(*) from audit_event where actor = ? and action = 'WRITE'").param(actor)
                .query(Long.class).single();
    }

    private long writeLines(String requestId) {
        return jdbc.sql("select count(*) from audit_event where request_id = ? and action = 'WRITE'").param(requestId)
                .query(Long.class).single();
    }

    @Test
    void theServicesDatabaseRoleCannotChangeOrRemoveTheTrail(ApiClient api) {
        api.as(Role.STAFF).post("/api/wells", "application/geo+json", Wells.feature(Wells.freshSpot()[0], 19.7));
        long before = jdbc.sql("select count(*) from audit_event").query(Long.class).single();
        assertThat(before).isPositive();

        assertThatThrownBy(() -> jdbc.sql("update audit_event set actor = 'someone else'").update())
                .hasMessageContaining("audit_event");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update()).hasMessageContaining("audit_event");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update()).hasMessageContaining("audit_event");

        assertThat(jdbc.sql("select count(*) from audit_event").query(Long.class).single()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from audit_event where actor = 'someone else'").query(Long.class).single()).isZero();
    }

    @Test
    void auditorsAndAdminsReadAndExportTheTrailNoOneElse(ApiClient api) {
        String requestId = "export-" + UUID.randomUUID();
        send(api.as(Role.STAFF), new LinkedHashMap<>(), requestId, "POST", "/api/wells", Wells.feature(Wells.freshSpot()[0], 19.75));

        Response csv = api.as(Role.AUDITOR).get("/api/audit/export?requestId=" + requestId);
        Response page = api.as(Role.ADMIN).get("/api/audit?actor=staff&action=WRITE&limit=5");
        Response badFilter = api.as(Role.AUDITOR).get("/api/audit?from=yesterday");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body().lines().toList()).hasSize(2).first().isEqualTo(AuditController.CSV_HEADER);
        assertThat(csv.body()).contains(requestId).contains(",staff,STAFF,WRITE,POST,/api/wells,");
        assertThat(page.json().path("entries").size()).isBetween(1, 5);
        assertThat(page.json().path("entries").findValuesAsString("actor")).containsOnly("staff");
        assertThat(badFilter.status()).isEqualTo(400);
        for (Role role : new Role[] {Role.STAFF, Role.PLANNER, Role.FIELD_TECHNICIAN, Role.CONTRACTOR, Role.CONSULTANCY_OFFICE}) {
            assertThat(api.as(role).get("/api/audit").status()).as(role.name()).isEqualTo(403);
        }
        assertThat(api.anonymous().get("/api/audit/export").status()).isEqualTo(401);
    }

    /** Sends a request with its own id; notes the line it should leave: "actor METHOD path". */
    private static Response send(ApiClient client, Map<String, String> expected, String requestId, String method,
                                 String pathAndQuery, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(client.uri(pathAndQuery))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Request-Id", requestId);
        if (body != null && !body.isEmpty()) {
            headers.put("Content-Type", "application/geo+json");
        }
        Response r = client.send(b, headers);
        String path = pathAndQuery.contains("?") ? pathAndQuery.substring(0, pathAndQuery.indexOf('?')) : pathAndQuery;
        String actor = client.get("/api/session").json().path("name").asString();
        expected.put(requestId, actor + " " + method + " " + path);
        return r;
    }
}
