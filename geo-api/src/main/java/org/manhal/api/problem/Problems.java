package org.manhal.api.problem;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.manhal.common.Text;
import org.manhal.common.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * RFC 9457 problem details the Manhal way: a stable {@code type} URI per kind of problem, the
 * title and detail in English with their Arabic twins ({@code titleAr}, {@code detailAr}), and for
 * invalid input every field-level error ({@code errors}: field, code, message, messageAr).
 */
public final class Problems {

    /** Problem types are documented in docs/api.md under these names. */
    public static final String BASE = "https://manhal.om/problems/";

    private Problems() {
    }

    /**
     * The longest message an answer carries. Messages quote the value they refuse; a hostile
     * megabyte of input must not come back in the error (nor fill the logs of proxies).
     */
    static final int MAX_MESSAGE = 400;

    public static ProblemDetail of(HttpStatus status, String type, Text title, Text detail) {
        ProblemDetail p = ProblemDetail.forStatus(status);
        p.setType(URI.create(BASE + type));
        p.setTitle(title.en());
        p.setProperty("titleAr", title.ar());
        if (detail != null) {
            p.setDetail(cut(detail.en()));
            p.setProperty("detailAr", cut(detail.ar()));
        }
        return p;
    }

    static String cut(String message) {
        return message == null || message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE) + "…";
    }

    public static ProblemDetail invalid(List<Violation> violations) {
        ProblemDetail p = of(HttpStatus.BAD_REQUEST, "invalid-input",
                new Text("مدخلات غير صالحة", "Invalid input"),
                violations.size() == 1 ? violations.get(0).message()
                        : new Text("في الطلب " + violations.size() + " أخطاء؛ انظر errors.",
                                "The request has " + violations.size() + " errors; see errors."));
        p.setProperty("errors", violations.stream().map(v -> Map.of(
                "field", cut(v.field()), "code", v.code(),
                "message", cut(v.message().en()), "messageAr", cut(v.message().ar()))).toList());
        return p;
    }
}
