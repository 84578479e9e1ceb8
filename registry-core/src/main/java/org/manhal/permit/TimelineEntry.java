package org.manhal.permit;

import java.time.Instant;

/**
 * One step on an application's timeline.
 *
 * @param action the step ({@link Transition} name, {@code SUBMIT}, or a contractor's step)
 * @param fromStatus the status before (null for the submission)
 * @param toStatus the status after
 * @param actor who took it (staff names: not for the public view)
 * @param at when
 * @param reason why, as stated (a staff note: not for the public view)
 * @param findingsReviewed an approval on the reviewer's acknowledgement of a {@code NEEDS_REVIEW} verdict
 */
public record TimelineEntry(String action, ApplicationStatus fromStatus, ApplicationStatus toStatus, String actor,
                            Instant at, String reason, boolean findingsReviewed) {
}
