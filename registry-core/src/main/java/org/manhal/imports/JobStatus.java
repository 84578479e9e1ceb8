package org.manhal.imports;

/** Where a job is. A job that ran to its end SUCCEEDED, whether or not rows were rejected. */
public enum JobStatus {
    QUEUED, RUNNING, SUCCEEDED,
    /** The job could not run to its end (unreadable file, database failure): nothing was written. */
    FAILED
}
