package org.manhal.imports.internal;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.manhal.common.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This service instance as the owner of import jobs, and the recovery of the jobs of instances
 * that died.
 *
 * <p>Every job names the instance that queued it ({@code job.instance_id}). While an instance
 * lives, it holds a session-level advisory lock on its id on a connection of its own, taken before
 * it records its first job: {@code pg_try_advisory_lock(hashtextextended('manhal.import-instance:'
 * || id, 0))}. PostgreSQL releases a session lock when the session ends, so when the instance
 * stops (a crash, a kill, a lost machine: its connections end) the lock is free. An unfinished job
 * ({@code QUEUED} or {@code RUNNING}) whose instance's lock can be taken therefore belongs to no
 * live instance: {@link #recover} fails it as {@value #INTERRUPTED}. Its import ran in one
 * transaction on a connection of that instance, which ended with it and rolled back: nothing of
 * it was written. No clock or timeout is involved, so a slow import of a live instance (a million
 * rows, many minutes without a progress report) is never taken for dead, and several instances
 * may share the database.
 *
 * <p>Should the lock connection alone be lost while the instance lives (the database restarted,
 * an administrator ended the session), another instance may fail its unfinished jobs. That stays
 * consistent: the importing transaction writes its final report only if its job is still
 * {@code RUNNING} ({@link ImportJobs#finish}), else it rolls back; a queued job starts only if it
 * is still {@code QUEUED}. The instance takes its lock again before its next job.
 *
 * <p>Jobs without an instance were recorded before instances were (V11) and are failed too.
 */
public final class ImportInstance implements AutoCloseable {

    /** The failure code of a job whose service instance stopped while it was queued or running. */
    public static final String INTERRUPTED = "INTERRUPTED";

    /** The failure message of an interrupted job. */
    public static final Text INTERRUPTED_MESSAGE = new Text(
            "توقفت الخدمة أثناء الاستيراد؛ لم يُكتب منه شيء. أرسل الملف مرة أخرى.",
            "The service stopped during the import; nothing of it was written. Submit the file again.");

    private static final Logger log = LoggerFactory.getLogger(ImportInstance.class);
    private static final String KEY = "hashtextextended('manhal.import-instance:' || ?, 0)";

    private final DataSource dataSource;
    private final String id;
    private Connection lockConnection;

    public ImportInstance(DataSource dataSource) {
        this.dataSource = dataSource;
        this.id = host() + ":" + ManagementFactory.getRuntimeMXBean().getPid() + ":"
                + UUID.randomUUID().toString().substring(0, 8);
    }

    /** This instance's id, as recorded in {@code job.instance_id}. */
    public String id() {
        return id;
    }

    /**
     * Makes sure this instance holds its lock (takes it, on a new connection, if it does not), so
     * that no other instance takes its jobs for dead. Called before a job is recorded.
     */
    public synchronized void ensureHeld() {
        try {
            if (lockConnection != null && lockConnection.isValid(5)) {
                return;
            }
            closeQuietly();
            Connection c = dataSource.getConnection();
            c.setAutoCommit(true);
            try (PreparedStatement s = c.prepareStatement("select pg_try_advisory_lock(" + KEY + ")")) {
                s.setString(1, id);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    if (!rs.getBoolean(1)) {
                        c.close();
                        throw new IllegalStateException("the import instance lock of " + id + " is held by another session");
                    }
                }
            }
            lockConnection = c;
        } catch (SQLException e) {
            throw new IllegalStateException("could not take the import instance lock of " + id, e);
        }
    }

    /**
     * Fails, as {@value #INTERRUPTED}, every unfinished job whose instance is not alive (its lock is
     * free) and not this one. Safe to run on several instances at once.
     *
     * @return how many jobs were failed
     */
    public int recover() {
        int failed = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            for (String owner : unfinishedOwners(c)) {
                if (owner == null) {
                    failed += failJobsOf(c, null);
                } else if (tryLock(c, owner)) {
                    try {
                        failed += failJobsOf(c, owner);
                    } finally {
                        unlock(c, owner);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not recover interrupted import jobs", e);
        }
        if (failed > 0) {
            log.warn("failed {} import job(s) as {}: their service instance stopped while they were queued or running;"
                    + " nothing of them was written", failed, INTERRUPTED);
        }
        return failed;
    }

    private List<String> unfinishedOwners(Connection c) throws SQLException {
        List<String> owners = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                select distinct instance_id from job
                 where status in ('QUEUED', 'RUNNING') and instance_id is distinct from ?""")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    owners.add(rs.getString(1));
                }
            }
        }
        return owners;
    }

    private static boolean tryLock(Connection c, String owner) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select pg_try_advisory_lock(" + KEY + ")")) {
            s.setString(1, owner);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static void unlock(Connection c, String owner) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select pg_advisory_unlock(" + KEY + ")")) {
            s.setString(1, owner);
            s.executeQuery().close();
        }
    }

    private static int failJobsOf(Connection c, String owner) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                update job set status = 'FAILED', phase = 'DONE', finished_at = now(),
                       failure = jsonb_build_object('code', ?::text, 'message', ?::text, 'messageAr', ?::text, 'errorId', null::text)
                 where status in ('QUEUED', 'RUNNING') and instance_id is not distinct from ?""")) {
            s.setString(1, INTERRUPTED);
            s.setString(2, INTERRUPTED_MESSAGE.en());
            s.setString(3, INTERRUPTED_MESSAGE.ar());
            s.setString(4, owner);
            return s.executeUpdate();
        }
    }

    /** Gives up the lock (the instance stops). */
    @Override
    public synchronized void close() {
        closeQuietly();
    }

    private void closeQuietly() {
        if (lockConnection != null) {
            try (Connection c = lockConnection) {
                // a pooled connection lives on in the pool, and a session lock with it: unlock first
                c.createStatement().execute("select pg_advisory_unlock_all()");
            } catch (SQLException e) {
                // the session is gone, and its lock with it
            }
            lockConnection = null;
        }
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            return "unknown-host";
        }
    }
}
