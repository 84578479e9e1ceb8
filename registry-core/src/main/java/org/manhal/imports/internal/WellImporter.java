package org.manhal.imports.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;

import org.manhal.common.Actor;
import org.manhal.imports.ImportCounts;
import org.manhal.imports.ImportMode;
import org.manhal.imports.ImportOutcome;
import org.manhal.imports.RowError;
import org.manhal.well.WellBulkRegistration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One import, in one transaction on one connection: the file's rows are streamed by COPY into a
 * staging table, checked set-based ({@link ImportValidation}, {@link DuplicateCheck}), and the
 * valid ones registered through the registry's bulk door ({@link WellBulkRegistration}) — all of
 * them, only the valid ones, or none, as the {@link ImportMode} says — together with the job's
 * report. Runs in the caller's transaction: nothing is visible to anyone before its commit, and a
 * failure at any step rolls everything back.
 */
public final class WellImporter {

    private static final Logger log = LoggerFactory.getLogger(WellImporter.class);

    /** How often the job's progress is written while the file is read. */
    private static final long PROGRESS_MILLIS = 500;
    /** The share of the progress bar that reading the file fills; validation and insert the rest. */
    private static final int READING_PERCENT = 80;

    /** Receives progress; called on the importing thread. */
    public interface Progress {
        void update(String phase, int percent, long rowsDone, long errors);
    }

    private final ImportValidation validation = new ImportValidation();
    private final int maxStoredErrors;
    private final WellBulkRegistration wells;

    public WellImporter(int maxStoredErrors, WellBulkRegistration wells) {
        this.maxStoredErrors = maxStoredErrors;
        this.wells = wells;
    }

    /** Imports the file on {@code c}, inside the caller's transaction (it neither commits nor rolls back). */
    public ImportCounts run(Connection c, UUID jobId, UploadReader reader, ImportMode mode, int defaultSrid, Actor actor,
                            Progress progress) {
        try {
            return importRows(c, jobId, reader, mode, defaultSrid, actor, progress);
        } catch (SQLException e) {
            throw new IllegalStateException("import " + jobId + " failed in the database", e);
        }
    }

    private ImportCounts importRows(Connection c, UUID jobId, UploadReader reader, ImportMode mode, int defaultSrid,
                                    Actor actor, Progress progress) throws SQLException {
        ImportValidation.execute(c, "set local jit = off");  // compiling the validation costs more than it saves
        ImportValidation.execute(c, "set local work_mem = '256MB'");  // the hash joins of a million rows stay in memory
        ImportValidation.execute(c, """
                create temporary table import_error (line bigint, field text, code text, message text, message_ar text)
                on commit drop""");
        Stopwatch time = new Stopwatch();
        long rows = stage(c, reader, defaultSrid, progress);
        time.lap("staged");
        progress.update("VALIDATING", READING_PERCENT, rows, 0);
        validation.typeRows(c);
        time.lap("typed");
        validation.check(c);
        time.lap("checked");
        DuplicateCheck.check(c);
        time.lap("duplicates");
        long[] errors = errorCounts(c);
        progress.update("INSERTING", 90, rows, errors[0]);
        long imported = 0;
        if (mode != ImportMode.ALL_OR_NOTHING || errors[1] == 0) {
            imported = wells.registerStaged(c, jobId, actor);
            time.lap("registered");
        }
        ImportCounts counts = new ImportCounts(rows, imported, errors[1], errors[0], outcome(imported, errors[1]));
        if (jobId != null) {
            ImportJobs.finish(c, jobId, counts, reader.ignoredColumns(), maxStoredErrors);
        }
        time.lap("reported");
        log.info("import {}: {} rows, {} imported, {} rejected; {}", jobId, rows, imported, errors[1], time);
        return counts;
    }

    /** Streams the file into the staging table; answers the rows read (staged or rejected). */
    private long stage(Connection c, UploadReader reader, int defaultSrid, Progress progress) throws SQLException {
        Integer fileCrs = reader.crsEpsg();
        StagingCopy staging = StagingCopy.open(c, fileCrs != null ? fileCrs : defaultSrid);
        ProgressSink sink = new ProgressSink(staging, reader, progress);
        try {
            reader.readRows(sink);
        } catch (RuntimeException e) {
            staging.cancel();
            throw e;
        }
        staging.finish();
        insertRejected(c, staging.rejected());
        return sink.rows;
    }

    static void insertRejected(Connection c, List<RowError> rejected) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("insert into import_error values (?, ?, ?, ?, ?)")) {
            for (RowError e : rejected) {
                s.setLong(1, e.line());
                s.setString(2, e.field());
                s.setString(3, e.code());
                s.setString(4, e.message().en());
                s.setString(5, e.message().ar());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    /** {errors, rejected rows}. */
    static long[] errorCounts(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*), count(distinct line) from import_error")) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }

    static ImportOutcome outcome(long imported, long rejected) {
        if (imported == 0) {
            return ImportOutcome.NOTHING_IMPORTED;
        }
        return rejected == 0 ? ImportOutcome.ALL_IMPORTED : ImportOutcome.VALID_ROWS_IMPORTED;
    }

    /** Milliseconds per step, for the log: where a slow import spends its time. */
    private static final class Stopwatch {
        private final StringBuilder laps = new StringBuilder();
        private long last = System.nanoTime();

        void lap(String step) {
            long now = System.nanoTime();
            laps.append(laps.length() == 0 ? "" : ", ").append(step).append(' ').append((now - last) / 1_000_000).append(" ms");
            last = now;
        }

        @Override
        public String toString() {
            return laps.toString();
        }
    }

    /** Counts rows and reports progress, at most every {@value #PROGRESS_MILLIS} ms. */
    private static final class ProgressSink implements RowSink {
        private final StagingCopy staging;
        private final UploadReader reader;
        private final Progress progress;
        private long rows;
        private long last = System.nanoTime();

        ProgressSink(StagingCopy staging, UploadReader reader, Progress progress) {
            this.staging = staging;
            this.reader = reader;
            this.progress = progress;
        }

        @Override
        public void row(long line, String[] cells) {
            staging.row(line, cells);
            tick();
        }

        @Override
        public void reject(RowError error) {
            staging.reject(error);
            tick();
        }

        private void tick() {
            if ((++rows & 4095) == 0 && System.nanoTime() - last > PROGRESS_MILLIS * 1_000_000) {
                last = System.nanoTime();
                progress.update("READING", (int) (READING_PERCENT * reader.fractionRead()), rows, staging.rejected().size());
            }
        }
    }
}
