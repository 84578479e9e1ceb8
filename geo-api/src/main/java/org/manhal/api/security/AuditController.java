package org.manhal.api.security;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.manhal.api.ApiRequests;
import org.manhal.api.export.CsvCell;
import org.manhal.audit.AuditEntry;
import org.manhal.audit.AuditQuery;
import org.manhal.audit.AuditTrail;
import org.manhal.common.InvalidInputException;
import org.manhal.common.Violation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The audit trail for auditors and admins ({@link AccessRules}): {@code GET /api/audit} a page of
 * entries, oldest first, filtered by {@code actor}, {@code action}, {@code target},
 * {@code requestId}, {@code from} / {@code to} (ISO-8601 instants, from inclusive, to exclusive);
 * {@code GET /api/audit/export} the same filters as CSV, every matching entry.
 */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final String CSV_HEADER = "id,at,actor,roles,action,method,path,target,status,client_address,request_id,detail";

    private final AuditTrail trail;
    private final ApiRequests requests;

    AuditController(AuditTrail trail, ApiRequests requests) {
        this.trail = trail;
        this.requests = requests;
    }

    @GetMapping
    ObjectNode find(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
                    @RequestParam(required = false) String target, @RequestParam(required = false) String requestId,
                    @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                    @RequestParam(required = false) String limit, @RequestParam(required = false) String offset) {
        List<Violation> violations = new ArrayList<>();
        AuditQuery q = new AuditQuery(text("actor", actor, violations), text("action", action, violations),
                text("target", target, violations), text("requestId", requestId, violations),
                instant("from", from, violations), instant("to", to, violations),
                (int) requests.longParam("limit", limit, AuditQuery.DEFAULT_LIMIT, 1, AuditQuery.MAX_LIMIT, violations),
                requests.longParam("offset", offset, 0, 0, Long.MAX_VALUE, violations));
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        ObjectNode body = NODES.objectNode();
        body.put("numberMatched", trail.count(q));
        ArrayNode entries = body.putArray("entries");
        trail.find(q).forEach(e -> entries.add(json(e)));
        body.put("numberReturned", entries.size());
        return body;
    }

    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String actor,
            @RequestParam(required = false) String action, @RequestParam(required = false) String target,
            @RequestParam(required = false) String requestId, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        List<Violation> violations = new ArrayList<>();
        // every filter checked before the first byte: a streamed answer cannot turn into a problem
        AuditQuery q = new AuditQuery(text("actor", actor, violations), text("action", action, violations),
                text("target", target, violations), text("requestId", requestId, violations),
                instant("from", from, violations), instant("to", to, violations), AuditQuery.MAX_LIMIT, 0);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("audit.csv").build().toString())
                .body(out -> {
                    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                    w.write(CSV_HEADER + "\n");
                    trail.export(q, e -> line(w, e));
                    w.flush();
                });
    }

    private static void line(Writer w, AuditEntry e) {
        try {
            w.write(String.join(",", String.valueOf(e.id()), e.at().toString(), csv(e.actor()), csv(e.roles()),
                    csv(e.action()), csv(e.method()), csv(e.path()), csv(e.target()),
                    e.status() == null ? "" : e.status().toString(), csv(e.clientAddress()), csv(e.requestId()),
                    csv(e.detail())) + "\n");
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static String csv(String s) {
        return CsvCell.of(s);
    }

    private static ObjectNode json(AuditEntry e) {
        ObjectNode o = NODES.objectNode();
        o.put("id", e.id());
        o.put("at", e.at().toString());
        o.put("actor", e.actor());
        o.put("roles", e.roles());
        o.put("action", e.action());
        o.put("method", e.method());
        o.put("path", e.path());
        o.put("target", e.target());
        if (e.status() == null) {
            o.putNull("status");
        } else {
            o.put("status", e.status());
        }
        o.put("clientAddress", e.clientAddress());
        o.put("requestId", e.requestId());
        o.put("detail", e.detail());
        return o;
    }

    /** A filter value: blank is none; control characters or more than 400 characters are refused. */
    private static String text(String name, String s, List<Violation> violations) {
        if (s == null || s.isBlank()) {
            return null;
        }
        if (s.length() > 400 || s.chars().anyMatch(c -> Character.isISOControl(c) || Character.isSurrogate((char) c))) {
            violations.add(Violation.of(name, "INVALID_TEXT",
                    "المعامل " + name + " يجب أن يكون نصاً قصيراً بلا محارف تحكّم.",
                    name + " must be a short text without control characters."));
            return null;
        }
        return s;
    }

    private static Instant instant(String name, String value, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            violations.add(Violation.of(name, "INVALID_INSTANT",
                    "المعامل " + name + " يجب أن يكون لحظة بصيغة ISO-8601 مثل 2026-01-31T08:00:00Z.",
                    name + " must be an ISO-8601 instant such as 2026-01-31T08:00:00Z."));
            return null;
        }
    }
}
