package org.manhal.permit;

/**
 * Who applies. Personal data: shown only to staff allowed to see it, never in lists or to the
 * public view.
 *
 * @param name full name
 * @param civilId Omani civil ID (or commercial registration number)
 * @param phone a phone number for the ministry's messages, or null
 */
public record Applicant(String name, String civilId, String phone) {
}
