package org.manhal.permit;

/**
 * Published after every step of an application's workflow (the submission included), for
 * subscribers that tell the applicant (webhooks, SMS). The specific events below say which step.
 */
public sealed interface ApplicationStepTaken
        permits ApplicationSubmitted, ApplicationReviewStarted, InformationRequested, ApplicationResubmitted,
                ApplicationWithdrawn, ApplicationApproved, ApplicationRejected, PermitRevoked {

    /** The application's reference. */
    String reference();

    /** Its status after the step. */
    ApplicationStatus status();
}
