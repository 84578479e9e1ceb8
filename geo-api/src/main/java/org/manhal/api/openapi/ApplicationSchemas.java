package org.manhal.api.openapi;

import static org.manhal.api.openapi.JsonSchemas.allOf;
import static org.manhal.api.openapi.JsonSchemas.anyObject;
import static org.manhal.api.openapi.JsonSchemas.array;
import static org.manhal.api.openapi.JsonSchemas.closed;
import static org.manhal.api.openapi.JsonSchemas.codes;
import static org.manhal.api.openapi.JsonSchemas.dateTime;
import static org.manhal.api.openapi.JsonSchemas.integer;
import static org.manhal.api.openapi.JsonSchemas.nullable;
import static org.manhal.api.openapi.JsonSchemas.nullableCodes;
import static org.manhal.api.openapi.JsonSchemas.nullableInteger;
import static org.manhal.api.openapi.JsonSchemas.nullableNumber;
import static org.manhal.api.openapi.JsonSchemas.nullableString;
import static org.manhal.api.openapi.JsonSchemas.object;
import static org.manhal.api.openapi.JsonSchemas.props;
import static org.manhal.api.openapi.JsonSchemas.ref;
import static org.manhal.api.openapi.JsonSchemas.string;
import static org.manhal.api.openapi.JsonSchemas.typed;
import static org.manhal.api.openapi.JsonSchemas.with;

import java.util.List;
import java.util.Map;

import org.manhal.api.problem.Problems;
import org.manhal.application.ApplicationType;
import org.manhal.notify.DeliveryState;
import org.manhal.permit.ApplicationStatus;
import org.manhal.well.WellType;
import org.manhal.well.WellUse;

import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;

/** The schemas of applications, their workflow and their problems (docs/applications.md). */
final class ApplicationSchemas {

    private ApplicationSchemas() {
    }

    static void all(Map<String, Schema> c) {
        problems(c);
        contractors(c);
        permits(c);
        webhooks(c);
        JsonSchema proposed = closed(props("type", nullableCodes(WellType.class), "use", nullableCodes(WellUse.class),
                "depthM", nullableNumber(), "diameterMm", nullableNumber(), "yieldM3PerDay", nullableNumber()),
                "type", "use", "depthM", "diameterMm", "yieldM3PerDay");
        c.put("ApplicationSubmission", object(props(
                "type", codes(ApplicationType.class),
                "location", ref("Point"),
                "wellId", (JsonSchema) integer().description("The registry well deepened or replaced"),
                "proposed", object(props("type", codes(WellType.class), "use", codes(WellUse.class),
                        "depthM", JsonSchemas.number(), "diameterMm", JsonSchemas.number(), "yieldM3PerDay", JsonSchemas.number())),
                "applicant", object(props("name", string(), "civilId", string(), "phone", string()), "name", "civilId"),
                "building", (JsonSchema) anyObject().description("Building permits: the members of POST /api/checks/zoning "
                        + "(plot or plotPolygon, footprint, use, floors, heightM, grossFloorAreaM2)")),
                "type", "applicant"));
        c.put("StepReason", object(props("reason", string("Why: kept on the timeline; required to request "
                + "information, approve and reject"),
                "reviewedFindings", (JsonSchema) JsonSchemas.bool().description("Approval only: the reviewer has read the "
                        + "findings of a NEEDS_REVIEW spacing verdict and approves over them (reason of at least "
                        + org.manhal.permit.Applications.MIN_REVIEWED_REASON + " characters); never over FAIL or sample "
                        + "data. Kept with the decision and on the timeline."),
                "conditions", (JsonSchema) array(closed(props("ar", string(), "en", string()), "ar", "en"))
                        .description("Approval only: the permit's conditions, each in Arabic and English (at most "
                                + org.manhal.permit.Permits.MAX_CONDITIONS + ")"))));
        Map<String, Schema> application = props(
                "reference", (JsonSchema) string().pattern("^[A-Z]{2}-[A-Z]+-\\d{4}-\\d{6,}$"),
                "type", codes(ApplicationType.class), "status", codes(ApplicationStatus.class), "statusAr", string(),
                "location", ref("Geometry"), "wilayat", nullableString(), "governorate", nullableString(),
                "wellId", nullableInteger(), "subjectWellId", nullableInteger(), "proposed", proposed,
                "submittedAt", dateTime(), "updatedAt", dateTime(), "version", integer(),
                "building", typed("object"),
                "permitNumber", (JsonSchema) nullableString().description("The permit issued on approval (one application's answers, not the queue)"),
                "decision", nullable(closed(props("outcome", codes(List.of("APPROVED", "REJECTED")), "reasons", nullableString(),
                        "decidedAt", dateTime(), "decidedBy", string(), "verdict", typed("object", "null"),
                        "findingsReviewed", (JsonSchema) JsonSchemas.bool().description("An approval over a NEEDS_REVIEW "
                                + "verdict on the reviewer's acknowledgement of its findings (reviewedFindings), not on a PASS")),
                        "outcome", "reasons", "decidedAt", "decidedBy", "verdict", "findingsReviewed")));
        String[] required = {"reference", "type", "status", "location", "wellId", "proposed", "submittedAt", "version", "decision"};
        c.put("ApplicationSummary", closed(application, required));
        Map<String, Schema> withApplicant = with(application, "applicant", closed(props("name", string(), "civilId", string(),
                "phone", nullableString()), "name", "civilId", "phone"));
        c.put("Application", closed(withApplicant, required));
        c.put("SubmittedApplication", closed(with(withApplicant, "accessCode",
                string("The applicant's code to follow the application (X-Access-Code); answered again on a retry")), required));
        c.put("ApplicationList", closed(props("applications", array(ref("ApplicationSummary")),
                "numberMatched", integer(), "numberReturned", integer()), "applications", "numberMatched", "numberReturned"));
        c.put("ApplicationTimeline", closed(props("reference", string(), "timeline", array(closed(props(
                "action", string(), "fromStatus", nullableCodes(ApplicationStatus.class), "toStatus", codes(ApplicationStatus.class),
                "actor", string(), "at", dateTime(), "reason", nullableString(),
                "findingsReviewed", (JsonSchema) JsonSchemas.bool().description("The approval rests on reviewed findings")),
                "action", "toStatus", "actor", "at", "findingsReviewed"))),
                "reference", "timeline"));
        c.put("PublicApplication", closed(props("reference", string(), "type", codes(ApplicationType.class),
                "typeAr", string(), "typeEn", string(), "status", codes(ApplicationStatus.class), "statusAr", string(),
                "statusEn", string(), "location", ref("Geometry"), "timeline", array(closed(props(
                        "status", codes(ApplicationStatus.class), "statusAr", string(), "statusEn", string(), "at", dateTime()),
                        "status", "at"))), "reference", "type", "status", "location", "timeline"));
    }

    static void permits(Map<String, Schema> c) {
        JsonSchema area = nullable(closed(props("code", string(), "nameAr", nullableString(), "nameEn", nullableString()),
                "code", "nameAr", "nameEn"));
        c.put("PublicPermit", closed(props("number", string(), "type", codes(ApplicationType.class), "typeAr", string(),
                "typeEn", string(), "status", codes(org.manhal.permit.PermitStatus.class), "statusAr", string(),
                "statusEn", string(), "issuedAt", dateTime(), "validFrom", (JsonSchema) string().format("date"),
                "expiresOn", (JsonSchema) string().format("date"), "revokedAt", JsonSchemas.nullableDateTime(),
                "wilayat", area, "governorate", area, "location", ref("Geometry"), "footprint", typed("object", "null"),
                "conditions", array(closed(props("ar", string(), "en", string()), "ar", "en")),
                "verificationUrl", string(), "certificateUrl", string(), "qrCodeUrl", string()),
                "number", "type", "status", "issuedAt", "validFrom", "expiresOn", "revokedAt", "location", "conditions",
                "verificationUrl"));
    }

    static void webhooks(Map<String, Schema> c) {
        c.put("WebhookDelivery", closed(props("id", integer(), "eventId", string(), "eventType", string(),
                "reference", string(), "subscriberUrl", string(), "status", codes(DeliveryState.class),
                "attempts", integer(), "createdAt", dateTime(), "nextAttemptAt", JsonSchemas.nullableDateTime(),
                "deliveredAt", JsonSchemas.nullableDateTime(), "failedAt", JsonSchemas.nullableDateTime(),
                "lastStatus", nullableInteger(), "lastError", nullableString()),
                "id", "eventId", "eventType", "reference", "subscriberUrl", "status", "attempts", "createdAt"));
        c.put("WebhookDeliveryList", closed(props("deliveries", array(ref("WebhookDelivery")), "numberReturned", integer()),
                "deliveries", "numberReturned"));
    }

    static void contractors(Map<String, Schema> c) {
        Map<String, Schema> contractor = props("licenceNumber", string(), "name", string(),
                "licenceClass", codes(org.manhal.contractor.LicenceClass.class),
                "validFrom", (JsonSchema) string().format("date"), "validUntil", (JsonSchema) string().format("date"),
                "status", codes(org.manhal.contractor.ContractorStatus.class));
        c.put("ContractorInput", object(contractor, "licenceNumber", "name", "licenceClass", "validFrom", "validUntil"));
        c.put("Contractor", closed(contractor, "licenceNumber", "name", "licenceClass", "validFrom", "validUntil", "status"));
        c.put("ContractorList", closed(props("contractors", array(ref("Contractor"))), "contractors"));
        c.put("ContractorAssignment", object(props("licenceNumber", string()), "licenceNumber"));
        c.put("AssignedContractor", closed(props("reference", string(), "licenceNumber", string(), "version", integer()),
                "reference", "licenceNumber", "version"));
        Map<String, Schema> report = props("licenceNumber", string(), "location", ref("Point"),
                "depthM", JsonSchemas.number(), "diameterMm", nullableNumber(), "staticWaterLevelM", nullableNumber(),
                "yieldM3PerDay", nullableNumber(), "ecUsPerCm", nullableNumber(), "drilledOn", (JsonSchema) string().format("date"));
        c.put("CompletionInput", object(report, "licenceNumber", "location", "depthM", "drilledOn"));
        c.put("CompletionReport", closed(with(report, "reference", string(), "wellId", integer(),
                "wellStatus", codes(org.manhal.well.WellStatus.class), "movedM", JsonSchemas.number(),
                "toleranceM", JsonSchemas.number(), "findings", array(closed(props("code", string(),
                        "measuredDistanceM", JsonSchemas.number(), "limit", JsonSchemas.number(), "messageAr", string(),
                        "messageEn", string()), "code", "measuredDistanceM", "limit", "messageAr", "messageEn")),
                "verdict", typed("object", "null"), "reportedAt", dateTime()),
                "reference", "wellId", "wellStatus", "location", "depthM", "movedM", "toleranceM", "findings", "verdict"));
    }

    private static void problems(Map<String, Schema> c) {
        c.put("ConflictProblem", problem(List.of("illegal-transition", "approval-refused",
                        "review-acknowledgement-required", "not-approved",
                        "contractor-refused"),
                "illegal-transition: the step is not possible in the application's status; approval-refused: the rules "
                        + "checked at decision time do not allow it (verdict); review-acknowledgement-required: the verdict "
                        + "is NEEDS_REVIEW and the approval did not say reviewedFindings (verdict); not-approved: no permit yet; "
                        + "contractor-refused: a contractor rule (code)",
                props("transition", string(), "status", JsonSchemas.typed("string", "integer"), "verdict", anyObject(),
                        "code", string())));
        c.put("UnprocessableProblem", problem(List.of("idempotency-key-reused", "not-yet-supported"),
                "idempotency-key-reused: the key was used for a different request; not-yet-supported: building permits",
                Map.of()));
    }

    private static JsonSchema problem(List<String> types, String when, Map<String, Schema> extra) {
        JsonSchema own = typed("object");
        own.properties(with(extra, "type", codes(types.stream().map(t -> Problems.BASE + t).toList())));
        return (JsonSchema) allOf(ref("Problem"), own).description(when);
    }
}
