package org.manhal.permit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.locationtech.jts.geom.Geometry;
import org.manhal.application.ApplicationType;
import org.manhal.common.Text;

/**
 * A permit as anyone holding its number may verify it (read from the publication view
 * {@code pub.permit}): nothing personal, no applicant, owner, plot number, staff names or reasons.
 *
 * @param number the permit number, e.g. {@code WD-DA-2026-000123-K7Q2MX}
 * @param type what it permits
 * @param status on the day it was read (Oman's)
 * @param issuedAt when the approval issued it
 * @param validFrom its first day
 * @param expiresOn its last day (valid through it)
 * @param revokedAt when it was revoked, or null
 * @param wilayatCode the wilayat's ISO-like code, e.g. {@code OM-DA-NIZ}, or null outside any
 * @param wilayat the wilayat's name, or null
 * @param governorateCode the governorate's code, or null
 * @param governorate the governorate's name, or null
 * @param location the well (Point) or the plot outline of a building (Polygon), EPSG:4326
 * @param footprint a building's footprint, EPSG:4326, or null for a well permit
 * @param conditions the conditions of the decision, in Arabic and English
 */
public record PublicPermit(String number, ApplicationType type, PermitStatus status, Instant issuedAt, LocalDate validFrom,
                           LocalDate expiresOn, Instant revokedAt, String wilayatCode, Text wilayat, String governorateCode,
                           Text governorate, Geometry location, Geometry footprint, List<Text> conditions) {
}
