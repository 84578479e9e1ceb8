package org.manhal.api.problem;

import java.util.LinkedHashMap;
import java.util.Map;

import org.manhal.common.Text;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

import tools.jackson.databind.ObjectMapper;

/**
 * The problems of a bare HTTP status, for the answers no endpoint wrote: the servlet container's
 * own (an undecodable URI, a header too large, TRACE) and {@code /error}. One text per status, in
 * both languages; nothing about the request (it may be the hostile part).
 */
final class HttpProblems {

    private static final ObjectMapper JSON = new ObjectMapper();

    private record Wording(String type, Text title, Text detail) {
    }

    private static final Map<Integer, Wording> WORDINGS = Map.ofEntries(
            Map.entry(400, new Wording("bad-request", new Text("طلب غير صالح", "Bad request"),
                    new Text("تعذّرت قراءة الطلب: عنوانه أو ترويساته أو ترميزه غير صالحة.",
                            "The request could not be read: its address, headers or encoding are not valid."))),
            Map.entry(401, new Wording("unauthorized", new Text("يلزم تسجيل الدخول", "Sign-in required"),
                    new Text("هذا الطلب يحتاج إلى هوية.", "This request needs credentials."))),
            Map.entry(403, new Wording("forbidden", new Text("غير مسموح", "Forbidden"),
                    new Text("ليس لك أن تفعل هذا.", "You may not do this."))),
            Map.entry(404, new Wording("not-found", new Text("غير موجود", "Not found"),
                    new Text("لا يوجد شيء في هذا العنوان.", "There is nothing at this address."))),
            Map.entry(405, new Wording("method-not-allowed", new Text("الطريقة غير مسموحة", "Method not allowed"),
                    new Text("هذا العنوان لا يقبل هذه الطريقة.", "This address does not take this method."))),
            Map.entry(408, new Wording("timeout", new Text("انتهت مهلة الطلب", "Request timeout"),
                    new Text("لم يصل الطلب كاملاً في الوقت المحدد.", "The request did not arrive in time."))),
            Map.entry(413, new Wording("too-large", new Text("الطلب كبير جداً", "Content too large"),
                    new Text("جسم الطلب أكبر من الحد المسموح.", "The request body is larger than allowed."))),
            Map.entry(414, new Wording("uri-too-long", new Text("العنوان طويل جداً", "URI too long"),
                    new Text("عنوان الطلب أطول من الحد المسموح.", "The request's address is longer than allowed."))),
            Map.entry(415, new Wording("unsupported-media-type", new Text("نوع المحتوى غير مدعوم", "Unsupported media type"),
                    new Text("هذا العنوان لا يقبل هذا النوع من المحتوى.", "This address does not take this content type."))),
            Map.entry(429, new Wording("too-many-requests", new Text("طلبات كثيرة", "Too many requests"),
                    new Text("أرسلت طلبات كثيرة: انتظر ثم أعد المحاولة.", "Too many requests: wait, then try again."))),
            Map.entry(431, new Wording("headers-too-large", new Text("الترويسات كبيرة جداً", "Request headers too large"),
                    new Text("ترويسات الطلب أكبر من الحد المسموح.", "The request's headers are larger than allowed."))),
            Map.entry(503, new Wording("unavailable", new Text("الخدمة غير متاحة مؤقتاً", "Service temporarily unavailable"),
                    new Text("الخدمة لا تستطيع خدمة الطلب الآن: أعد المحاولة بعد قليل.", "The service cannot serve the request now: retry shortly."))));

    private static final Wording OTHER_CLIENT = new Wording("bad-request", new Text("طلب مرفوض", "Request refused"),
            new Text("رُفض الطلب.", "The request was refused."));
    private static final Wording OTHER_SERVER = new Wording("internal-error", new Text("خطأ داخلي", "Internal error"),
            new Text("حدث خطأ غير متوقع.", "Something unexpected went wrong."));

    private HttpProblems() {
    }

    static ProblemDetail of(HttpStatus status) {
        Wording w = wording(status.value());
        return Problems.of(status, w.type(), w.title(), w.detail());
    }

    /** The same problem as JSON text, for writers outside Spring MVC. */
    static String json(int status) {
        Wording w = wording(status);
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", Problems.BASE + w.type());
        p.put("title", w.title().en());
        p.put("titleAr", w.title().ar());
        p.put("status", status);
        p.put("detail", w.detail().en());
        p.put("detailAr", w.detail().ar());
        return JSON.writeValueAsString(p);
    }

    private static Wording wording(int status) {
        return WORDINGS.getOrDefault(status, status >= 500 ? OTHER_SERVER : OTHER_CLIENT);
    }
}
