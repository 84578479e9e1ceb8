package org.manhal.permit;

import java.time.Period;

import org.manhal.application.ApplicationType;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a permit is valid from the day it is issued, per type, under
 * {@code manhal.permits.validity.*} (ISO-8601 periods, e.g. {@code P1Y}; documented in
 * docs/applications.md). The defaults are assumptions to be confirmed by the ministry: a drilling,
 * deepening or replacement permit is valid one year (the well is to be drilled in that time), a
 * building permit two years, a registration five (then renewed).
 *
 * @param wellDrilling {@code manhal.permits.validity.well-drilling}, default {@code P1Y}
 * @param wellDeepening {@code manhal.permits.validity.well-deepening}, default {@code P1Y}
 * @param wellReplacement {@code manhal.permits.validity.well-replacement}, default {@code P1Y}
 * @param wellRegistration {@code manhal.permits.validity.well-registration}, default {@code P5Y}
 * @param buildingPermit {@code manhal.permits.validity.building-permit}, default {@code P2Y}
 */
@ConfigurationProperties("manhal.permits.validity")
public record PermitValidity(@DefaultValue("P1Y") Period wellDrilling, @DefaultValue("P1Y") Period wellDeepening,
                             @DefaultValue("P1Y") Period wellReplacement, @DefaultValue("P5Y") Period wellRegistration,
                             @DefaultValue("P2Y") Period buildingPermit) {

    /** The validity of a permit of this type. */
    public Period of(ApplicationType type) {
        return switch (type) {
            case WELL_DRILLING -> wellDrilling;
            case WELL_DEEPENING -> wellDeepening;
            case WELL_REPLACEMENT -> wellReplacement;
            case WELL_REGISTRATION -> wellRegistration;
            case BUILDING_PERMIT -> buildingPermit;
        };
    }
}
