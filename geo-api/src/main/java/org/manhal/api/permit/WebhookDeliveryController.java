package org.manhal.api.permit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.manhal.api.ApiRequests;
import org.manhal.common.InvalidInputException;
import org.manhal.common.Violation;
import org.manhal.notify.DeliveryState;
import org.manhal.notify.WebhookDeliveries;
import org.manhal.notify.WebhookDelivery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /api/admin/webhook-deliveries?status=FAILED&reference=…&limit=…}: the webhook
 * outbox, newest first, for admins and auditors ({@code AccessRules}); nothing personal.
 * {@code POST /api/admin/webhook-deliveries/{id}/resend}: a failed one sent again (admins).
 */
@RestController
class WebhookDeliveryController {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final int DEFAULT_LIMIT = 100;

    private final WebhookDeliveries deliveries;
    private final ApiRequests requests;

    WebhookDeliveryController(WebhookDeliveries deliveries, ApiRequests requests) {
        this.deliveries = deliveries;
        this.requests = requests;
    }

    @GetMapping("/api/admin/webhook-deliveries")
    ObjectNode find(@RequestParam(required = false) String status, @RequestParam(required = false) String reference,
                    @RequestParam(required = false) String limit) {
        List<Violation> violations = new ArrayList<>();
        DeliveryState state = requests.enumParam("status", status, DeliveryState.class, violations);
        String ref = requests.textParam("reference", reference, 100, violations);
        int n = (int) requests.longParam("limit", limit, DEFAULT_LIMIT, 1, WebhookDeliveries.MAX_LIMIT, violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        ObjectNode body = NODES.objectNode();
        ArrayNode items = body.putArray("deliveries");
        deliveries.find(state, ref, n).forEach(d -> items.add(json(d)));
        body.put("numberReturned", items.size());
        return body;
    }

    /** Sends a failed delivery again (admins): the delivery, now pending. */
    @PostMapping("/api/admin/webhook-deliveries/{id}/resend")
    ObjectNode resend(@PathVariable long id) {
        return json(deliveries.resend(id));
    }

    private static ObjectNode json(WebhookDelivery d) {
        ObjectNode o = NODES.objectNode();
        o.put("id", d.id());
        o.put("eventId", d.eventId().toString());
        o.put("eventType", d.eventType());
        o.put("reference", d.reference());
        o.put("subscriberUrl", d.subscriberUrl());
        o.put("status", d.state().name());
        o.put("attempts", d.attempts());
        o.put("createdAt", d.createdAt().toString());
        o.put("nextAttemptAt", text(d.nextAttemptAt()));
        o.put("deliveredAt", text(d.deliveredAt()));
        o.put("failedAt", text(d.failedAt()));
        if (d.lastStatus() == null) {
            o.putNull("lastStatus");
        } else {
            o.put("lastStatus", d.lastStatus());
        }
        o.put("lastError", d.lastError());
        return o;
    }

    private static String text(Instant at) {
        return at == null ? null : at.toString();
    }
}
