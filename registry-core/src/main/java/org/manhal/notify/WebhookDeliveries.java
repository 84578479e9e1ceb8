package org.manhal.notify;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.manhal.common.NotFoundException;
import org.manhal.common.Text;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The webhook outbox for the staff who watch deliveries (a subscriber down, a wrong secret): read
 * by state and reference, and a failed delivery sent again once the cause is mended.
 */
@Service
public class WebhookDeliveries {

    /** The most deliveries one read answers. */
    public static final int MAX_LIMIT = 1000;

    private final JdbcClient jdbc;

    WebhookDeliveries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The newest deliveries first, in {@code state} (all if null), for {@code reference} (all if
     * null), at most {@code limit}.
     */
    @Transactional(readOnly = true)
    public List<WebhookDelivery> find(DeliveryState state, String reference, int limit) {
        return jdbc.sql(SELECT + """
                where (cast(:state as text) is null
                       or :state = case when delivered_at is not null then 'DELIVERED'
                                        when failed_at is not null then 'FAILED' else 'PENDING' end)
                  and (cast(:reference as text) is null or reference = :reference)
                order by id desc limit :limit""")
                .param("state", state == null ? null : state.name())
                .param("reference", reference)
                .param("limit", Math.min(Math.max(limit, 1), MAX_LIMIT))
                .query((rs, n) -> delivery(rs))
                .list();
    }

    /**
     * Sends a failed delivery again (a subscriber that was down for more than a day, a secret that
     * was wrong and is now right): pending from now, with the same event id and payload, its
     * attempts counted afresh up to the configured most; the last status and error stay until the
     * next attempt. An admin's write, audited as every write is.
     *
     * @throws NotFoundException no delivery with this id
     * @throws DeliveryNotFailedException it is pending (retried on its own) or delivered
     */
    @Transactional
    public WebhookDelivery resend(long id) {
        int resent = jdbc.sql("""
                update webhook_delivery set failed_at = null, attempts = 0, next_attempt_at = now()
                where id = ? and failed_at is not null and delivered_at is null""").param(id).update();
        WebhookDelivery d = jdbc.sql(SELECT + " where id = ?").param(id).query((rs, n) -> delivery(rs)).optional()
                .orElseThrow(() -> new NotFoundException(new Text("لا يوجد إشعار بالمعرّف " + id + ".",
                        "No webhook delivery with id " + id + ".")));
        if (resent == 0) {
            throw new DeliveryNotFailedException(id, d.state());
        }
        return d;
    }

    private static final String SELECT = """
            select id, event_id, event_type, reference, subscriber_url, attempts, created_at, next_attempt_at,
                   delivered_at, failed_at, last_status, last_error
            from webhook_delivery
            """;

    private static WebhookDelivery delivery(ResultSet rs) throws SQLException {
        Instant delivered = instant(rs.getTimestamp("delivered_at"));
        Instant failed = instant(rs.getTimestamp("failed_at"));
        DeliveryState state = delivered != null ? DeliveryState.DELIVERED : failed != null ? DeliveryState.FAILED
                : DeliveryState.PENDING;
        int lastStatus = rs.getInt("last_status");
        return new WebhookDelivery(rs.getLong("id"), rs.getObject("event_id", UUID.class), rs.getString("event_type"),
                rs.getString("reference"), rs.getString("subscriber_url"), state, rs.getInt("attempts"),
                instant(rs.getTimestamp("created_at")), state == DeliveryState.PENDING ? instant(rs.getTimestamp("next_attempt_at")) : null,
                delivered, failed, rs.wasNull() ? null : lastStatus, rs.getString("last_error"));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
