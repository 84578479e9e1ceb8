package org.manhal.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.Wells;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * The database goes away under the service: every connection of the service ended (as when
 * PostgreSQL restarts), then the database refusing connections for a while. Requests meanwhile
 * get a retryable 503 problem with {@code Retry-After}, never a 500; nothing is half-written; the
 * service reconnects by itself. The service's connections carry an application name of their own
 * so that only they are ended, not those of the other test classes' cached contexts.
 */
@ManhalApiTest(properties = {
        "spring.datasource.hikari.data-source-properties.ApplicationName=" + DatabaseFaultIntegrationTests.APP,
        "spring.datasource.hikari.connection-timeout=1500"})
class DatabaseFaultIntegrationTests {

    static final String APP = "manhal-fault-test";

    final ApiClient api;

    @Autowired
    Environment env;

    DatabaseFaultIntegrationTests(ApiClient api) {
        this.api = api;
    }

    @Test
    void theServiceReconnectsAfterEveryConnectionEnded() throws Exception {
        assertThat(api.get("/api/wells?limit=1").status()).isEqualTo(200);
        try (Connection admin = maintenance(); Statement s = admin.createStatement()) {
            assertThat(endServiceConnections(s)).isPositive();
        }
        Response first = api.get("/api/wells?limit=1");
        if (first.status() != 200) {
            assertRetryable(first); // it met a connection that had ended
        }
        waitAsRetryAfterAsks();
        assertThat(api.get("/api/wells?limit=1").status()).as("the retry after the restart").isEqualTo(200);
    }

    @Test
    void whileTheDatabaseRefusesConnectionsWritesAreRefusedRetryablyAndNothingIsWritten() throws Exception {
        long before = wells();
        double[] p = Wells.freshSpot();
        try (Connection admin = maintenance(); Statement s = admin.createStatement()) {
            s.execute("alter database " + database() + " allow_connections false");
            try {
                endServiceConnections(s);
                Response write = api.post("/api/wells", "application/geo+json", Wells.feature(p[0], p[1]));
                assertRetryable(write);
                Response ready = api.get("/actuator/health/readiness");
                assertThat(ready.status()).as(ready.toString()).isEqualTo(503);
                assertThat(ready.body()).doesNotContain("jdbc:", "postgresql://");
            } finally {
                s.execute("alter database " + database() + " allow_connections true");
            }
        }
        assertThat(wells()).as("nothing half-written").isEqualTo(before);
        waitAsRetryAfterAsks();

        // a client retries as Retry-After asks, a few times: the pool may still be reconnecting
        Response again = api.post("/api/wells", "application/geo+json", Wells.feature(p[0], p[1]));
        for (int attempt = 1; again.status() == 503 && attempt < 6; attempt++) {
            assertRetryable(again);
            assertThat(wells()).as("a refused retry writes nothing").isEqualTo(before);
            Thread.sleep(Long.parseLong(again.header("Retry-After")) * 1000);
            again = api.post("/api/wells", "application/geo+json", Wells.feature(p[0], p[1]));
        }
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(wells()).isEqualTo(before + 1);
        assertThat(api.get("/actuator/health/readiness").status()).isEqualTo(200);
    }

    /**
     * A client waits before it retries. Less than Retry-After (5 s) is enough here: the pool
     * checks a connection idle for over half a second before it lends it, so the connections the
     * database ended are discarded rather than lent.
     */
    private static void waitAsRetryAfterAsks() throws InterruptedException {
        Thread.sleep(1000);
    }

    private static void assertRetryable(Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(503);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.header("Retry-After")).isEqualTo("5");
        assertThat(r.json().get("type").asString()).endsWith("/database-unavailable");
        assertThat(r.json().get("detailAr").asString()).isNotBlank();
        assertThat(r.body()).doesNotContain("SQL", "org.", "jdbc", "Exception");
    }

    /** Counted on a connection of the test's own: the service's pool is what the faults hit. */
    private long wells() throws SQLException {
        try (Connection c = connect(env.getRequiredProperty("spring.datasource.url")); Statement s = c.createStatement();
             var rs = s.executeQuery("select count(*) from well")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Ends the service's connections (its pool's), as a restart of PostgreSQL would. */
    private int endServiceConnections(Statement s) throws SQLException {
        try (var rs = s.executeQuery("select count(pg_terminate_backend(pid)) from pg_stat_activity where application_name = '"
                + APP + "'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private String database() {
        String url = env.getRequiredProperty("spring.datasource.url");
        String db = url.replaceFirst("^.*/([^/?]+)(\\?.*)?$", "$1");
        assertThat(db).contains("test").matches("[a-z0-9_]+");
        return db;
    }

    private Connection maintenance() throws SQLException {
        return connect(env.getRequiredProperty("spring.datasource.url").replaceFirst("/[^/?]+(?=\\?|$)", "/postgres"));
    }

    private Connection connect(String url) throws SQLException {
        return DriverManager.getConnection(url, env.getRequiredProperty("spring.datasource.username"),
                env.getRequiredProperty("spring.datasource.password"));
    }
}
