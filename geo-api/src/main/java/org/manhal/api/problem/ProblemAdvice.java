package org.manhal.api.problem;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.manhal.common.InvalidInputException;
import org.manhal.api.security.PublicLookupThrottle;
import org.manhal.common.Text;
import org.manhal.common.Violation;
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
 * input is a 4xx that says what to change; the domain's refusals are answered from the table in
 * {@link DomainProblems}; an unexpected failure is a 500 that shows no internals, only an error id
 * that is also in the log.
 */
@RestControllerAdvice
class ProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return Problems.invalid(e.violations());
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

    /** Too many public lookups from one client found nothing: 429 with the wait, as the other limits. */
    @ExceptionHandler(PublicLookupThrottle.TooManyFailures.class)
    ResponseEntity<ProblemDetail> tooManyLookups(PublicLookupThrottle.TooManyFailures e) {
        ProblemDetail p = Problems.of(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests",
                new Text("طلبات كثيرة", "Too many requests"), e.text());
        p.setProperty("retryAfterSeconds", e.retryAfterSeconds());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds())).body(p);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        Optional<ProblemDetail> refusal = DomainProblems.answer(e);
        if (refusal.isPresent()) {
            return ResponseEntity.status(refusal.get().getStatus()).body(refusal.get());
        }
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
