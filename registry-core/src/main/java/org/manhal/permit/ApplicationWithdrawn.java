package org.manhal.permit;

import org.manhal.application.ApplicationType;

/** The applicant withdrew an application. */
public record ApplicationWithdrawn(String reference, ApplicationType type) implements ApplicationStepTaken {

    @Override
    public ApplicationStatus status() {
        return ApplicationStatus.WITHDRAWN;
    }
}
