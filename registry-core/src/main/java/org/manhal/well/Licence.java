package org.manhal.well;

import java.time.LocalDate;

/**
 * A licence issued for a well; separate from the registry number, which outlives licences.
 *
 * @param number the licence number as issued (unique across the registry)
 * @param type what the licence permits
 * @param issuedOn issue date, or null
 * @param expiresOn expiry date, or null
 */
public record Licence(String number, LicenceType type, LocalDate issuedOn, LocalDate expiresOn) {
}
