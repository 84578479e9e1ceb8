package org.manhal.plot;

/**
 * The owner of a plot as the land registry records it: personal data, kept in its own table and
 * never in a list of plots. Who may read it is the security layer's decision.
 *
 * @param name the owner's name
 * @param civilId the civil ID (or commercial registration number for a company), or {@code null}
 */
public record PlotOwner(String name, String civilId) {
}
