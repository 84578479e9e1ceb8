package org.manhal.permit;

import org.manhal.application.ApplicationType;

/** A reviewer started examining an application. */
public record ApplicationReviewStarted(String reference, ApplicationType type) implements ApplicationStepTaken {

    @Override
    public ApplicationStatus status() {
        return ApplicationStatus.UNDER_REVIEW;
    }
}
