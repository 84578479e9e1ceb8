package org.manhal.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.TestAccounts;
import org.manhal.support.Wells;

/**
 * The browser-facing defences: the security headers on every kind of answer (JSON, the map's
 * files, problems of each status, refusals of the security layer), HSTS only behind TLS, the
 * sign-in form's session and its CSRF protection, 413 for a body over the limit.
 */
@ManhalApiTest
class WebHardeningIntegrationTests {

    @Test
    void everyKindOfAnswerCarriesTheSecurityHeaders(ApiClient api) {
        Map<String, Response> answers = Map.of(
                "json", api.anonymous().get("/api/code-lists"),
                "map page", api.anonymous().get("/"),
                "script", api.anonymous().get("/js/main.js"),
                "401", api.anonymous().get("/api/audit"),
                "403", api.as(Role.PLANNER).get("/api/audit"),
                "404", api.get("/api/wells/999999999"),
                "400", api.get("/api/wells?bbox=nonsense"),
                "no route", api.get("/api/nothing-here"));
        answers.forEach((what, r) -> {
            assertThat(r.header("Content-Security-Policy")).as(what)
                    .contains("default-src 'self'").contains("script-src 'self'").contains("frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline");
            assertThat(r.header("X-Content-Type-Options")).as(what).isEqualTo("nosniff");
            assertThat(r.header("X-Frame-Options")).as(what).isEqualTo("DENY");
            assertThat(r.header("Referrer-Policy")).as(what).isEqualTo("strict-origin-when-cross-origin");
            assertThat(r.header("Strict-Transport-Security")).as(what + ": plain HTTP gets no HSTS").isNull();
        });
        assertThat(answers.get("401").status()).isEqualTo(401);
        assertThat(answers.get("403").status()).isEqualTo(403);
    }

    @Test
    void behindATlsProxyTheAnswerCarriesHsts(ApiClient api) {
        Response r = api.anonymous().send(HttpRequest.newBuilder(api.uri("/api/code-lists")).GET(),
                Map.of("X-Forwarded-Proto", "https"));

        assertThat(r.header("Strict-Transport-Security")).contains("max-age=31536000").contains("includeSubDomains");
    }

    @Test
    void theMapPageHasNoInlineScriptOrStyle(ApiClient api) {
        for (String page : List.of("/", "/signin.html")) {
            String html = api.anonymous().get(page).body();
            assertThat(html).as(page).doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>").doesNotContain("<style")
                    .doesNotContainPattern("\\sstyle=").doesNotContainPattern("\\son[a-z]+=");
        }
    }

    @Test
    void theSignInFormGivesASessionWhoseWritesNeedTheCsrfToken(ApiClient api) throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String form = "username=staff&password=" + URLEncoder.encode(TestAccounts.password(LocalAccounts.Default.STAFF), StandardCharsets.UTF_8);
        HttpResponse<String> signIn = browser.send(HttpRequest.newBuilder(api.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location").orElseThrow()).doesNotContain("error");

        HttpResponse<String> session = browser.send(HttpRequest.newBuilder(api.uri("/api/session")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(session.body()).contains("\"name\":\"staff\"").contains("\"signedIn\":true");
        String token = ((java.net.CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("XSRF-TOKEN")).findFirst().orElseThrow().getValue();

        double[] at = Wells.freshSpot();
        HttpResponse<String> withoutToken = browser.send(HttpRequest.newBuilder(api.uri("/api/wells"))
                .header("Content-Type", "application/geo+json")
                .POST(HttpRequest.BodyPublishers.ofString(Wells.feature(at[0], at[1]))).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> withToken = browser.send(HttpRequest.newBuilder(api.uri("/api/wells"))
                .header("Content-Type", "application/geo+json").header("X-XSRF-TOKEN", token)
                .POST(HttpRequest.BodyPublishers.ofString(Wells.feature(at[0], at[1]))).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(withoutToken.statusCode()).isEqualTo(403);
        assertThat(withoutToken.body()).contains("/problems/csrf").contains("titleAr");
        assertThat(withToken.statusCode()).as(withToken.body()).isEqualTo(201);
    }

    @Test
    void aWrongPasswordOnTheFormComesBackToTheFormWithoutASession(ApiClient api) throws Exception {
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        HttpResponse<String> r = browser.send(HttpRequest.newBuilder(api.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=auditor&password=wrong")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("/signin.html?error");
    }

    @Test
    void wrongCredentialsAreABilingualProblemWithAChallenge(ApiClient api) {
        Response r = api.anonymous().send(HttpRequest.newBuilder(api.uri("/api/wells/export")).GET(),
                Map.of("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("admin:Zq9-not-the-password".getBytes(StandardCharsets.UTF_8))));

        assertThat(r.status()).isEqualTo(401);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(r.json().path("detailAr").asString()).isNotBlank();
        assertThat(r.body()).doesNotContain("Zq9-not-the-password");
    }

    @Test
    void headIsDecidedByTheRuleOfGet(ApiClient api) {
        Response publicHead = api.anonymous().send(HttpRequest.newBuilder(api.uri("/api/code-lists"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()), Map.of());
        Response auditHead = api.anonymous().send(HttpRequest.newBuilder(api.uri("/api/audit"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()), Map.of());

        assertThat(publicHead.status()).isEqualTo(200);
        assertThat(auditHead.status()).isEqualTo(401);
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413BeforeItIsRead(ApiClient api) {
        String big = "{\"type\":\"Feature\",\"pad\":\"" + "x".repeat(17 * 1024 * 1024) + "\"}";
        Response r = api.post("/api/wells", "application/geo+json", big);

        assertThat(r.status()).isEqualTo(413);
        assertThat(r.json().path("type").asString()).endsWith("/too-large");
        assertThat(r.json().path("titleAr").asString()).isNotBlank();
    }

    @Test
    void aChunkedBodyOverTheLimitIsRefusedWith413AndOneWithinItIsServed(ApiClient api) throws Exception {
        byte[] pad = "x".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
        String over = chunked(api, "/api/wells", 17 * 16, pad);
        assertThat(over).startsWith("HTTP/1.1 413");
        assertThat(over).containsIgnoringCase("Content-Type: application/problem+json");
        assertThat(over).containsIgnoringCase("X-Content-Type-Options: nosniff").contains("too-large");

        String within = chunked(api, "/api/wells", 0, Wells.feature(Wells.freshSpot()[0], 19.9).getBytes(StandardCharsets.UTF_8));
        assertThat(within).as("a small chunked body reaches the handler").startsWith("HTTP/1.1 201");
    }

    @Test
    void tomcatsOwnErrorPagesCarryTheSecurityHeaders(ApiClient api) throws Exception {
        String badLine = raw(api, "GET /api/wells?x=\u0001 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        String bigHeader = raw(api, "GET /api/wells HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "y".repeat(64 * 1024)
                + "\r\nConnection: close\r\n\r\n");
        String badUri = raw(api, "GET /api/%ZZ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        for (String answer : List.of(badLine, bigHeader, badUri)) {
            assertThat(answer).as(answer).startsWith("HTTP/1.1 4");
            assertThat(answer).as(answer).containsIgnoringCase("X-Content-Type-Options: nosniff")
                    .containsIgnoringCase("Content-Security-Policy: default-src 'none'")
                    .containsIgnoringCase("X-Frame-Options: DENY");
        }
    }

    private static String raw(ApiClient api, String request) throws IOException {
        java.net.URI uri = api.uri("/");
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    /** Sends {@code body} (then {@code repeat} more copies of it) chunked, as staff, over a raw socket; the answer's head and body. */
    private static String chunked(ApiClient api, String path, int repeat, byte[] body) throws IOException {
        java.net.URI uri = api.uri(path);
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(60_000);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                    + TestAccounts.basic(Role.STAFF) + "\r\nContent-Type: application/geo+json\r\n"
                    + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i <= repeat; i++) {
                out.write((Integer.toHexString(body.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(body);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
