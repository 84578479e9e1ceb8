package org.manhal.notify;

import java.time.Instant;
import java.util.UUID;

/**
 * One event to one subscriber, as the outbox keeps it: nothing personal (the payload carries only
 * the event, the reference, the type, the status and the time).
 *
 * @param nextAttemptAt when the next attempt is due (pending only; during an attempt, the end of its lease)
 * @param lastStatus the HTTP status of the last attempt, null if none answered
 * @param lastError why the last attempt failed, null if it did not
 */
public record WebhookDelivery(long id, UUID eventId, String eventType, String reference, String subscriberUrl,
                              DeliveryState state, int attempts, Instant createdAt, Instant nextAttemptAt,
                              Instant deliveredAt, Instant failedAt, Integer lastStatus, String lastError) {
}
