package org.manhal.api.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.Wells;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A bounded load on loopback: many concurrent clients mixing map reads, single reads, counts,
 * spacing checks, registrations and corrections (some deliberately stale), and drilling applications
 * taken to a decision, for a while; then the books are balanced against the database: no answer
 * other than the expected ones (a stale correction's 412, an approval refused on its verdict's
 * 409, or on a NEEDS_REVIEW verdict approved without the reviewer's acknowledgement), every acknowledged registration, correction and approval is in the database exactly as
 * acknowledged, nothing unacknowledged was written, no two approved wells are closer than their
 * rule, and the count API equals a plain count.
 *
 * <p>In the suite it is a short run ({@code -Dmanhal.load.clients}, default 40, and
 * {@code -Dmanhal.load.seconds}, default 8); {@code bin/manhal load} runs it with 200 clients for
 * 60 s. Latencies per kind of request go to {@code target/load/report.md} (and the console), for
 * {@code docs/benchmarks.md}: this test asserts correctness only, never a time.
 */
@ManhalApiTest
class LoadIntegrationTests {

    /** Inland northern Oman (Ad Dakhiliyah, Adh Dhahirah): every point is in a wilayat. */
    private static final double MIN_LON = 56.2, MAX_LON = 57.6, MIN_LAT = 22.3, MAX_LAT = 23.2;

    private static final String BOX = String.format(Locale.ROOT,
            "{\"type\":\"Polygon\",\"coordinates\":[[[%s,%s],[%s,%s],[%s,%s],[%s,%s],[%s,%s]]]}",
            MIN_LON, MIN_LAT, MAX_LON, MIN_LAT, MAX_LON, MAX_LAT, MIN_LON, MAX_LAT, MIN_LON, MIN_LAT);

    final ApiClient api;

    @Autowired
    JdbcClient jdbc;

    LoadIntegrationTests(ApiClient api) {
        this.api = api;
    }

    /**
     * Drilling applications are filed in a small box (about 3 km by 3 km), so that concurrent
     * approvals of wells too close to each other really meet: the neighbourhood lock must let at
     * most one of them through.
     */
    private static final double APPROVAL_LON = 57.00, APPROVAL_LAT = 22.60, APPROVAL_SIDE = 0.03;

    enum Kind { MAP_READ, WELL_READ, COUNT_ALL, COUNT_POLYGON, SPACING_CHECK, REGISTRATION, CORRECTION, STALE_CORRECTION,
                APPLICATION, REVIEW, APPROVAL }

    /** A registration the service acknowledged, and the depth of its last acknowledged correction. */
    record Acknowledged(long id, double depthM, int corrections) {
    }

    private final Map<Kind, ConcurrentLinkedQueue<Long>> latencies = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<String> unexpected = new ConcurrentLinkedQueue<>();
    /** Wells registered PERMITTED by an acknowledged approval. */
    private final ConcurrentLinkedQueue<Long> approvedWells = new ConcurrentLinkedQueue<>();

    @Test
    void manyClientsAtOnceLoseNothingAndGetOnlyTheExpectedAnswers(SplittableRandom seed) throws Exception {
        int clients = Integer.getInteger("manhal.load.clients", 40);
        Duration length = Duration.ofSeconds(Long.getLong("manhal.load.seconds", 8));
        long wellsBefore = plainCount();
        long historyBefore = jdbc.sql("select count(*) from well_history").query(Long.class).single();

        List<Future<List<Acknowledged>>> runs = new ArrayList<>();
        Instant end = Instant.now().plus(length);
        ExecutorService pool = Executors.newFixedThreadPool(clients); // one thread a client (Java 17)
        for (int c = 0; c < clients; c++) {
            SplittableRandom random = seed.split();
            runs.add(pool.submit(() -> client(random, end)));
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(length.toSeconds() + 120, TimeUnit.SECONDS)).as("clients finished").isTrue();
        List<Acknowledged> acknowledged = new ArrayList<>();
        for (Future<List<Acknowledged>> run : runs) {
            acknowledged.addAll(run.get());
        }
        String report = report(clients, length);
        System.out.println(report);
        Path file = Path.of("target", "load", "report.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);

        assertThat(unexpected).as("answers other than the expected ones").isEmpty();
        assertThat(acknowledged).as("registrations made").isNotEmpty();

        // every acknowledged write is there as acknowledged; nothing else was written
        for (Acknowledged a : acknowledged) {
            Map<String, Object> row = jdbc.sql("select depth_m, deleted_at from well where id = ?").param(a.id()).query().singleRow();
            assertThat(row.get("deleted_at")).isNull();
            assertThat(((Number) row.get("depth_m")).doubleValue()).as("well %d", a.id()).isEqualTo(a.depthM());
        }
        assertThat(plainCount()).as("wells: before + acknowledged registrations and approvals")
                .isEqualTo(wellsBefore + acknowledged.size() + approvedWells.size());
        long corrections = acknowledged.stream().mapToLong(Acknowledged::corrections).sum();
        assertThat(jdbc.sql("select count(*) from well_history").query(Long.class).single())
                .as("history: one row per acknowledged registration, correction and approval")
                .isEqualTo(historyBefore + acknowledged.size() + corrections + approvedWells.size());

        // no rule broken: every approved well is PERMITTED, and no two are closer than the
        // strictest well-to-well distance that refuses an agricultural drilling permit of 40 m3/d
        for (long id : approvedWells) {
            assertThat(jdbc.sql("select status from well where id = ?").param(id).query(String.class).single()).isEqualTo("PERMITTED");
        }
        if (!approvedWells.isEmpty()) {
            Long[] ids = approvedWells.toArray(Long[]::new);
            long tooClose = jdbc.sql("""
                    select count(*) from well a join well b on a.id < b.id
                    where a.id = any(?) and b.id = any(?)
                      and ST_DWithin(a.geom::geography, b.geom::geography, (
                          select max(distance_m) from spacing_rule
                          where enabled and outcome = 'REJECT' and operator = 'MIN_DISTANCE' and target_kind = 'EXISTING_WELL'
                            and 'WELL_DRILLING' = any(application_types)
                            and (cardinality(well_uses) = 0 or 'AGRICULTURAL' = any(well_uses))
                            and not ('AGRICULTURAL' = any(exempt_uses))
                            and (yield_min_m3_per_day is null or yield_min_m3_per_day <= 40)
                            and (yield_max_m3_per_day is null or 40 < yield_max_m3_per_day))::float8)""")
                    .params(ids, ids).query(Long.class).single();
            assertThat(tooClose).as("pairs of approved wells closer than their rule").isZero();
        }

        // the count API agrees with a plain count, for the whole registry and for the load's box
        assertThat(api.get("/api/wells/count").json().get("count").asLong()).isEqualTo(plainCount());
        long inBox = jdbc.sql("select count(*) from well where deleted_at is null and ST_Intersects(geom, ST_GeomFromGeoJSON(?))")
                .param(BOX).query(Long.class).single();
        assertThat(api.post("/api/wells/count", "application/geo+json", BOX).json().get("count").asLong()).isEqualTo(inBox);
    }

    private List<Acknowledged> client(SplittableRandom random, Instant end) {
        List<Acknowledged> mine = new ArrayList<>();
        while (Instant.now().isBefore(end)) {
            int dice = random.nextInt(100);
            double lon = MIN_LON + random.nextDouble() * (MAX_LON - MIN_LON);
            double lat = MIN_LAT + random.nextDouble() * (MAX_LAT - MIN_LAT);
            if (dice < 4) {
                approvalFlow(random);
            } else if (dice < 30) {
                timed(Kind.MAP_READ, 200, () -> api.get("/api/wells?limit=100&bbox=" + String.format(Locale.ROOT,
                        "%.5f,%.5f,%.5f,%.5f", lon, lat, lon + 0.2, lat + 0.2)));
            } else if (dice < 40 && !mine.isEmpty()) {
                long id = mine.get(random.nextInt(mine.size())).id();
                timed(Kind.WELL_READ, 200, () -> api.get("/api/wells/" + id));
            } else if (dice < 45) {
                timed(Kind.COUNT_ALL, 200, () -> api.get("/api/wells/count?groupBy=governorate"));
            } else if (dice < 52) {
                timed(Kind.COUNT_POLYGON, 200, () -> api.post("/api/wells/count?groupBy=use", "application/geo+json", BOX));
            } else if (dice < 72) {
                timed(Kind.SPACING_CHECK, 200, () -> api.post("/api/checks/well-spacing", "application/json", String.format(
                        Locale.ROOT, "{\"location\":{\"type\":\"Point\",\"coordinates\":[%.6f,%.6f]},"
                                + "\"applicationType\":\"WELL_DRILLING\",\"use\":\"AGRICULTURAL\",\"yieldM3PerDay\":40}", lon, lat)));
            } else if (dice < 87 || mine.isEmpty()) {
                double depth = 50 + random.nextInt(200);
                Response r = timed(Kind.REGISTRATION, 201, () -> api.post("/api/wells", "application/geo+json",
                        Wells.feature(lon, lat, "BOREHOLE", "AGRICULTURAL", "ACTIVE", "\"depthM\":" + depth)));
                if (r.status() == 201) {
                    mine.add(new Acknowledged(r.json().get("id").asLong(), depth, 0));
                }
            } else {
                int i = random.nextInt(mine.size());
                Acknowledged a = mine.get(i);
                Response read = api.get("/api/wells/" + a.id());
                if (read.status() != 200) {
                    unexpected.add("read before correction " + read);
                    continue;
                }
                String feature = read.body();
                // a correction that changes nothing writes no history row: always change the depth
                double depth = 50 + (a.depthM() - 50 + 1 + random.nextInt(199)) % 200;
                String corrected = feature.replaceFirst("\"depthM\":[0-9.]+", "\"depthM\":" + depth);
                if (dice < 95) {
                    Response r = timed(Kind.CORRECTION, 200, () -> api.put("/api/wells/" + a.id(), corrected,
                            Map.of("If-Match", read.header("ETag"))));
                    if (r.status() == 200) {
                        mine.set(i, new Acknowledged(a.id(), depth, a.corrections() + 1));
                    }
                } else {
                    // a client that kept an old version: refused, nothing written
                    timed(Kind.STALE_CORRECTION, 412, () -> api.put("/api/wells/" + a.id(), corrected,
                            Map.of("If-Match", "\"" + (a.corrections() + 7) + "\"")));
                }
            }
        }
        return mine;
    }

    /** A drilling application filed, taken into review and approved (200) or refused on its verdict (409). */
    private void approvalFlow(SplittableRandom random) {
        double lon = APPROVAL_LON + random.nextDouble() * APPROVAL_SIDE;
        double lat = APPROVAL_LAT + random.nextDouble() * APPROVAL_SIDE;
        String application = String.format(Locale.ROOT, "{\"type\":\"WELL_DRILLING\",\"location\":{\"type\":\"Point\","
                + "\"coordinates\":[%.6f,%.6f]},\"proposed\":{\"type\":\"BOREHOLE\",\"use\":\"AGRICULTURAL\",\"depthM\":120,"
                + "\"yieldM3PerDay\":40},\"applicant\":{\"name\":\"Load Applicant\",\"civilId\":\"12345678\"}}", lon, lat);
        String key = "load-" + random.nextLong();
        Response filed = timed(Kind.APPLICATION, Set.of(201), () -> api.send(java.net.http.HttpRequest.newBuilder(api.uri("/api/applications"))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(application)),
                Map.of("Content-Type", "application/json", "Idempotency-Key", key)));
        if (filed.status() != 201) {
            return;
        }
        String reference = filed.json().get("reference").asString();
        Response review = timed(Kind.REVIEW, Set.of(200), () -> api.post("/api/applications/" + reference + "/review", "application/json", "{}"));
        if (review.status() != 200) {
            return;
        }
        Response decided = timed(Kind.APPROVAL, Set.of(200, 409), () -> api.post("/api/applications/" + reference + "/approval",
                "application/json", "{\"reason\":\"load test\"}"));
        if (decided.status() == 200) {
            approvedWells.add(decided.json().get("wellId").asLong());
        } else if (decided.status() == 409 && !decided.body().contains("approval-refused")
                && !decided.body().contains("review-acknowledgement-required")) {
            // refused on its verdict: a FAIL, or a NEEDS_REVIEW that the load's approvals do not acknowledge
            unexpected.add("APPROVAL: 409 that is not a refusal on the verdict " + decided.body());
        }
    }

    private Response timed(Kind kind, int expected, java.util.function.Supplier<Response> request) {
        return timed(kind, Set.of(expected), request);
    }

    private Response timed(Kind kind, Set<Integer> expected, java.util.function.Supplier<Response> request) {
        long started = System.nanoTime();
        Response r;
        try {
            r = request.get();
        } catch (RuntimeException e) {
            unexpected.add(kind + ": " + e);
            return new Response(-1, Map.of(), "");
        }
        latencies.computeIfAbsent(kind, k -> new ConcurrentLinkedQueue<>()).add(System.nanoTime() - started);
        if (!expected.contains(r.status())) {
            unexpected.add(kind + ": " + r.status() + " " + (r.body().length() > 300 ? r.body().substring(0, 300) : r.body()));
        }
        return r;
    }

    private long plainCount() {
        return jdbc.sql("select count(*) from well where deleted_at is null").query(Long.class).single();
    }

    private String report(int clients, Duration length) {
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT,
                "Load run: %d clients for %d s, %s%n%n| request | n | per s | p50 ms | p95 ms | p99 ms | max ms |%n|---|---|---|---|---|---|---|%n",
                clients, length.toSeconds(), Instant.now()));
        Map<Kind, ConcurrentLinkedQueue<Long>> sorted = new TreeMap<>(latencies);
        long total = 0;
        for (var e : sorted.entrySet()) {
            long[] ns = e.getValue().stream().mapToLong(Long::longValue).sorted().toArray();
            total += ns.length;
            s.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %.1f | %.1f |%n", e.getKey(), ns.length,
                    ns.length / (double) length.toSeconds(), ms(ns, 0.50), ms(ns, 0.95), ms(ns, 0.99), ns[ns.length - 1] / 1e6));
        }
        s.append(String.format(Locale.ROOT, "%nAll: %d requests, %.1f per s; unexpected answers: %d%n", total,
                total / (double) length.toSeconds(), unexpected.size()));
        return s.toString();
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
