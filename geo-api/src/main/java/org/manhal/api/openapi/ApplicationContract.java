package org.manhal.api.openapi;

import static org.manhal.api.openapi.JsonSchemas.codes;
import static org.manhal.api.openapi.JsonSchemas.integer;
import static org.manhal.api.openapi.JsonSchemas.range;
import static org.manhal.api.openapi.JsonSchemas.ref;
import static org.manhal.api.openapi.JsonSchemas.string;


import java.util.Map;

import org.manhal.application.ApplicationType;
import org.manhal.notify.DeliveryState;
import org.manhal.permit.ApplicationStatus;

import io.swagger.v3.oas.models.Operation;

/** The operations of applications and their workflow (docs/applications.md). */
final class ApplicationContract {

    static final String APPLICATIONS = "Applications";
    static final String CONTRACTORS = "Contractors";
    static final String PERMITS = "Permits";
    private static final String JSON = ApiContract.JSON;

    private ApplicationContract() {
    }

    static void operations(Map<String, Operation> ops) {
        new ApiContract.Op("POST", "/api/applications", "submitApplication", APPLICATIONS, "Submit an application",
                "Well registration, drilling, deepening or replacement (location, proposed), or a building permit "
                        + "(building: the zoning check's members; the verdict at submission is kept with it). "
                        + "The Idempotency-Key header is required: the same key with the same request answers the same "
                        + "application again (Idempotent-Replayed: true), with another request 422. Answers the reference "
                        + "and the applicant's accessCode. تقديم طلب.")
                .header("Idempotency-Key", string(), "Required: the client's key of this submission, 1 to 200 characters")
                .body(ref("ApplicationSubmission"), JSON, ApiContract.GEO_JSON)
                .answer(201, "Filed (or filed before under this key): the application, personal data included",
                        ref("SubmittedApplication"), JSON)
                .header("Location", "/api/applications/{reference}").header("ETag", "The application's version")
                .header("Idempotent-Replayed", "true when the key had been used with the same request")
                .problems(400, 415, 422).into(ops);
        new ApiContract.Op("GET", "/api/applications", "findApplications", APPLICATIONS, "The queue",
                "Applications oldest first, filtered; no personal data. قائمة الطلبات.")
                .query("status", codes(ApplicationStatus.class), "Only applications in this status")
                .query("type", codes(ApplicationType.class), "Only applications of this type")
                .query("wilayat", string(), "Only applications in this wilayat, a code such as OM-MA-SEB")
                .query("bbox", (io.swagger.v3.oas.models.media.JsonSchema) string().pattern("^[^,]+,[^,]+,[^,]+,[^,]+$"),
                        "Only applications meeting minLon,minLat,maxLon,maxLat in degrees (CRS84)")
                .query("limit", range(integer(), 1, 1000), "Page size, 1 to 1,000 (default 100)")
                .query("offset", range(integer(), 0, Long.MAX_VALUE), "Applications to skip (default 0)")
                .answer(200, "One page", ref("ApplicationList"), JSON)
                .problems(400).into(ops);
        new ApiContract.Op("GET", "/api/applications/{reference}", "getApplication", APPLICATIONS, "Read an application",
                "With its applicant (personal data) and decision, and its ETag. قراءة طلب.")
                .path("reference", string(), "The reference, e.g. WD-DA-2026-000123")
                .answer(200, "The application", ref("Application"), JSON).header("ETag", "The application's version")
                .problems(404).into(ops);
        new ApiContract.Op("GET", "/api/applications/{reference}/timeline", "getApplicationTimeline", APPLICATIONS,
                "An application's timeline", "Every step, oldest first: who, when, why. سجل الطلب.")
                .path("reference", string(), "The reference")
                .answer(200, "The timeline", ref("ApplicationTimeline"), JSON)
                .problems(404).into(ops);
        step(ops, "review", "startReview", "Start the review", "SUBMITTED → UNDER_REVIEW. بدء الدراسة.");
        step(ops, "information-request", "requestInformation", "Request more information",
                "UNDER_REVIEW → MORE_INFORMATION_REQUESTED; reason required. طلب معلومات.");
        step(ops, "resubmission", "resubmitApplication", "Resubmit", "MORE_INFORMATION_REQUESTED → SUBMITTED. إعادة التقديم.");
        step(ops, "withdrawal", "withdrawApplication", "Withdraw",
                "SUBMITTED, UNDER_REVIEW or MORE_INFORMATION_REQUESTED → WITHDRAWN. سحب الطلب.");
        step(ops, "approval", "approveApplication", "Approve",
                "UNDER_REVIEW → APPROVED; reason required. Re-runs the spacing check at decision time and keeps it with "
                        + "the decision; a drilling or replacement permit registers the well as PERMITTED (race-free); "
                        + "409 approval-refused with the verdict when the rules do not allow it; a NEEDS_REVIEW verdict "
                        + "on real data needs reviewedFindings: true and a reason of some length, else 409 "
                        + "review-acknowledgement-required. Issues the permit (permitNumber), with the body's conditions, "
                        + "each in Arabic and English. الموافقة.");
        step(ops, "rejection", "rejectApplication", "Reject", "UNDER_REVIEW → REJECTED; reason required. الرفض.");
        new ApiContract.Op("GET", "/api/public/applications/{reference}", "getPublicApplication", APPLICATIONS,
                "Follow one's own application",
                "For the applicant holding the access code: type, status, location and the status steps with their "
                        + "times; nothing personal, no staff names or notes. A wrong reference or code is the same 404. "
                        + "متابعة الطلب.")
                .path("reference", string(), "The reference")
                .header("X-Access-Code", string(), "The access code given at submission")
                .answer(200, "The public view", ref("PublicApplication"), JSON)
                .problems(404).into(ops);
        permits(ops);
        contractors(ops);
    }

    private static void permits(Map<String, Operation> ops) {
        new ApiContract.Op("GET", "/api/public/permits/{number}", "verifyPermit", PERMITS, "Verify a permit",
                "For anyone holding the permit number (printed on the certificate, in its QR code): VALID, EXPIRED "
                        + "(after the expiry date) or REVOKED, the type, dates, wilayat, location (the well, or the plot "
                        + "outline and footprint of a building) and conditions, in Arabic and English; nothing personal. "
                        + "An unknown number (an application reference alone is none) is 404. التحقق من تصريح.")
                .path("number", string(), "The permit number, e.g. WD-DA-2026-000123-K7Q2MX (case does not matter)")
                .answer(200, "The permit as the public may see it", ref("PublicPermit"), JSON)
                .problems(404).into(ops);
        new ApiContract.Op("GET", "/api/public/permits/{number}/qr.svg", "getPermitQrCode", PERMITS, "A permit's QR code",
                "The QR code of the certificate: it encodes the permit's verification URL. رمز QR للتصريح.")
                .path("number", string(), "The permit number")
                .answer(200, "The QR code", string("An SVG document"), "image/svg+xml")
                .problems(404).into(ops);
        new ApiContract.Op("POST", "/api/permits/{number}/revocation", "revokePermit", PERMITS, "Revoke a permit",
                "APPROVED → REVOKED; reason required, kept on the timeline (not shown to the public). The permit "
                        + "verifies as REVOKED from then on. {number} is the permit number or the application's reference. "
                        + "Illegal from the current status (not approved, already revoked): 409 illegal-transition. "
                        + "إلغاء التصريح.")
                .path("number", string(), "The permit number or the application's reference")
                .header("If-Match", string(), "The application's ETag read; 412 when it changed since")
                .body(ref("StepReason"), JSON)
                .answer(200, "The application after the step", ref("Application"), JSON).header("ETag", "The new version")
                .problems(400, 404, 409, 412, 415).into(ops);
        new ApiContract.Op("GET", "/api/admin/webhook-deliveries", "findWebhookDeliveries", PERMITS,
                "Webhook deliveries", "The signed webhooks of the application steps, one per event and subscriber, "
                        + "newest first: delivered, pending (with the next attempt) or failed (with the last error). "
                        + "Admins and auditors; nothing personal. تسليم الإشعارات.")
                .query("status", codes(DeliveryState.class), "Only deliveries in this state")
                .query("reference", string(), "Only the events of this application")
                .query("limit", range(integer(), 1, 1000), "At most this many, 1 to 1,000 (default 100)")
                .answer(200, "The deliveries", ref("WebhookDeliveryList"), JSON)
                .problems(400, 401).into(ops);
        new ApiContract.Op("POST", "/api/admin/webhook-deliveries/{id}/resend", "resendWebhookDelivery", PERMITS,
                "Send a failed webhook again", "A FAILED delivery becomes PENDING from now, with the same event id and "
                        + "payload and its attempts counted afresh. A pending or delivered one: 409 delivery-not-failed. "
                        + "Admins only. إعادة إرسال إشعار فشل.")
                .path("id", integer(), "The delivery's id (from the list)")
                .answer(200, "The delivery, now pending", ref("WebhookDelivery"), JSON)
                .problems(400, 401, 404, 409).into(ops);
    }

    private static void contractors(Map<String, Operation> ops) {
        new ApiContract.Op("POST", "/api/contractors", "registerContractor", CONTRACTORS, "Register a contractor",
                "A licensed drilling contractor; status ACTIVE unless said. تسجيل مقاول حفر.")
                .body(ref("ContractorInput"), JSON)
                .answer(201, "Registered", ref("Contractor"), JSON).header("Location", "/api/contractors/{licenceNumber}")
                .problems(400, 415).into(ops);
        new ApiContract.Op("GET", "/api/contractors", "listContractors", CONTRACTORS, "Contractors",
                "Every registered contractor, by licence number. المقاولون.")
                .answer(200, "The contractors", ref("ContractorList"), JSON).problems().into(ops);
        new ApiContract.Op("GET", "/api/contractors/{licenceNumber}", "getContractor", CONTRACTORS, "A contractor",
                "By licence number. مقاول.")
                .path("licenceNumber", string(), "The licence number")
                .answer(200, "The contractor", ref("Contractor"), JSON).problems(404).into(ops);
        new ApiContract.Op("POST", "/api/applications/{reference}/contractor", "assignContractor", CONTRACTORS,
                "Name the contractor on a permit",
                "An approved drilling, replacement or deepening permit; the contractor must be ACTIVE with a licence "
                        + "valid today (409 contractor-refused, code CONTRACTOR_NOT_ALLOWED). تسمية المقاول.")
                .path("reference", string(), "The reference")
                .body(ref("ContractorAssignment"), JSON)
                .answer(200, "Named", ref("AssignedContractor"), JSON)
                .problems(400, 404, 409, 415).into(ops);
        new ApiContract.Op("POST", "/api/permits/{reference}/completion", "reportCompletion", CONTRACTORS,
                "Report the completed well",
                "By the contractor named on the permit, once: the well goes from PERMITTED to ACTIVE (a deepening: to "
                        + "DEEPENED) through the well registry; a surveyed location farther than the tolerance from the "
                        + "permitted one is a finding, with the spacing verdict there. تقرير إنجاز البئر.")
                .path("reference", string(), "The reference")
                .body(ref("CompletionInput"), JSON, ApiContract.GEO_JSON)
                .answer(201, "Recorded", ref("CompletionReport"), JSON)
                .problems(400, 404, 409, 415).into(ops);
        new ApiContract.Op("GET", "/api/permits/{reference}/completion", "getCompletion", CONTRACTORS,
                "The completion report", "تقرير الإنجاز.")
                .path("reference", string(), "The reference")
                .answer(200, "The report", ref("CompletionReport"), JSON).problems(404).into(ops);
    }

    private static void step(Map<String, Operation> ops, String path, String id, String summary, String description) {
        new ApiContract.Op("POST", "/api/applications/{reference}/" + path, id, APPLICATIONS, summary,
                description + " Illegal from the current status: 409 illegal-transition.")
                .path("reference", string(), "The reference")
                .header("If-Match", string(), "The ETag read; 412 when the application changed since")
                .body(ref("StepReason"), JSON)
                .answer(200, "The application after the step", ref("Application"), JSON).header("ETag", "The new version")
                .problems(400, 404, 409, 412, 415).into(ops);
    }
}
