package org.manhal.well;

/**
 * The owner of a well. Personal data: shown only to roles allowed to see it.
 *
 * @param name the owner's full name
 * @param civilId the Omani civil ID (or commercial registration number for a company)
 */
public record Owner(String name, String civilId) {
}
