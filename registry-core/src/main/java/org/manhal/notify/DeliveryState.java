package org.manhal.notify;

/** Where a webhook delivery stands. */
public enum DeliveryState {
    /** Not yet answered with a 2xx: waiting for its first or next attempt. */
    PENDING,
    /** A 2xx answered it. */
    DELIVERED,
    /** Given up after the last attempt ({@code manhal.webhooks.max-attempts}), or its subscriber is no longer configured. */
    FAILED
}
