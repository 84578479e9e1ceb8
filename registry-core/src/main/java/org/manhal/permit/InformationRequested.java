package org.manhal.permit;

import org.manhal.application.ApplicationType;

/** A reviewer asked the applicant for more information. */
public record InformationRequested(String reference, ApplicationType type) implements ApplicationStepTaken {

    @Override
    public ApplicationStatus status() {
        return ApplicationStatus.MORE_INFORMATION_REQUESTED;
    }
}
