package org.manhal.permit;

import org.manhal.application.ApplicationType;

/**
 * Published after every step of an application's workflow (the submission included), for
 * subscribers that tell the applicant (webhooks, SMS). The specific events below say which step.
 */
public sealed interface ApplicationStepTaken
        permits ApplicationSubmitted, ApplicationReviewStarted, InformationRequested, ApplicationResubmitted,
                ApplicationWithdrawn, ApplicationApproved, ApplicationRejected, PermitRevoked {

    /** The application's reference. */
    String reference();

    /** The application's type. */
    ApplicationType type();

    /** Its status after the step. */
    ApplicationStatus status();
}
