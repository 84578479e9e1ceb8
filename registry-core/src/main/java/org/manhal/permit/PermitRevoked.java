package org.manhal.permit;

import org.manhal.application.ApplicationType;

/** The ministry revoked the permit of an approved application; {@code permitNumber} is the revoked permit. */
public record PermitRevoked(String reference, ApplicationType type, String permitNumber) implements ApplicationStepTaken {

    @Override
    public ApplicationStatus status() {
        return ApplicationStatus.REVOKED;
    }
}
