package org.manhal.api.problem;

import java.util.List;
import java.util.UUID;

import org.manhal.api.export.PersonalDataForbiddenException;
import org.manhal.common.InvalidInputException;
import org.manhal.common.NotFoundException;
import org.manhal.common.OutsideScopeException;
import org.manhal.common.Text;
import org.manhal.common.Violation;
import org.manhal.imports.ImportBusyException;
import org.manhal.api.spacing.SpacingJson;
import org.manhal.api.zoning.ZoningJson;
import org.manhal.contractor.ContractorRefusedException;
import org.manhal.permit.ApprovalRefusedException;
import org.manhal.permit.ReviewAcknowledgementRequiredException;
import org.manhal.permit.NotApprovedException;
import org.manhal.permit.IdempotencyKeyReusedException;
import org.manhal.permit.IllegalTransitionException;
import org.manhal.permit.NotYetSupportedException;
import org.manhal.permit.StaleApplicationException;
import org.manhal.spacing.StaleRuleException;
import org.manhal.well.StaleWellException;
import org.manhal.well.WellDeletedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.HttpMessageNotWritableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place where failures become RFC 9457 {@code application/problem+json} answers. Bad
 * input is a 4xx that says what to change; an unexpected failure is a 500 that shows no internals,
 * only an error id that is also in the log.
 */
@RestControllerAdvice
class ProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return Problems.invalid(e.violations());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "not-found", new Text("غير موجود", "Not found"), e.text());
    }

    @ExceptionHandler(WellDeletedException.class)
    ProblemDetail gone(WellDeletedException e) {
        return Problems.of(HttpStatus.GONE, "deleted", new Text("محذوف", "Deleted"), e.text());
    }

    @ExceptionHandler(StaleWellException.class)
    ProblemDetail stale(StaleWellException e) {
        ProblemDetail p = Problems.of(HttpStatus.PRECONDITION_FAILED, "stale-version",
                new Text("تغيّر المورد منذ قراءته", "Changed since read"), e.text());
        p.setProperty("currentVersion", e.currentVersion());
        return p;
    }

    @ExceptionHandler(StaleRuleException.class)
    ProblemDetail staleRule(StaleRuleException e) {
        ProblemDetail p = Problems.of(HttpStatus.PRECONDITION_FAILED, "stale-version",
                new Text("تغيّر المورد منذ قراءته", "Changed since read"), e.text());
        p.setProperty("currentVersion", e.currentVersion());
        return p;
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        // a route that takes no JSON (POST /ows takes XML) names what it takes; the others take JSON
        List<String> supported = e.getSupportedMediaTypes().stream().map(m -> m.getType() + "/" + m.getSubtype()).toList();
        if (!supported.isEmpty() && supported.stream().noneMatch(m -> m.contains("json"))) {
            String types = String.join(", ", supported);
            return Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                    new Text("نوع محتوى غير مدعوم", "Unsupported media type"),
                    new Text("أرسل الطلب بنوع المحتوى " + types + "، وليس " + e.getContentType() + ".",
                            "Send the request as " + types + ", not " + e.getContentType() + "."));
        }
        return Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type",
                new Text("نوع محتوى غير مدعوم", "Unsupported media type"),
                new Text("أرسل الطلب بنوع المحتوى application/geo+json أو application/json، وليس " + e.getContentType() + ".",
                        "Send the request as application/geo+json or application/json, not " + e.getContentType() + "."));
    }

    @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
    ProblemDetail notAcceptable(HttpMediaTypeNotAcceptableException e) {
        return Problems.of(HttpStatus.NOT_ACCEPTABLE, "not-acceptable",
                new Text("صيغة غير متاحة", "Not acceptable"),
                new Text("هذا المورد متاح بصيغة " + e.getSupportedMediaTypes() + " فقط.",
                        "This resource is available as " + e.getSupportedMediaTypes() + " only."));
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail methodNotAllowed(HttpRequestMethodNotSupportedException e) {
        return Problems.of(HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
                new Text("طريقة غير مسموحة", "Method not allowed"),
                new Text("الطريقة " + e.getMethod() + " غير مسموحة هنا.", "Method " + e.getMethod() + " is not allowed here."));
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail noResource(NoResourceFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "not-found", new Text("غير موجود", "Not found"),
                new Text("لا يوجد مورد في " + e.getResourcePath() + ".", "There is nothing at " + e.getResourcePath() + "."));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return Problems.invalid(List.of(Violation.of(e.getName(), "INVALID_VALUE",
                "القيمة «" + e.getValue() + "» غير صالحة للمعامل " + e.getName() + ".",
                "'" + e.getValue() + "' is not a valid value for " + e.getName() + ".")));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missingParameter(MissingServletRequestParameterException e) {
        return Problems.invalid(List.of(Violation.of(e.getParameterName(), "REQUIRED",
                "المعامل " + e.getParameterName() + " مطلوب.", "The parameter " + e.getParameterName() + " is required.")));
    }

    /**
     * The client went away mid-answer (the map aborts a wells request when the view moves on):
     * nobody is left to read a problem, and it is no server failure.
     */
    @ExceptionHandler({AsyncRequestNotUsableException.class, HttpMessageNotWritableException.class})
    void clientGone(Exception e) {
        log.debug("client went away: {}", e.getMessage());
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ProblemDetail tooLarge(MaxUploadSizeExceededException e) {
        String limit = e.getMaxUploadSize() > 0 ? e.getMaxUploadSize() / (1 << 20) + " MiB" : "the limit";
        return Problems.of(HttpStatus.CONTENT_TOO_LARGE, "too-large", new Text("الملف كبير جداً", "File too large"),
                new Text("الملف أكبر من الحد المسموح (" + limit + "): قسّمه إلى ملفات أصغر.",
                        "The file is larger than allowed (" + limit + "): split it into smaller files."));
    }

    @ExceptionHandler(MultipartException.class)
    ProblemDetail notMultipart(MultipartException e) {
        return Problems.invalid(List.of(Violation.of("file", "NO_FILE",
                "أرسل الملف في الحقل file بطلب multipart/form-data.",
                "Send the file in the field 'file' of a multipart/form-data request.")));
    }

    @ExceptionHandler(PersonalDataForbiddenException.class)
    ProblemDetail personalData(PersonalDataForbiddenException e) {
        return Problems.of(HttpStatus.FORBIDDEN, "personal-data-forbidden",
                new Text("بيانات شخصية غير مسموحة", "Personal data not allowed"), e.text());
    }

    @ExceptionHandler(OutsideScopeException.class)
    ProblemDetail outsideScope(OutsideScopeException e) {
        return Problems.of(HttpStatus.FORBIDDEN, "outside-scope",
                new Text("خارج نطاق الحساب", "Outside your account's scope"), e.text());
    }

    @ExceptionHandler(ImportBusyException.class)
    ProblemDetail busy(ImportBusyException e) {
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "busy", new Text("الخدمة مشغولة", "Busy"), e.text());
    }

    /** Tomcat could not decode a parameter (bytes that are not UTF-8): its value is lost, so say so. */
    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail undecodableParameter(InvalidParameterException e) {
        return Problems.invalid(List.of(Violation.of("query", "INVALID_ENCODING",
                "في معاملات الطلب بايتات ليست نصاً بترميز UTF-8 صالحاً.",
                "The request's parameters hold bytes that are not valid UTF-8 text.")));
    }

    /** A body that is missing or that the converter could not read (the endpoint reads it itself otherwise). */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadableBody(HttpMessageNotReadableException e) {
        return Problems.invalid(List.of(Violation.of("body", "EMPTY_BODY",
                "جسم الطلب فارغ أو غير مقروء: أرسل جسماً بالصيغة التي تقبلها هذه الخدمة.",
                "The request body is missing or unreadable: send a body in the format this endpoint takes.")));
    }

    // -- applications (org.manhal.permit) --

    @ExceptionHandler(IllegalTransitionException.class)
    ProblemDetail illegalTransition(IllegalTransitionException e) {
        ProblemDetail p = Problems.of(HttpStatus.CONFLICT, "illegal-transition",
                new Text("خطوة غير ممكنة في هذه الحالة", "Step not possible in this status"), e.text());
        p.setProperty("status", e.status().name());
        p.setProperty("transition", e.transition().name());
        return p;
    }

    @ExceptionHandler(ApprovalRefusedException.class)
    ProblemDetail approvalRefused(ApprovalRefusedException e) {
        ProblemDetail p = Problems.of(HttpStatus.CONFLICT, "approval-refused",
                new Text("القواعد لا تسمح بالموافقة", "The rules do not allow the approval"), e.text());
        p.setProperty("verdict", e.check() != null ? SpacingJson.verdict(e.check()) : ZoningJson.verdict(e.zoningVerdict()));
        return p;
    }

    @ExceptionHandler(ReviewAcknowledgementRequiredException.class)
    ProblemDetail reviewAcknowledgementRequired(ReviewAcknowledgementRequiredException e) {
        ProblemDetail p = Problems.of(HttpStatus.CONFLICT, "review-acknowledgement-required",
                new Text("الموافقة تحتاج إقرار المراجع بالملاحظات", "The approval needs the reviewer's acknowledgement of the findings"),
                e.text());
        p.setProperty("verdict", SpacingJson.verdict(e.check()));
        return p;
    }

    @ExceptionHandler(IdempotencyKeyReusedException.class)
    ProblemDetail keyReused(IdempotencyKeyReusedException e) {
        return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
                new Text("مفتاح عدم التكرار مستخدم لطلب آخر", "Idempotency key used for another request"), e.text());
    }

    @ExceptionHandler(NotYetSupportedException.class)
    ProblemDetail notYetSupported(NotYetSupportedException e) {
        return Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, "not-yet-supported",
                new Text("غير مدعوم بعد", "Not yet supported"), e.text());
    }

    @ExceptionHandler(StaleApplicationException.class)
    ProblemDetail staleApplication(StaleApplicationException e) {
        ProblemDetail p = Problems.of(HttpStatus.PRECONDITION_FAILED, "stale-version",
                new Text("تغيّر المورد منذ قراءته", "Changed since read"), e.text());
        p.setProperty("currentVersion", e.currentVersion());
        return p;
    }

    @ExceptionHandler(NotApprovedException.class)
    ProblemDetail notApproved(NotApprovedException e) {
        ProblemDetail p = Problems.of(HttpStatus.CONFLICT, "not-approved",
                new Text("الطلب غير موافق عليه", "Application not approved"), e.text());
        p.setProperty("status", e.status().name());
        return p;
    }

    @ExceptionHandler(ContractorRefusedException.class)
    ProblemDetail contractorRefused(ContractorRefusedException e) {
        ProblemDetail p = Problems.of(HttpStatus.CONFLICT, "contractor-refused",
                new Text("خطوة المقاول مرفوضة", "Contractor step refused"), e.text());
        p.setProperty("code", e.code());
        return p;
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        if (DatabaseUnavailable.explains(e)) {
            return databaseUnavailable(e);
        }
        Violation refused = DatabaseRefusal.of(e);
        if (refused != null) {
            log.info("the database refused a value: {}", DatabaseUnavailable.summary(e));
            return ResponseEntity.badRequest().body(Problems.invalid(List.of(refused)));
        }
        return ResponseEntity.internalServerError().body(internalError(e));
    }

    /**
     * The database cannot serve the request now (restarting, out of connections, a statement
     * over its time limit): a 503 the client may retry, never a 500. Whatever the request wrote
     * was in its transaction, which the database rolled back.
     */
    private ResponseEntity<ProblemDetail> databaseUnavailable(Exception e) {
        log.warn("database unavailable: {}", DatabaseUnavailable.summary(e));
        ProblemDetail p = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable",
                new Text("قاعدة البيانات غير متاحة مؤقتاً", "Database temporarily unavailable"),
                new Text("تعذّر الوصول إلى قاعدة البيانات الآن ولم يُحفظ شيء من هذا الطلب. أعد المحاولة بعد "
                        + DatabaseUnavailable.RETRY_AFTER_SECONDS + " ثوانٍ.",
                        "The database cannot be reached now and nothing of this request was saved. Retry in "
                        + DatabaseUnavailable.RETRY_AFTER_SECONDS + " seconds."));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS))
                .body(p);
    }

    private ProblemDetail internalError(Exception e) {
        String errorId = UUID.randomUUID().toString();
        log.error("unexpected failure, error id {}", errorId, e);
        ProblemDetail p = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                new Text("خطأ داخلي", "Internal error"),
                new Text("حدث خطأ غير متوقع. اذكر معرّف الخطأ " + errorId + " عند التواصل مع الدعم.",
                        "Something unexpected went wrong. Quote error id " + errorId + " when contacting support."));
        p.setProperty("errorId", errorId);
        return p;
    }
}
