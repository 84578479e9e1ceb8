package org.manhal.permit;

import java.time.Instant;

/**
 * A decision on an application: the verdict of the reviewer, the reasons and the rule verdict it
 * was based on, as it was at decision time.
 *
 * @param outcome {@link ApplicationStatus#APPROVED} or {@link ApplicationStatus#REJECTED}
 * @param reasons why, in the reviewer's words
 * @param verdictJson the rule check made at decision time (status, findings, rule-set version), JSON
 * @param decidedAt when
 * @param decidedBy who
 * @param findingsReviewed an approval over a {@code NEEDS_REVIEW} verdict on the reviewer's
 *        acknowledgement of its findings, not on a passing verdict
 */
public record Decision(ApplicationStatus outcome, String reasons, String verdictJson, Instant decidedAt,
                       String decidedBy, boolean findingsReviewed) {
}
