package org.manhal.api.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.DatabaseChecksums;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.Wells;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * {@code bin/manhal backup} and {@code bin/manhal restore} as an operator runs them against an
 * external database (the test database, then a database of its own for the restore): the
 * restored database holds exactly what was backed up, table by table (the registry, its history,
 * the cell counts, the rules and their audit, the jobs, every later table too), and a restore
 * replaces what the target held meanwhile. A file that is not a backup is refused and changes
 * nothing.
 */
@ManhalApiTest
class BackupRestoreIntegrationTests {

    private static final String RESTORE_DB = "manhal_test_restore";

    final ApiClient api;

    @Autowired
    Environment env;

    @TempDir
    Path dir;

    BackupRestoreIntegrationTests(ApiClient api) {
        this.api = api;
    }

    @BeforeAll
    static void noRestoreDatabaseYet(@Autowired Environment env) throws SQLException {
        dropRestoreDatabase(env);
    }

    @AfterAll
    static void removeRestoreDatabase(@Autowired Environment env) throws SQLException {
        dropRestoreDatabase(env);
    }

    @Test
    void aRestoredBackupHoldsEveryTableAsItWas() throws Exception {
        writeSomething();
        Map<String, String> before = checksums(url());
        assertThat(before).containsKeys("public.well", "public.well_history", "public.well_cell",
                "public.spacing_rule", "public.flyway_schema_history");

        Path backup = dir.resolve("manhal.dump");
        run(url(), "backup", backup.toString());
        assertThat(Files.getPosixFilePermissions(backup))
                .as("a backup holds personal data: only its owner may read it")
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

        createRestoreDatabase();
        run(restoreUrl(), "restore", backup.toString());
        assertThat(checksums(restoreUrl())).isEqualTo(before);

        // Whatever the target held meanwhile is replaced by the backup.
        try (Connection c = connect(restoreUrl()); Statement s = c.createStatement()) {
            s.execute("select set_config('manhal.reason', 'backup test', false)");
            s.execute("delete from well_finding");
            s.execute("update registry_counter set last_value = last_value + 100");
        }
        assertThat(checksums(restoreUrl())).isNotEqualTo(before);
        run(restoreUrl(), "restore", backup.toString());
        assertThat(checksums(restoreUrl())).isEqualTo(before);
    }

    @Test
    void aFileThatIsNotABackupIsRefusedAndChangesNothing() throws Exception {
        Map<String, String> before = checksums(url());
        Path notABackup = dir.resolve("wells.csv");
        Files.writeString(notABackup, "lon,lat\n57.5,23.1\n");
        ProcessResult r = launcher(url(), "restore", notABackup.toString());
        assertThat(r.exit()).as(r.output()).isNotZero();
        assertThat(r.output()).contains("not a pg_dump custom-format backup");
        assertThat(checksums(url())).isEqualTo(before);
    }

    private void writeSomething() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            double[] p = Wells.freshSpot();
            Response r = api.post("/api/wells", "application/geo+json", Wells.feature(p[0], p[1]));
            assertThat(r.status()).as(r.toString()).isEqualTo(201);
            ids.add(r.json().get("id").asLong());
        }
        Response deleted = api.delete("/api/wells/" + ids.get(2) + "?reason=backup+test", Map.of());
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(204);
    }

    private Map<String, String> checksums(String url) {
        return DatabaseChecksums.of(url, env.getRequiredProperty("spring.datasource.username"),
                env.getRequiredProperty("spring.datasource.password"));
    }

    private void run(String dbUrl, String... args) throws IOException, InterruptedException {
        ProcessResult r = launcher(dbUrl, args);
        assertThat(r.exit()).as(r.output()).isZero();
    }

    private ProcessResult launcher(String dbUrl, String... args) throws IOException, InterruptedException {
        Path manhal = Path.of("..", "bin", "manhal").toAbsolutePath().normalize();
        assertThat(manhal).exists();
        List<String> command = new ArrayList<>(List.of("bash", manhal.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("MANHAL_DB_URL", dbUrl);
        pb.environment().put("MANHAL_DB_USER", env.getRequiredProperty("spring.datasource.username"));
        pb.environment().put("MANHAL_DB_PASSWORD", env.getRequiredProperty("spring.datasource.password"));
        pb.environment().put("MANHAL_SKIP_INSTALL", "1");
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new ProcessResult(p.exitValue(), output);
    }

    private record ProcessResult(int exit, String output) {
    }

    private String url() {
        return env.getRequiredProperty("spring.datasource.url");
    }

    private String restoreUrl() {
        return restoreUrl(env);
    }

    private static String restoreUrl(Environment env) {
        String url = env.getRequiredProperty("spring.datasource.url");
        return url.replaceFirst("/[^/?]+(?=\\?|$)", "/" + RESTORE_DB);
    }

    private void createRestoreDatabase() throws SQLException {
        try (Connection c = connect(url()); Statement s = c.createStatement()) {
            s.execute("create database " + RESTORE_DB);
        }
    }

    private static void dropRestoreDatabase(Environment env) throws SQLException {
        try (Connection c = connect(env, env.getRequiredProperty("spring.datasource.url")); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + RESTORE_DB + " with (force)");
        }
    }

    private Connection connect(String url) throws SQLException {
        return connect(env, url);
    }

    private static Connection connect(Environment env, String url) throws SQLException {
        return DriverManager.getConnection(url, env.getRequiredProperty("spring.datasource.username"),
                env.getRequiredProperty("spring.datasource.password"));
    }
}
