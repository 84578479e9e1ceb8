package org.manhal.imports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.manhal.common.Text;

/**
 * An import job as it stands: progress while it runs, the outcome once it has finished. The
 * rejected rows are read page by page ({@link ImportService#errors}).
 *
 * @param id the job's id
 * @param status queued, running, succeeded (ran to its end) or failed (nothing written)
 * @param mode all-or-nothing or valid-rows-only
 * @param format the file's format
 * @param fileName the uploaded file's name
 * @param phase READING, VALIDATING, INSERTING or DONE
 * @param percent 0–100, an estimate while reading (by bytes read)
 * @param totalRows the rows of the file, once read
 * @param rowsDone rows read so far
 * @param rowsImported wells, plots or zones registered (or replaced)
 * @param rowsRejected rows with at least one error
 * @param errorCount errors so far (a row may have several)
 * @param outcome what a finished import did, else null
 * @param failure why a failed job failed, else null
 * @param ignoredColumns columns (or properties) of the file no field matched
 * @param createdBy who uploaded the file
 * @param kind wells, plots or zones
 */
public record ImportJob(UUID id, JobStatus status, ImportMode mode, ImportFormat format, String fileName,
                        String phase, int percent, Long totalRows, long rowsDone, long rowsImported, long rowsRejected,
                        long errorCount, ImportOutcome outcome, Failure failure, List<String> ignoredColumns,
                        String createdBy, Instant createdAt, Instant startedAt, Instant finishedAt, ImportKind kind) {

    public boolean finished() {
        return status == JobStatus.SUCCEEDED || status == JobStatus.FAILED;
    }

    /**
     * Why a job failed.
     *
     * @param code e.g. {@code MALFORMED_JSON}, {@code UNREADABLE_FILE} or {@code INTERNAL_ERROR}
     * @param message what went wrong
     * @param errorId for an internal error, the id under which it was logged
     */
    public record Failure(String code, Text message, String errorId) {
    }
}
