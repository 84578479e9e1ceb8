package org.manhal.imports.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.manhal.common.Text;
import org.manhal.imports.ImportCounts;
import org.manhal.imports.ImportFormat;
import org.manhal.imports.ImportJob;
import org.manhal.imports.ImportKind;
import org.manhal.imports.ImportMode;
import org.manhal.imports.ImportOutcome;
import org.manhal.imports.JobStatus;
import org.manhal.imports.RowError;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The {@code job} and {@code job_error} tables. Progress and failures are written on their own
 * (auto-committed) connections, so that they are visible while the import's transaction runs; the
 * final report is written by {@link #finish} inside the import's transaction, so that the report
 * and the wells it describes commit together.
 */
public class ImportJobs {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcClient jdbc;

    public ImportJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A queued job of the service instance {@code instanceId} (which must hold its {@link ImportInstance} lock). */
    public void create(UUID id, ImportKind kind, ImportMode mode, ImportFormat format, String fileName, long bytes, String createdBy,
                       String instanceId) {
        jdbc.sql("""
                insert into job (id, kind, status, mode, format, file_name, file_bytes, phase, created_by, instance_id, heartbeat_at)
                values (?, ?, 'QUEUED', ?, ?, ?, ?, 'QUEUED', ?, ?, now())""")
                .params(id, kind.name(), mode.name(), format.name(), fileName, bytes, createdBy, instanceId).update();
    }

    /** Marks a queued job running; false when it is no longer queued (failed meanwhile as interrupted). */
    public boolean running(UUID id) {
        return jdbc.sql("""
                update job set status = 'RUNNING', phase = 'READING', started_at = now(), heartbeat_at = now()
                 where id = ? and status = 'QUEUED'""").param(id).update() == 1;
    }

    public void progress(UUID id, String phase, int percent, long rowsDone, long errors) {
        jdbc.sql("""
                update job set phase = ?, percent = ?, rows_done = ?, error_count = ?, heartbeat_at = now()
                 where id = ? and status = 'RUNNING'""")
                .params(phase, percent, rowsDone, errors, id).update();
    }

    /** Fails a job that has not finished yet (a finished job keeps its outcome, a failed one its first reason). */
    public void fail(UUID id, String code, Text message, String errorId) {
        jdbc.sql("""
                update job set status = 'FAILED', phase = 'DONE', finished_at = now(),
                       failure = jsonb_build_object('code', ?::text, 'message', ?::text, 'messageAr', ?::text, 'errorId', ?::text)
                 where id = ? and status in ('QUEUED', 'RUNNING')""").params(code, message.en(), message.ar(), errorId, id).update();
    }

    /** The instance is alive: its unfinished jobs' heartbeat is now (for people; the lock decides, see {@link ImportInstance}). */
    public void heartbeat(String instanceId) {
        jdbc.sql("update job set heartbeat_at = now() where instance_id = ? and status in ('QUEUED', 'RUNNING')")
                .param(instanceId).update();
    }

    /** Fails the instance's jobs still waiting in its queue (it is shutting down: they will never run). */
    public int failQueued(String instanceId, Text message) {
        return jdbc.sql("""
                update job set status = 'FAILED', phase = 'DONE', finished_at = now(),
                       failure = jsonb_build_object('code', ?::text, 'message', ?::text, 'messageAr', ?::text, 'errorId', null::text)
                 where instance_id = ? and status = 'QUEUED'""")
                .params(ImportInstance.INTERRUPTED, message.en(), message.ar(), instanceId).update();
    }

    /** Writes the final report in the import's own transaction. */
    static void finish(Connection c, UUID id, ImportCounts counts, List<String> ignored, int maxStoredErrors)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                insert into job_error (job_id, line, field, code, message, message_ar)
                select ?, line, field, code, message, message_ar from import_error order by line, field limit ?""")) {
            s.setObject(1, id);
            s.setInt(2, maxStoredErrors);
            s.executeUpdate();
        }
        // Only a job still RUNNING: one failed meanwhile as INTERRUPTED (its instance's lock was
        // lost, see ImportInstance) must not commit its wells after all.
        try (PreparedStatement s = c.prepareStatement("""
                update job set status = 'SUCCEEDED', phase = 'DONE', percent = 100, finished_at = clock_timestamp(),
                       total_rows = ?, rows_done = ?, rows_imported = ?, rows_rejected = ?, error_count = ?,
                       outcome = ?, ignored_columns = ?::jsonb, heartbeat_at = clock_timestamp()
                 where id = ? and status = 'RUNNING'""")) {
            s.setLong(1, counts.rows());
            s.setLong(2, counts.rows());
            s.setLong(3, counts.imported());
            s.setLong(4, counts.rejected());
            s.setLong(5, counts.errors());
            s.setString(6, counts.outcome().name());
            s.setString(7, JSON.writeValueAsString(ignored));
            s.setObject(8, id);
            if (s.executeUpdate() != 1) {
                throw new JobNoLongerRunningException(id);
            }
        }
    }

    /** The job was failed (as interrupted) while it ran: its import must roll back. */
    public static final class JobNoLongerRunningException extends RuntimeException {
        JobNoLongerRunningException(UUID id) {
            super("import job " + id + " is no longer RUNNING (failed meanwhile); its import is rolled back");
        }
    }

    public Optional<ImportJob> find(UUID id) {
        return jdbc.sql("select * from job where id = ?").param(id)
                .query((rs, n) -> job(rs)).optional();
    }

    public List<RowError> errors(UUID id, long offset, int limit) {
        return jdbc.sql("""
                select line, field, code, message, message_ar from job_error where job_id = ?
                 order by line, field offset ? limit ?""").params(id, offset, limit)
                .query((rs, n) -> new RowError(rs.getLong("line"), rs.getString("field"), rs.getString("code"),
                        new Text(rs.getString("message_ar"), rs.getString("message"))))
                .list();
    }

    private static ImportJob job(ResultSet rs) throws SQLException {
        return new ImportJob(rs.getObject("id", UUID.class), JobStatus.valueOf(rs.getString("status")),
                ImportMode.valueOf(rs.getString("mode")), ImportFormat.valueOf(rs.getString("format")),
                rs.getString("file_name"), rs.getString("phase"), rs.getInt("percent"),
                (Long) rs.getObject("total_rows"), rs.getLong("rows_done"), rs.getLong("rows_imported"),
                rs.getLong("rows_rejected"), rs.getLong("error_count"),
                rs.getString("outcome") == null ? null : ImportOutcome.valueOf(rs.getString("outcome")),
                failure(rs.getString("failure")), ignored(rs.getString("ignored_columns")), rs.getString("created_by"),
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("finished_at")), ImportKind.valueOf(rs.getString("kind")));
    }

    private static ImportJob.Failure failure(String json) {
        if (json == null) {
            return null;
        }
        JsonNode f = JSON.readTree(json);
        return new ImportJob.Failure(f.path("code").asString(), new Text(f.path("messageAr").asString(""),
                f.path("message").asString("")), f.path("errorId").isNull() ? null : f.path("errorId").asString(null));
    }

    private static List<String> ignored(String json) {
        JsonNode a = JSON.readTree(json);
        return a.valueStream().map(JsonNode::asString).toList();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
