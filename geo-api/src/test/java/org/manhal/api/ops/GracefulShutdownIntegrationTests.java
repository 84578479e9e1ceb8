package org.manhal.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.manhal.ManhalApplication;
import org.manhal.support.CounterRow;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.Wells;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.ObjectMapper;

/**
 * Stopping the service (SIGTERM from systemd or {@code bin/manhal down}) finishes the writes in
 * flight: a registration that is waiting inside its transaction when the stop begins still commits
 * and is acknowledged, while new requests are no longer taken. Shown on a second instance of the
 * service, started here on the same database, so that the suite's own context is not stopped. The
 * registration is held mid-transaction by the test holding the registry counter row it needs.
 */
@ManhalApiTest
class GracefulShutdownIntegrationTests {

    @Autowired
    Environment env;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void aStopFinishesTheRegistrationInFlightAndTakesNoNewRequests() throws Exception {
        String application = "manhal-stopping-" + UUID.randomUUID().toString().substring(0, 8);
        // as arguments: they outrank application.yml (default properties would not)
        ConfigurableApplicationContext instance = new SpringApplicationBuilder(ManhalApplication.class).run(
                "--server.port=0",
                "--spring.datasource.hikari.data-source-properties.ApplicationName=" + application,
                "--spring.lifecycle.timeout-per-shutdown-phase=30s",
                "--manhal.sample-data=false");
        int port = Integer.parseInt(instance.getEnvironment().getProperty("local.server.port"));
        double[] spot = Wells.freshSpot();
        CompletableFuture<Void> stopped = null;
        try (Connection blocker = DriverManager.getConnection(env.getProperty("spring.datasource.url"),
                env.getProperty("spring.datasource.username"), env.getProperty("spring.datasource.password", ""))) {
            CounterRow.hold(jdbc, blocker, spot);
            CompletableFuture<HttpResponse<String>> registration = http.sendAsync(HttpRequest.newBuilder(uri(port, "/api/wells"))
                    .header("Content-Type", "application/geo+json")
                    .POST(HttpRequest.BodyPublishers.ofString(Wells.feature(spot[0], spot[1])))
                    .build(), HttpResponse.BodyHandlers.ofString());
            awaitWaitingOnALock(application);

            stopped = CompletableFuture.runAsync(instance::close);
            awaitNotTaking(port);
            assertThat(registration).as("the registration in flight is not cut off by the stop").isNotDone();

            blocker.rollback(); // the registration goes on, to its commit
            HttpResponse<String> answer = registration.get(30, TimeUnit.SECONDS);
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
            long id = new ObjectMapper().readTree(answer.body()).get("id").asLong();
            assertThat(jdbc.sql("select count(*) from well where id = ? and deleted_at is null").param(id).query(Long.class).single())
                    .as("the acknowledged registration is in the registry").isOne();
            stopped.get(30, TimeUnit.SECONDS);
            assertThat(instance.isActive()).isFalse();
        } finally {
            if (stopped == null) {
                instance.close();
            }
        }
    }

    /** Until a new request is refused: the stop has begun and the connector takes no more. */
    private void awaitNotTaking(int port) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri(port, "/actuator/health"))
                        .timeout(Duration.ofSeconds(1)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 503) {
                    return;
                }
            } catch (ConnectException | HttpTimeoutException e) {
                return;
            } catch (IOException e) {
                return; // the connection was closed on it
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the stopping instance still takes new requests");
    }

    private void awaitWaitingOnALock(String application) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            if (jdbc.sql("select count(*) from pg_stat_activity where application_name = ? and wait_event_type = 'Lock'")
                    .param(application).query(Long.class).single() > 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the registration never reached the counter row");
    }

    private static URI uri(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
