package org.manhal.api.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.manhal.common.Actor;
import org.manhal.imports.ImportFormat;
import org.manhal.imports.ImportJob;
import org.manhal.imports.ImportMode;
import org.manhal.imports.ImportService;
import org.manhal.imports.ImportUpload;
import org.manhal.imports.JobStatus;
import org.manhal.imports.internal.ImportProperties;
import org.manhal.support.ApiClient;
import org.manhal.support.CounterRow;
import org.manhal.well.WellBulkRegistration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.Uploads;
import org.manhal.support.Wells;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import tools.jackson.databind.JsonNode;

/**
 * Imports survive restarts. A job left {@code QUEUED} or {@code RUNNING} by a service instance
 * that stopped is failed as {@code INTERRUPTED}, with a reason in both languages, by the next
 * instance to start; a job of an instance still alive is left alone (several instances share the
 * database); and the file can be imported again.
 *
 * <p>"Nothing of it was written" is shown on a real import, not assumed: a second service instance
 * (its own {@link ImportService} on connections of its own) imports a file while the test holds
 * the registry counter row its insert needs, so that it is stopped mid-transaction, after staging
 * and validating every row, in the INSERTING phase; then its connections are ended, as a crash
 * ends them. Its wells (marked by a contractor name of the test's own) are not in the registry,
 * the recovery fails its job, and the same file then imports in full.
 */
@ManhalApiTest
class ImportRestartIntegrationTests {

    @Autowired
    ImportService imports;

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcClient jdbc;

    @Value("${spring.datasource.url}")
    String url;

    @Value("${spring.datasource.username}")
    String user;

    @Autowired
    WellBulkRegistration bulk;

    @Value("${spring.datasource.password:}")
    String password;

    final ApiClient api;

    ImportRestartIntegrationTests(ApiClient api) {
        this.api = api;
    }

    @Test
    void aRestartFailsTheJobsOfADeadInstanceAndLeavesThoseOfALiveOneAlone() {
        String dead = "dead-host:4242:" + UUID.randomUUID().toString().substring(0, 8);
        UUID running = job("RUNNING", dead);
        UUID queued = job("QUEUED", dead);
        UUID legacy = job("RUNNING", null);                 // recorded before instances were (V11)
        UUID live = job("QUEUED", imports.instanceId());    // this context's instance: alive, holds its lock

        ImportService restarted = new ImportService(dataSource, ImportProperties.defaults(), bulk, new DataSourceTransactionManager(dataSource));
        try {
            restarted.onStart();    // what a freshly started instance does

            for (UUID id : List.of(running, queued, legacy)) {
                JsonNode job = api.get("/api/jobs/" + id).json();
                assertThat(job.path("status").asString()).as(job.toString()).isEqualTo("FAILED");
                assertThat(job.path("phase").asString()).isEqualTo("DONE");
                assertThat(job.path("finishedAt").isNull()).isFalse();
                JsonNode failure = job.path("failure");
                assertThat(failure.path("code").asString()).isEqualTo("INTERRUPTED");
                assertThat(failure.path("message").asString())
                        .isEqualTo("The service stopped during the import; nothing of it was written. Submit the file again.");
                assertThat(failure.path("messageAr").asString()).contains("توقفت الخدمة").contains("أرسل الملف مرة أخرى");
            }
            assertThat(imports.job(live).orElseThrow().status()).as("a live instance's job").isEqualTo(JobStatus.QUEUED);
            assertThat(restarted.recoverInterrupted()).as("nothing left to recover").isZero();
        } finally {
            restarted.shutdown();
            jdbc.sql("delete from job where id = ?").param(live).update();
        }
    }

    @Test
    void anImportInterruptedMidTransactionWritesNothingIsFailedOnRestartAndImportsAfterwards() throws Exception {
        double[] spot = Wells.freshSpot();
        String contractor = "interrupted-" + UUID.randomUUID();
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            rows.add(String.format(Locale.ROOT, "%.7f,%.7f,BOREHOLE,AGRICULTURAL,ACTIVE,120.5,200,350,%s",
                    spot[0] + (i % 8) * 0.001, spot[1] + (i / 8) * 0.001, contractor));
        }
        String csv = ImportFixtures.csv(ImportFixtures.HEADER + ",drillingContractor", rows.toArray(String[]::new));

        String application = "manhal-doomed-" + UUID.randomUUID().toString().substring(0, 8);
        DoomedDataSource doomedData = new DoomedDataSource(url, user, password, application);
        ImportService doomed = new ImportService(doomedData, ImportProperties.defaults(), bulk, new DataSourceTransactionManager(doomedData));
        UUID jobId;
        try (Connection blocker = DriverManager.getConnection(url, user, password)) {
            // Hold the counter row of the spot's governorate and year: the import's registry-number
            // reservation waits for it, inside the import's one transaction.
            CounterRow.hold(jdbc, blocker, spot);

            Path file = Files.createTempFile("manhal-interrupted-", ".csv");
            Files.writeString(file, csv, StandardCharsets.UTF_8);
            ImportJob started = doomed.start(new ImportUpload(file, "interrupted.csv", ImportFormat.CSV,
                    ImportMode.ALL_OR_NOTHING, null, new Actor("test")), ImportService.Completion.BACKGROUND);
            jobId = started.id();
            awaitWaitingOnTheCounter(jobId, application);

            // The instance dies: its connections end (the import's transaction with them) and it opens no more.
            doomedData.kill();
            jdbc.sql("select pg_terminate_backend(pid) from pg_stat_activity where application_name = ?")
                    .param(application).query(Boolean.class).list();
            awaitNoBackends(application);
            blocker.rollback();
        } finally {
            doomed.shutdown();
        }

        assertThat(imports.job(jobId).orElseThrow().status()).as("left as a dead instance leaves it").isEqualTo(JobStatus.RUNNING);
        assertThat(contractorWells(contractor)).as("nothing of the interrupted import was written").isZero();

        assertThat(imports.recoverInterrupted()).isGreaterThanOrEqualTo(1);   // what the next start runs
        ImportJob failed = imports.job(jobId).orElseThrow();
        assertThat(failed.status()).isEqualTo(JobStatus.FAILED);
        assertThat(failed.failure().code()).isEqualTo("INTERRUPTED");
        assertThat(failed.failure().message().en()).contains("nothing of it was written");
        assertThat(failed.rowsImported()).isZero();
        assertThat(contractorWells(contractor)).isZero();

        Response again = Uploads.upload(api, "mode=all-or-nothing", "interrupted.csv", csv);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().path("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(again.json().path("rowsImported").asLong()).isEqualTo(rows.size());
        assertThat(contractorWells(contractor)).isEqualTo(rows.size());
    }

    @Test
    void anInstanceThatLostItsLockWhileImportingNeverCommitsAJobFailedMeanwhile() throws Exception {
        double[] spot = Wells.freshSpot();
        String contractor = "lock-lost-" + UUID.randomUUID();
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            rows.add(String.format(Locale.ROOT, "%.7f,%.7f,BOREHOLE,AGRICULTURAL,ACTIVE,120.5,200,350,%s",
                    spot[0] + i * 0.001, spot[1], contractor));
        }
        String csv = ImportFixtures.csv(ImportFixtures.HEADER + ",drillingContractor", rows.toArray(String[]::new));
        String application = "manhal-lock-lost-" + UUID.randomUUID().toString().substring(0, 8);
        DoomedDataSource otherData = new DoomedDataSource(url, user, password, application);
        ImportService other = new ImportService(otherData, ImportProperties.defaults(), bulk,
                new DataSourceTransactionManager(otherData));
        try {
            UUID jobId;
            try (Connection blocker = DriverManager.getConnection(url, user, password)) {
                CounterRow.hold(jdbc, blocker, spot);
                jobId = other.start(upload(csv), ImportService.Completion.BACKGROUND).id();
                awaitWaitingOnTheCounter(jobId, application);
                // Only the instance's lock session ends (the import's, waiting on the counter, lives on):
                // to the others the instance looks dead, and a recovery fails its job.
                jdbc.sql("select pg_terminate_backend(pid) from pg_stat_activity where application_name = ?"
                        + " and state = 'idle'").param(application).query(Boolean.class).list();
                awaitRecovered(jobId);
                blocker.rollback();   // the import goes on, to its end
            }
            awaitNoActiveBackends(application);
            ImportJob job = imports.job(jobId).orElseThrow();
            assertThat(job.status()).isEqualTo(JobStatus.FAILED);
            assertThat(job.failure().code()).isEqualTo("INTERRUPTED");
            assertThat(contractorWells(contractor)).as("the import rolled back at its end").isZero();

            // the instance takes its lock again for its next job, which imports normally
            ImportJob again = other.start(upload(csv), ImportService.Completion.WAIT);
            assertThat(again.status()).as(String.valueOf(again.failure())).isEqualTo(JobStatus.SUCCEEDED);
            assertThat(contractorWells(contractor)).isEqualTo(rows.size());
        } finally {
            other.shutdown();
        }
    }

    /**
     * PostgreSQL restarts while a live instance imports: every connection of the instance ends, the
     * import's transaction with them, but the instance lives on. The job must end (failed, with its
     * reason in both languages), never stay RUNNING, nothing of it is written, and the same instance
     * imports the file once the database is back.
     */
    @Test
    void anImportWhoseDatabaseRestartsEndsFailedNotStuckAndTheFileImportsAfterwards() throws Exception {
        double[] spot = Wells.freshSpot();
        String contractor = "db-restart-" + UUID.randomUUID();
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            rows.add(String.format(Locale.ROOT, "%.7f,%.7f,BOREHOLE,AGRICULTURAL,ACTIVE,120.5,200,350,%s",
                    spot[0] + i * 0.001, spot[1], contractor));
        }
        String csv = ImportFixtures.csv(ImportFixtures.HEADER + ",drillingContractor", rows.toArray(String[]::new));
        String application = "manhal-db-restart-" + UUID.randomUUID().toString().substring(0, 8);
        DoomedDataSource instanceData = new DoomedDataSource(url, user, password, application);
        ImportService instance = new ImportService(instanceData, ImportProperties.defaults(), bulk,
                new DataSourceTransactionManager(instanceData));
        try {
            UUID jobId;
            try (Connection blocker = DriverManager.getConnection(url, user, password)) {
                CounterRow.hold(jdbc, blocker, spot);
                jobId = instance.start(upload(csv), ImportService.Completion.BACKGROUND).id();
                awaitWaitingOnTheCounter(jobId, application);
                // what a restart of PostgreSQL does to the instance: all its sessions end at once
                jdbc.sql("select pg_terminate_backend(pid) from pg_stat_activity where application_name = ?")
                        .param(application).query(Boolean.class).list();
                blocker.rollback();
            }
            ImportJob ended = awaitEnded(jobId);
            assertThat(ended.status()).isEqualTo(JobStatus.FAILED);
            assertThat(ended.failure()).isNotNull();
            assertThat(ended.failure().message().ar()).isNotBlank();
            assertThat(ended.failure().message().en()).isNotBlank();
            assertThat(ended.rowsImported()).isZero();
            assertThat(contractorWells(contractor)).as("nothing of the interrupted import was written").isZero();

            ImportJob again = instance.start(upload(csv), ImportService.Completion.WAIT);
            assertThat(again.status()).as(String.valueOf(again.failure())).isEqualTo(JobStatus.SUCCEEDED);
            assertThat(contractorWells(contractor)).isEqualTo(rows.size());
        } finally {
            instance.shutdown();
        }
    }

    /** Until the job is no longer queued or running (a minute at most: the job must not hang). */
    private ImportJob awaitEnded(UUID jobId) throws InterruptedException {
        for (int i = 0; i < 1200; i++) {
            ImportJob job = imports.job(jobId).orElseThrow();
            if (job.status() != JobStatus.QUEUED && job.status() != JobStatus.RUNNING) {
                return job;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the job is still " + imports.job(jobId).orElseThrow().status() + " after its database restarted");
    }

    private static ImportUpload upload(String csv) throws java.io.IOException {
        Path file = Files.createTempFile("manhal-import-test-", ".csv");
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return new ImportUpload(file, "restart.csv", ImportFormat.CSV, ImportMode.ALL_OR_NOTHING, null, new Actor("test"));
    }

    private void awaitRecovered(UUID jobId) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            imports.recoverInterrupted();
            if (imports.job(jobId).orElseThrow().status() == JobStatus.FAILED) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the job of the instance without its lock was not recovered");
    }

    private void awaitNoActiveBackends(String application) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            if (jdbc.sql("select count(*) from pg_stat_activity where application_name = ? and state <> 'idle'")
                    .param(application).query(Long.class).single() == 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the import did not end");
    }

    /** A job row as an instance leaves it when it stops mid-way. */
    private UUID job(String status, String instance) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into job (id, kind, status, mode, format, file_name, file_bytes, phase, created_by, instance_id,
                                 started_at, heartbeat_at, rows_done)
                values (?, 'WELL_IMPORT', ?, 'ALL_OR_NOTHING', 'CSV', 'left-behind.csv', 1000, ?, 'test', ?,
                        now() - interval '10 minutes', now() - interval '10 minutes', 17)""")
                .params(id, status, status.equals("RUNNING") ? "INSERTING" : "QUEUED", instance).update();
        return id;
    }

    private long contractorWells(String contractor) {
        return jdbc.sql("select count(*) from well where drilling_contractor = ?").param(contractor).query(Long.class).single();
    }

    /** Until the job is INSERTING and its connection waits for the counter row's lock. */
    private void awaitWaitingOnTheCounter(UUID jobId, String application) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            ImportJob job = imports.job(jobId).orElseThrow();
            assertThat(job.status()).as(String.valueOf(job.failure())).isIn(JobStatus.QUEUED, JobStatus.RUNNING);
            boolean waiting = jdbc.sql("select count(*) from pg_stat_activity where application_name = ? and wait_event_type = 'Lock'")
                    .param(application).query(Long.class).single() > 0;
            if ("INSERTING".equals(job.phase()) && waiting) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the import never reached the counter row");
    }

    private void awaitNoBackends(String application) throws InterruptedException {
        for (int i = 0; i < 200; i++) {
            if (jdbc.sql("select count(*) from pg_stat_activity where application_name = ?").param(application)
                    .query(Long.class).single() == 0) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the doomed instance's sessions did not end");
    }

    /** Connections of their own (named, so that they can be ended), and none once the instance is dead. */
    private static final class DoomedDataSource extends DriverManagerDataSource {
        private volatile boolean dead;

        DoomedDataSource(String url, String user, String password, String application) {
            super(url, user, password);
            Properties p = new Properties();
            p.setProperty("ApplicationName", application);
            setConnectionProperties(p);
        }

        void kill() {
            dead = true;
        }

        @Override
        protected Connection getConnectionFromDriver(String username, String password) throws SQLException {
            if (dead) {
                throw new SQLException("this service instance has stopped");
            }
            return super.getConnectionFromDriver(username, password);
        }
    }
}
