package org.manhal.well;

import java.time.Instant;

/**
 * One recorded change of a well, as written by the database triggers on {@code well}.
 *
 * @param version the well's version after the change
 * @param action REGISTERED, UPDATED or DELETED
 * @param changedAt when
 * @param changedBy who (account name, or {@code system:...} for loaders)
 * @param reason the reason given (for a deletion, or by the writer's transaction context), or null
 * @param requestId the request (or import job's request) that made the change, or null for other writers
 * @param oldValues the changed fields' values before, as a JSON object text (null for a registration)
 * @param newValues the changed fields' values after, as a JSON object text
 */
public record WellChange(long version, String action, Instant changedAt, String changedBy, String reason, String requestId,
                         String oldValues, String newValues) {
}
