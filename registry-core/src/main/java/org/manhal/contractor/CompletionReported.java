package org.manhal.contractor;

import org.manhal.application.ApplicationType;
import org.manhal.well.WellStatus;

/**
 * Published, inside the report's transaction, after a completion report moved a permitted well
 * to its drilled status ({@code wellStatus}: {@code ACTIVE}, or {@code DEEPENED} for a deepening);
 * the application stays {@code APPROVED}.
 */
public record CompletionReported(String reference, ApplicationType type, long wellId, WellStatus wellStatus,
                                 boolean movedBeyondTolerance) {
}
