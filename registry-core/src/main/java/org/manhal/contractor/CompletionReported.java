package org.manhal.contractor;

/** Published after a completion report moved a permitted well to its drilled status. */
public record CompletionReported(String reference, long wellId, boolean movedBeyondTolerance) {
}
