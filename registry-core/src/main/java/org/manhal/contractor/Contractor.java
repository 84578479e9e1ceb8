package org.manhal.contractor;

import java.time.LocalDate;

/**
 * A licensed drilling contractor.
 *
 * @param licenceNumber the licence number, unique
 * @param name the company's name
 * @param licenceClass the class of the licence
 * @param validFrom first day the licence is valid
 * @param validUntil last day the licence is valid
 * @param status active or suspended
 */
public record Contractor(String licenceNumber, String name, LicenceClass licenceClass, LocalDate validFrom,
                         LocalDate validUntil, ContractorStatus status) {

    /** Whether the contractor may be named on a permit on this day. */
    public boolean mayBeNamedOn(LocalDate day) {
        return status == ContractorStatus.ACTIVE && !day.isBefore(validFrom) && !day.isAfter(validUntil);
    }
}
