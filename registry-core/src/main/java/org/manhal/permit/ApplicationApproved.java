package org.manhal.permit;

import org.manhal.application.ApplicationType;

/** A reviewer approved an application; {@code wellId} is the registry well it produced or concerns, or null. */
public record ApplicationApproved(String reference, ApplicationType type, Long wellId) implements ApplicationStepTaken {

    @Override
    public ApplicationStatus status() {
        return ApplicationStatus.APPROVED;
    }
}
