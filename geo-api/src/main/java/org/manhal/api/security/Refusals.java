package org.manhal.api.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.manhal.api.problem.Problems;
import org.manhal.common.Text;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import tools.jackson.databind.ObjectMapper;

/**
 * The refusals of the security layer as RFC 9457 problems in both languages, like every other
 * answer of the service: 401 (no or bad credentials, from the entry point), 403 (a role that may
 * not, from the access-denied handler), 429 (too many sign-in failures or public requests) and
 * 413 (a body over the limit). Nothing of the request is echoed.
 */
final class Refusals implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final Text UNAUTHORIZED_TITLE = new Text("يلزم تسجيل الدخول", "Sign-in required");
    static final Text FORBIDDEN_TITLE = new Text("غير مسموح", "Forbidden");

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof InternalAuthenticationServiceException) {
            // the accounts could not be read (the database is down): no fault of the credentials
            response.setHeader(HttpHeaders.RETRY_AFTER, "5");
            write(response, 503, "database-unavailable", new Text("قاعدة البيانات غير متاحة مؤقتاً", "Database temporarily unavailable"),
                    new Text("تعذّر التحقق من الحساب الآن: أعد المحاولة بعد 5 ثوانٍ.",
                            "The account could not be checked now: retry in 5 seconds."), Map.of());
            return;
        }
        String auth = request.getHeader(HttpHeaders.AUTHORIZATION);
        boolean bearer = auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7);
        if (bearer) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
        } else {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Manhal\", charset=\"UTF-8\"");
        }
        Text detail;
        if (bearer || e instanceof InvalidBearerTokenException) {
            detail = new Text("رمز الدخول غير صالح أو منتهٍ أو ليس لهذه الخدمة: اطلب رمزاً جديداً من مزوّد الهوية.",
                    "The access token is invalid, expired or not for this service: get a new one from the identity provider.");
        } else if (auth != null) {
            detail = new Text("اسم المستخدم أو كلمة المرور غير صحيحة.", "The user name or password is wrong.");
        } else {
            detail = new Text("هذا الطلب يحتاج إلى تسجيل الدخول (HTTP Basic أو رمز من مزوّد الهوية).",
                    "This request needs you to sign in (HTTP Basic, or a token of the identity provider).");
        }
        write(response, 401, "unauthorized", UNAUTHORIZED_TITLE, detail, Map.of());
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        if (e instanceof org.springframework.security.web.csrf.CsrfException) {
            write(response, 403, "csrf", new Text("رمز الحماية مفقود", "CSRF token missing"),
                    new Text("طلب من جلسة متصفح يحتاج إلى الترويسة X-XSRF-TOKEN بقيمة ملف تعريف الارتباط XSRF-TOKEN.",
                            "A request of a browser session needs the header X-XSRF-TOKEN with the value of the cookie XSRF-TOKEN."),
                    Map.of());
            return;
        }
        Account account = CurrentUser.account();
        write(response, 403, "forbidden", FORBIDDEN_TITLE,
                new Text("الحساب " + account.name() + " لا يملك الدور اللازم لهذا الطلب.",
                        "The account " + account.name() + " does not have a role that may make this request."),
                Map.of());
    }

    static void tooManyRequests(HttpServletResponse response, long retryAfterSeconds, Text detail) throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        write(response, 429, "too-many-requests", new Text("طلبات كثيرة", "Too many requests"), detail,
                Map.of("retryAfterSeconds", retryAfterSeconds));
    }

    static void tooLarge(HttpServletResponse response, long limit) throws IOException {
        write(response, 413, "too-large", new Text("الطلب كبير جداً", "Content too large"),
                new Text("جسم الطلب أكبر من الحد المسموح (" + limit + " بايت).",
                        "The request body is larger than allowed (" + limit + " bytes)."),
                Map.of("maxBytes", limit));
    }

    static void write(HttpServletResponse response, int status, String type, Text title, Text detail,
                      Map<String, Object> extra) throws IOException {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("type", Problems.BASE + type);
        p.put("title", title.en());
        p.put("titleAr", title.ar());
        p.put("status", status);
        p.put("detail", detail.en());
        p.put("detailAr", detail.ar());
        p.putAll(extra);
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write(JSON.writeValueAsBytes(p));
    }
}
