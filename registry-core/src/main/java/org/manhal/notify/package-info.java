/**
 * Signed webhooks: every step of an application ({@link org.manhal.permit.ApplicationStepTaken})
 * and the contractor's completion report ({@link org.manhal.contractor.CompletionReported}) is written to an outbox in the step's own transaction, one row per configured subscriber, and
 * sent from there, signed with the subscriber's secret and retried with exponential backoff, so
 * the portal or an SMS gateway can tell the applicant. Nothing personal is sent: the event, the
 * reference, the type, the new status and the time (docs/applications.md, "Webhooks").
 *
 * <p>A Spring Modulith application module: {@link org.manhal.notify.WebhookDeliveries} is its API
 * (the delivery state for staff, and a failed delivery sent again for admins); the outbox, the
 * sender and the settings are in {@code internal}.
 */
@ApplicationModule(displayName = "Webhooks", allowedDependencies = {"application", "common", "contractor", "permit", "well"})
package org.manhal.notify;

import org.springframework.modulith.ApplicationModule;
