package org.manhal.permit;

import org.manhal.application.ApplicationType;

/** An application was filed. */
public record ApplicationSubmitted(String reference, ApplicationType type) implements ApplicationStepTaken {

    @Override
    public ApplicationStatus status() {
        return ApplicationStatus.SUBMITTED;
    }
}
