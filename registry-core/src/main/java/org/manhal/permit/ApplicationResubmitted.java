package org.manhal.permit;

import org.manhal.application.ApplicationType;

/** The applicant resubmitted an application after more information was asked for. */
public record ApplicationResubmitted(String reference, ApplicationType type) implements ApplicationStepTaken {

    @Override
    public ApplicationStatus status() {
        return ApplicationStatus.SUBMITTED;
    }
}
