package org.manhal.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.manhal.support.ApiClient;
import org.manhal.support.ManhalApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;

/**
 * The route × role matrix: every route the application exposes, read from its handler mappings
 * (so a route added without a line in {@link AccessRules} fails here), plus the routes served
 * outside them (actuator, the map's files), called as every role; each answer must be the rule's:
 * a role the rule names gets past the security layer, any other is refused with a bilingual
 * problem, 401 without credentials and 403 with. The matrix is written into
 * {@code docs/security.md}; the test fails when the checked-in copy was stale.
 */
@ManhalApiTest
class AccessRulesIntegrationTests {

    private static final Path DOC = Path.of("..", "docs", "security.md").toAbsolutePath().normalize();
    static final String START = "<!-- route-matrix:start (written by AccessRulesIntegrationTests) -->";
    static final String END = "<!-- route-matrix:end -->";

    /** Routes not in the request mappings: the platform's and the map's files. */
    private static final List<Route> OUTSIDE_MAPPINGS = List.of(
            new Route(HttpMethod.GET, "/actuator/health"), new Route(HttpMethod.GET, "/actuator/health/readiness"),
            new Route(HttpMethod.GET, "/actuator/prometheus"), new Route(HttpMethod.GET, "/"),
            new Route(HttpMethod.GET, "/index.html"), new Route(HttpMethod.GET, "/js/main.js"),
            new Route(HttpMethod.GET, "/css/map.css"), new Route(HttpMethod.GET, "/webjars/leaflet/1.9.4/dist/leaflet.js"),
            new Route(HttpMethod.GET, "/signin.html"), new Route(HttpMethod.GET, "/signin/signin.js"));

    record Route(HttpMethod method, String pattern) {
        /** A path the pattern matches: each variable an id that exists or a plain word. */
        String sample() {
            return pattern.replaceAll("\\{\\*[^}]*}", "x").replaceAll("\\{[^}]*}", "1").replace("/**", "/x");
        }
    }

    @Autowired
    ApplicationContext context;

    @Test
    void everyRouteHasARuleAndAnswersEveryRoleAsTheRuleSays(ApiClient api) throws IOException {
        List<Route> routes = routes();
        List<Route> withoutRule = routes.stream()
                .filter(r -> AccessRules.ruleFor(r.method(), r.sample()).isEmpty()).toList();
        assertThat(withoutRule).as("routes without a line in AccessRules (add one: who may call it, and why)").isEmpty();

        List<String> wrong = new ArrayList<>();
        for (Route route : routes) {
            AccessRules.Rule rule = AccessRules.ruleFor(route.method(), route.sample()).orElseThrow();
            for (Role role : Role.values()) {
                ApiClient.Response r = call(api, route, role);
                String verdict = check(rule, role, r);
                if (verdict != null) {
                    wrong.add(route.method() + " " + route.sample() + " as " + role + ": " + verdict);
                }
            }
        }
        assertThat(wrong).as("answers that do not follow AccessRules").isEmpty();
        writeMatrix(routes);
    }

    @Test
    void aRequestNoRuleMatchesIsRefusedToEveryoneEvenAdmins(ApiClient api) {
        assertThat(AccessRules.ruleFor(HttpMethod.GET, "/api/no-such-route-yet")).isEmpty();
        ApiClient.Response admin = api.get("/api/no-such-route-yet");
        ApiClient.Response anonymous = api.anonymous().get("/api/no-such-route-yet");

        assertThat(admin.status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(admin.json().path("titleAr").asString()).isNotBlank();
    }

    /** Null when the answer is the rule's, else what is wrong with it. */
    private static String check(AccessRules.Rule rule, Role role, ApiClient.Response r) {
        if (rule.allows(role)) {
            return r.status() == 401 || r.status() == 403 ? "refused with " + r.status() + " though the rule allows it: " + r.body() : null;
        }
        int expected = role.isAccountRole() ? 403 : 401;
        if (r.status() != expected) {
            return "answered " + r.status() + " instead of " + expected;
        }
        if (!String.valueOf(r.header("Content-Type")).startsWith("application/problem+json")) {
            return "refusal is not problem+json: " + r.header("Content-Type");
        }
        JsonNode p = r.json();
        if (p.path("title").asString().isBlank() || p.path("titleAr").asString().isBlank()
                || p.path("detailAr").asString().isBlank() || p.path("status").asInt() != expected) {
            return "refusal is not a bilingual problem: " + r.body();
        }
        return null;
    }

    private static ApiClient.Response call(ApiClient api, Route route, Role role) {
        ApiClient client = api.as(role);
        HttpRequest.Builder b = HttpRequest.newBuilder(client.uri(route.sample()));
        boolean body = route.method() == HttpMethod.POST || route.method() == HttpMethod.PUT || route.method() == HttpMethod.PATCH;
        b.method(route.method().name(), body ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody());
        Map<String, String> headers = new java.util.HashMap<>();
        if (body) {
            headers.put("Content-Type", "application/json");
        }
        if (role == Role.CITIZEN) {
            headers.put("X-Access-Code", "not-the-code");
        }
        return client.send(b, headers);
    }

    /** Every (method, pattern) of the request mappings and the routes served outside them, sorted. */
    private List<Route> routes() {
        Set<Route> routes = new TreeSet<>(Comparator.comparing(Route::pattern).thenComparing(r -> r.method().name()));
        for (RequestMappingHandlerMapping mapping : context.getBeansOfType(RequestMappingHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                List<HttpMethod> tried = methods.isEmpty() ? List.of(HttpMethod.GET, HttpMethod.POST)
                        : methods.stream().map(m -> HttpMethod.valueOf(m.name())).toList();
                for (String pattern : info.getPatternValues()) {
                    tried.forEach(m -> routes.add(new Route(m, pattern)));
                }
            }
        }
        routes.addAll(OUTSIDE_MAPPINGS);
        return List.copyOf(routes);
    }

    private void writeMatrix(List<Route> routes) throws IOException {
        StringBuilder t = new StringBuilder(START).append("\n\n");
        List<Role> roles = Arrays.asList(Role.values());
        t.append("| route | ").append(roles.stream().map(AccessRulesIntegrationTests::shortName).collect(Collectors.joining(" | ")))
                .append(" | personal data | rule (first match) and why |\n");
        t.append("|---|").append("---|".repeat(roles.size())).append("---|---|\n");
        for (Route route : routes) {
            AccessRules.Rule rule = AccessRules.ruleFor(route.method(), route.sample()).orElseThrow();
            t.append("| `").append(route.method()).append(' ').append(route.pattern()).append("` | ");
            for (Role role : roles) {
                t.append(rule.allows(role) ? "✓" : "—").append(" | ");
            }
            t.append(rule.personalData() ? "yes, as the policy allows" : "no").append(" | ");
            t.append('`').append(rule.method() == null ? "*" : rule.method()).append(' ').append(rule.pattern()).append("`: ")
                    .append(rule.why()).append(" |\n");
        }
        t.append('\n').append(END);
        String doc = Files.exists(DOC) ? Files.readString(DOC, StandardCharsets.UTF_8) : "";
        int s = doc.indexOf(START);
        int e = doc.indexOf(END);
        assertThat(s).as("docs/security.md needs the markers of the route matrix").isGreaterThanOrEqualTo(0);
        String updated = doc.substring(0, s) + t + doc.substring(e + END.length());
        if (!updated.equals(doc)) {
            Files.writeString(DOC, updated, StandardCharsets.UTF_8);
        }
        assertThat(updated.equals(doc)).as("docs/security.md was stale: the matrix is rewritten, commit it").isTrue();
    }

    private static String shortName(Role role) {
        return switch (role) {
            case PUBLIC -> "public";
            case CITIZEN -> "citizen";
            case STAFF -> "staff";
            case FIELD_TECHNICIAN -> "field tech.";
            case PLANNER -> "planner";
            case CONSULTANCY_OFFICE -> "consultancy";
            case CONTRACTOR -> "contractor";
            case AUDITOR -> "auditor";
            case ADMIN -> "admin";
        };
    }

    static Optional<AccessRules.Rule> rule(String method, String path) {
        return AccessRules.ruleFor(HttpMethod.valueOf(method), path);
    }
}
