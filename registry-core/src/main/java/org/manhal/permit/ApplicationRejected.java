package org.manhal.permit;

import org.manhal.application.ApplicationType;

/** A reviewer rejected an application. */
public record ApplicationRejected(String reference, ApplicationType type) implements ApplicationStepTaken {

    @Override
    public ApplicationStatus status() {
        return ApplicationStatus.REJECTED;
    }
}
