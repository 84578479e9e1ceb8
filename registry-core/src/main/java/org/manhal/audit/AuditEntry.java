package org.manhal.audit;

import java.time.Instant;

/**
 * One line of the audit trail: who did what, when, from where.
 *
 * @param id            the trail's own sequence (null before it is recorded)
 * @param at            when (null before it is recorded: the database's clock decides)
 * @param actor         the account name, {@code anonymous} for the public
 * @param roles         the actor's roles, comma-separated (e.g. {@code STAFF})
 * @param action        {@code WRITE}, {@code PERSONAL_DATA_READ}, {@code PERSONAL_DATA_EXPORT},
 *                      {@code SIGN_IN_FAILED}
 * @param method        the HTTP method, or null outside a request
 * @param path          the request path (never its query: queries may carry what is audited)
 * @param target        what was touched ({@code well:42}), or null
 * @param status        the HTTP status of the answer, or null
 * @param clientAddress the client's address as the service saw it (after a trusted proxy's
 *                      {@code X-Forwarded-For})
 * @param requestId     the request id ({@link RequestId}), also in the well history and the logs
 * @param detail        a short free text (an export's filters), or null
 */
public record AuditEntry(Long id, Instant at, String actor, String roles, String action, String method, String path,
                         String target, Integer status, String clientAddress, String requestId, String detail) {

    /** A new entry, to be given its id and time by {@link AuditTrail#record}. */
    public static AuditEntry of(String actor, String roles, String action, String method, String path, String target,
                                Integer status, String clientAddress, String detail) {
        return new AuditEntry(null, null, actor, roles, action, method, path, target, status, clientAddress,
                RequestId.current(), detail);
    }
}
