package org.manhal.permit;

import java.util.List;

/**
 * One page of applications, without their applicants' personal data.
 *
 * @param applications the page (applicant is null in each)
 * @param numberMatched how many match in all
 */
public record ApplicationPage(List<Application> applications, long numberMatched) {
}
