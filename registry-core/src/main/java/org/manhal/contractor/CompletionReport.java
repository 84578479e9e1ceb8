package org.manhal.contractor;

import java.math.BigDecimal;
import java.time.Instant;

import org.manhal.well.WellStatus;

/**
 * A completion report as recorded.
 *
 * @param reference the application (the permit)
 * @param wellId the registry well it completed
 * @param wellStatus the well's status after it (ACTIVE, or DEEPENED for a deepening)
 * @param details what was reported
 * @param movedM geodesic distance (WGS 84) from the permitted location to the surveyed one, metres, to the cm
 * @param toleranceM the distance beyond which a move is a finding
 * @param movedBeyondTolerance whether it is
 * @param verdictJson the spacing check at the surveyed location when it moved beyond tolerance, else null
 * @param reportedAt when
 */
public record CompletionReport(String reference, long wellId, WellStatus wellStatus, CompletionDetails details,
                               BigDecimal movedM, BigDecimal toleranceM, boolean movedBeyondTolerance, String verdictJson,
                               Instant reportedAt) {
}
