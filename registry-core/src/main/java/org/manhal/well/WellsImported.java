package org.manhal.well;

import java.util.UUID;

/**
 * The wells of an import were registered (published inside the import's transaction, delivered
 * to listeners after it commits). The wells carry the job's id ({@code well.import_job_id}), so
 * that a listener can treat them as one set.
 *
 * @param importJobId the import job
 * @param wells how many wells it registered (more than zero)
 */
public record WellsImported(UUID importJobId, long wells) {
}
