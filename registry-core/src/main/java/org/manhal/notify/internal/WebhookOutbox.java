package org.manhal.notify.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.manhal.application.ApplicationType;
import org.manhal.contractor.CompletionReported;
import org.manhal.permit.ApplicationStatus;
import org.manhal.permit.ApplicationStepTaken;
import org.manhal.permit.PermitRevoked;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.ObjectMapper;

/**
 * Writes every application step, and the contractor's completion report, to the outbox, one row
 * per subscriber that wants it.
 *
 * <p>A plain {@link EventListener}, not a transactional one: {@code Applications} publishes its
 * events inside the step's transaction, so the rows are written in it (the {@link JdbcClient}
 * joins it) and commit or roll back with the step; a step that fails sends nothing, and a step
 * that committed cannot lose its event. The sender ({@link WebhookSender}) reads them after the
 * commit.
 */
@Component
class WebhookOutbox {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JdbcClient jdbc;
    private final WebhookProperties properties;

    WebhookOutbox(JdbcClient jdbc, WebhookProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @EventListener
    void on(ApplicationStepTaken step) {
        write(step.getClass().getSimpleName(), step.reference(), step.type(), step.status(),
                step instanceof PermitRevoked revoked ? Map.of("permitNumber", revoked.permitNumber()) : Map.of());
    }

    /** The contractor's completion report: the application stays APPROVED, its well is drilled. */
    @EventListener
    void on(CompletionReported report) {
        write(CompletionReported.class.getSimpleName(), report.reference(), report.type(), ApplicationStatus.APPROVED,
                Map.of("wellStatus", report.wellStatus().name()));
    }

    private void write(String type, String reference, ApplicationType applicationType, ApplicationStatus status,
                       Map<String, Object> more) {
        if (properties.subscribers().stream().noneMatch(s -> s.wants(type))) {
            return;
        }
        UUID eventId = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String payload = JSON.writeValueAsString(payload(eventId, type, reference, applicationType, status, now, more));
        for (WebhookProperties.Subscriber s : properties.subscribers()) {
            if (s.wants(type)) {
                jdbc.sql("""
                        insert into webhook_delivery (event_id, subscriber_url, event_type, reference, payload, created_at,
                                                      next_attempt_at)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                        .params(eventId, s.url(), type, reference, payload, ts(now), ts(now)).update();
            }
        }
    }

    /**
     * The body: what happened to which application, and when; nothing personal (no applicant,
     * civil ID, phone, staff name or reason), so that a leaked or misrouted webhook tells nobody
     * anything about a person. The subscriber looks the applicant up by the reference itself.
     */
    private static Map<String, Object> payload(UUID eventId, String type, String reference, ApplicationType applicationType,
                                               ApplicationStatus status, Instant at, Map<String, Object> more) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("eventId", eventId.toString());
        body.put("type", type);
        body.put("reference", reference);
        body.put("applicationType", applicationType.name());
        body.put("status", status.name());
        body.put("occurredAt", at.toString());
        body.putAll(more);
        return body;
    }

    private static Timestamp ts(Instant at) {
        return Timestamp.from(at);
    }
}
