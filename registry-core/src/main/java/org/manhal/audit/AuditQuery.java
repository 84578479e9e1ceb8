package org.manhal.audit;

import java.time.Instant;

/**
 * Filters of the audit trail; every one optional (null).
 *
 * @param actor     exact account name
 * @param action    exact action ({@code WRITE}, {@code PERSONAL_DATA_READ}, …)
 * @param target    exact target ({@code well:42})
 * @param requestId exact request id
 * @param from      inclusive lower bound of {@code at}
 * @param to        exclusive upper bound of {@code at}
 * @param limit     page size (1 … {@link #MAX_LIMIT})
 * @param offset    rows to skip, oldest first
 */
public record AuditQuery(String actor, String action, String target, String requestId, Instant from, Instant to,
                         int limit, long offset) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 10_000;
}
