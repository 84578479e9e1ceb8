package org.manhal.api.problem;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.manhal.api.export.PersonalDataForbiddenException;
import org.manhal.api.spacing.SpacingJson;
import org.manhal.api.zoning.ZoningJson;
import org.manhal.common.NotFoundException;
import org.manhal.common.OutsideScopeException;
import org.manhal.common.Text;
import org.manhal.contractor.ContractorRefusedException;
import org.manhal.imports.ImportBusyException;
import org.manhal.notify.DeliveryNotFailedException;
import org.manhal.permit.ApprovalRefusedException;
import org.manhal.permit.IdempotencyKeyReusedException;
import org.manhal.permit.IllegalTransitionException;
import org.manhal.permit.NotApprovedException;
import org.manhal.permit.NotYetSupportedException;
import org.manhal.permit.ReviewAcknowledgementRequiredException;
import org.manhal.permit.StaleApplicationException;
import org.manhal.spacing.StaleRuleException;
import org.manhal.well.StaleWellException;
import org.manhal.well.WellDeletedException;
import org.manhal.zoning.StaleZoneRuleException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The domain's refusals and the problems that answer them, as one table: each line names the
 * exception (the domain carries no web types, so the status lives here), its status, its problem
 * type and title, where its bilingual detail comes from, and the properties a client acts on (the
 * current version to retry with, the verdict to show). {@link ProblemAdvice} answers from it.
 */
final class DomainProblems {

    private static final Text CHANGED = new Text("تغيّر المورد منذ قراءته", "Changed since read");

    private record Line<E extends Exception>(Class<E> type, HttpStatus status, String problem, Text title,
                                             Function<E, Text> detail, BiConsumer<E, ProblemDetail> properties) {

        ProblemDetail answer(Exception e) {
            E refusal = type.cast(e);
            ProblemDetail p = Problems.of(status, problem, title, detail.apply(refusal));
            properties.accept(refusal, p);
            return p;
        }
    }

    private static final List<Line<?>> LINES = List.of(
            line(NotFoundException.class, HttpStatus.NOT_FOUND, "not-found", new Text("غير موجود", "Not found"),
                    NotFoundException::text),
            line(WellDeletedException.class, HttpStatus.GONE, "deleted", new Text("محذوف", "Deleted"),
                    WellDeletedException::text),
            line(StaleWellException.class, HttpStatus.PRECONDITION_FAILED, "stale-version", CHANGED,
                    StaleWellException::text, (e, p) -> p.setProperty("currentVersion", e.currentVersion())),
            line(StaleRuleException.class, HttpStatus.PRECONDITION_FAILED, "stale-version", CHANGED,
                    StaleRuleException::text, (e, p) -> p.setProperty("currentVersion", e.currentVersion())),
            line(StaleZoneRuleException.class, HttpStatus.PRECONDITION_FAILED, "stale-version", CHANGED,
                    StaleZoneRuleException::text, (e, p) -> p.setProperty("currentVersion", e.currentVersion())),
            line(StaleApplicationException.class, HttpStatus.PRECONDITION_FAILED, "stale-version", CHANGED,
                    StaleApplicationException::text, (e, p) -> p.setProperty("currentVersion", e.currentVersion())),
            line(PersonalDataForbiddenException.class, HttpStatus.FORBIDDEN, "personal-data-forbidden",
                    new Text("بيانات شخصية غير مسموحة", "Personal data not allowed"), PersonalDataForbiddenException::text),
            line(OutsideScopeException.class, HttpStatus.FORBIDDEN, "outside-scope",
                    new Text("خارج نطاق الحساب", "Outside your account's scope"), OutsideScopeException::text),
            line(ImportBusyException.class, HttpStatus.SERVICE_UNAVAILABLE, "busy", new Text("الخدمة مشغولة", "Busy"),
                    ImportBusyException::text),
            // -- applications (org.manhal.permit) and contractors --
            line(IllegalTransitionException.class, HttpStatus.CONFLICT, "illegal-transition",
                    new Text("خطوة غير ممكنة في هذه الحالة", "Step not possible in this status"), IllegalTransitionException::text,
                    (e, p) -> {
                        p.setProperty("status", e.status().name());
                        p.setProperty("transition", e.transition().name());
                    }),
            line(ApprovalRefusedException.class, HttpStatus.CONFLICT, "approval-refused",
                    new Text("القواعد لا تسمح بالموافقة", "The rules do not allow the approval"), ApprovalRefusedException::text,
                    (e, p) -> p.setProperty("verdict",
                            e.check() != null ? SpacingJson.verdict(e.check()) : ZoningJson.verdict(e.zoningVerdict()))),
            line(ReviewAcknowledgementRequiredException.class, HttpStatus.CONFLICT, "review-acknowledgement-required",
                    new Text("الموافقة تحتاج إقرار المراجع بالملاحظات", "The approval needs the reviewer's acknowledgement of the findings"),
                    ReviewAcknowledgementRequiredException::text, (e, p) -> p.setProperty("verdict", SpacingJson.verdict(e.check()))),
            line(IdempotencyKeyReusedException.class, HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused",
                    new Text("مفتاح عدم التكرار مستخدم لطلب آخر", "Idempotency key used for another request"),
                    IdempotencyKeyReusedException::text),
            line(NotYetSupportedException.class, HttpStatus.UNPROCESSABLE_CONTENT, "not-yet-supported",
                    new Text("غير مدعوم بعد", "Not yet supported"), NotYetSupportedException::text),
            line(NotApprovedException.class, HttpStatus.CONFLICT, "not-approved",
                    new Text("الطلب غير موافق عليه", "Application not approved"), NotApprovedException::text,
                    (e, p) -> p.setProperty("status", e.status().name())),
            line(DeliveryNotFailedException.class, HttpStatus.CONFLICT, "delivery-not-failed",
                    new Text("الإشعار لم يفشل", "Delivery not failed"), DeliveryNotFailedException::text,
                    (e, p) -> p.setProperty("status", e.state().name())),
            line(ContractorRefusedException.class, HttpStatus.CONFLICT, "contractor-refused",
                    new Text("خطوة المقاول مرفوضة", "Contractor step refused"), ContractorRefusedException::text,
                    (e, p) -> p.setProperty("code", e.code())));

    private DomainProblems() {
    }

    private static <E extends Exception> Line<E> line(Class<E> type, HttpStatus status, String problem, Text title,
                                                      Function<E, Text> detail) {
        return line(type, status, problem, title, detail, (e, p) -> { });
    }

    private static <E extends Exception> Line<E> line(Class<E> type, HttpStatus status, String problem, Text title,
                                                      Function<E, Text> detail, BiConsumer<E, ProblemDetail> properties) {
        return new Line<>(type, status, problem, title, detail, properties);
    }

    /**
     * The problem for a refusal of the domain, here or among its causes (a refusal may reach the
     * web layer wrapped, e.g. by a transaction), or empty when the failure is none of them.
     */
    static Optional<ProblemDetail> answer(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            Throwable refusal = t;
            Optional<Line<?>> line = LINES.stream().filter(l -> l.type().isInstance(refusal)).findFirst();
            if (line.isPresent()) {
                return Optional.of(line.get().answer((Exception) refusal));
            }
        }
        return Optional.empty();
    }
}
