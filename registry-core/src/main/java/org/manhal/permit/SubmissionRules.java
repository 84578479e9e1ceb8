package org.manhal.permit;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Point;
import org.manhal.application.ApplicationType;
import org.manhal.common.InvalidInputException;
import org.manhal.common.Violation;

/** The rules of a submission and of a step's reason that need no database. */
final class SubmissionRules {

    static final int MAX_KEY = 200;
    static final int MAX_NAME = 200;
    static final int MAX_CIVIL_ID = 40;
    static final int MAX_PHONE = 40;
    static final int MAX_REASON = 4000;

    private SubmissionRules() {
    }

    static List<Violation> check(Submission s) {
        List<Violation> v = new ArrayList<>();
        if (s.idempotencyKey() == null || s.idempotencyKey().isBlank() || s.idempotencyKey().length() > MAX_KEY) {
            v.add(Violation.of("Idempotency-Key", "IDEMPOTENCY_KEY_REQUIRED",
                    "الترويسة Idempotency-Key مطلوبة (1 إلى " + MAX_KEY + " حرفاً): تمنع تكرار الطلب عند إعادة الإرسال.",
                    "The Idempotency-Key header is required (1 to " + MAX_KEY + " characters): it keeps a retried submission from filing twice."));
        }
        Applicant a = s.applicant();
        text(a == null ? null : a.name(), "applicant.name", MAX_NAME, true, "اسم مقدم الطلب", "The applicant's name", v);
        text(a == null ? null : a.civilId(), "applicant.civilId", MAX_CIVIL_ID, true, "الرقم المدني لمقدم الطلب",
                "The applicant's civil ID", v);
        text(a == null ? null : a.phone(), "applicant.phone", MAX_PHONE, false, "هاتف مقدم الطلب", "The applicant's phone", v);
        if (s.type() == ApplicationType.BUILDING_PERMIT) {
            return v; // the footprint is the zoning check's to validate
        }
        if (s.location() == null && s.type() != ApplicationType.WELL_DEEPENING) {
            v.add(Violation.of("location", "REQUIRED", "موقع البئر (location، نقطة GeoJSON) مطلوب.",
                    "The well's location (location, a GeoJSON Point) is required."));
        } else if (s.location() != null && !(s.location() instanceof Point)) {
            v.add(Violation.of("location", "NOT_A_POINT", "موقع البئر يجب أن يكون نقطة (Point).",
                    "The well's location must be a Point, not a " + s.location().getGeometryType() + "."));
        }
        return v;
    }

    static void checkDeeper(Double newDepthM, Double currentDepthM, List<Violation> v) {
        if (newDepthM == null) {
            v.add(Violation.of("proposed.depthM", "REQUIRED", "العمق الجديد المطلوب (proposed.depthM) مطلوب لطلب التعميق.",
                    "The new depth (proposed.depthM) is required for a deepening."));
        } else if (currentDepthM != null && newDepthM <= currentDepthM) {
            v.add(Violation.of("proposed.depthM", "NOT_DEEPER", "العمق الجديد " + newDepthM + " م لا يزيد على عمق البئر الحالي "
                            + currentDepthM + " م.",
                    "The new depth " + newDepthM + " m is not below the well's current depth of " + currentDepthM + " m."));
        }
    }

    static void checkReason(Transition step, String reason) {
        if (reason != null && reason.length() > MAX_REASON) {
            throw new InvalidInputException(Violation.of("reason", "TOO_LONG", "السبب أطول من " + MAX_REASON + " حرف.",
                    "The reason is longer than " + MAX_REASON + " characters."));
        }
        if (step.needsReason() && (reason == null || reason.isBlank())) {
            throw new InvalidInputException(Violation.of("reason", "REASON_REQUIRED",
                    "سبب الخطوة «" + step.ar() + "» مطلوب: يبقى في سجل الطلب.",
                    "A reason for '" + step.en() + "' is required: it stays on the application's timeline."));
        }
    }

    /** An approval that acknowledges reviewed findings says why in some words, not a token. */
    static void checkReviewedReason(String reason) {
        if (reason == null || reason.strip().length() < Applications.MIN_REVIEWED_REASON) {
            throw new InvalidInputException(Violation.of("reason", "REVIEW_REASON_TOO_SHORT",
                    "الموافقة مع إقرار مراجعة الملاحظات (reviewedFindings) تحتاج سببًا لا يقل عن " + Applications.MIN_REVIEWED_REASON + " حرفًا.",
                    "An approval acknowledging reviewed findings (reviewedFindings) needs a reason of at least "
                            + Applications.MIN_REVIEWED_REASON + " characters."));
        }
    }

    private static void text(String value, String field, int max, boolean required, String ar, String en, List<Violation> v) {
        if (value == null || value.isBlank()) {
            if (required) {
                v.add(Violation.of(field, "REQUIRED", ar + " مطلوب.", en + " is required."));
            }
        } else if (value.length() > max) {
            v.add(Violation.of(field, "TOO_LONG", ar + " أطول من " + max + " حرفاً.", en + " is longer than " + max + " characters."));
        }
    }
}
