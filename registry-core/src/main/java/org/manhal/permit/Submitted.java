package org.manhal.permit;

/**
 * The answer to a submission.
 *
 * @param application the application
 * @param accessCode the code with which the applicant follows it on-line (given to the applicant
 *        only; the registry keeps a slow hash)
 * @param replayed whether this submission's idempotency key had been used before with the same
 *        request: nothing new was written
 */
public record Submitted(Application application, String accessCode, boolean replayed) {
}
