package org.manhal.api.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.manhal.support.ApiClient;
import org.manhal.support.ManhalApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;

/**
 * Every route the application serves is in {@code /v3/api-docs}, described: the routes are read
 * from Spring MVC's own handler mappings (every {@link RequestMappingHandlerMapping} bean and its
 * handler methods), so a new controller method without an entry in {@link ApiContract} fails here.
 * Left out: springdoc's own {@code /v3/api-docs} and Boot's {@code /error}; actuator endpoints are
 * served by their own handler mapping, not a {@code RequestMappingHandlerMapping}.
 */
@ManhalApiTest
class OpenApiRouteCoverageIntegrationTests {

    @Autowired
    ApplicationContext context;

    OpenApiDescription description;

    @BeforeEach
    void setUp(ApiClient api) {
        description = OpenApiDescription.fetch(api);
    }

    /** One route: a method on a path template, and the controller method that serves it. */
    record Route(String method, String path, RequestMappingInfo info, HandlerMethod handler) {

        @Override
        public String toString() {
            return method + " " + path + " (" + handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName() + ")";
        }
    }

    List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        context.getBeansOfType(RequestMappingHandlerMapping.class).values().forEach(mapping ->
                mapping.getHandlerMethods().forEach((info, handler) -> {
                    if (!served(handler)) {
                        return;
                    }
                    Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                    assertThat(methods).as("%s answers every method: name the ones it serves", handler).isNotEmpty();
                    for (String pattern : info.getPatternValues()) {
                        for (RequestMethod m : methods) {
                            routes.add(new Route(m.name(), normalise(pattern), info, handler));
                        }
                    }
                }));
        return routes;
    }

    /** springdoc's own endpoint and the error controller (the container's, not the API's) are not part of the API. */
    private static boolean served(HandlerMethod handler) {
        String type = handler.getBeanType().getName();
        return !type.startsWith("org.springdoc.") && !type.startsWith("org.springframework.boot.")
                && !ErrorController.class.isAssignableFrom(handler.getBeanType());
    }

    /** {@code /a/{id:\d+}} and {@code /a/{*rest}} as OpenAPI writes templates: {@code /a/{id}}, {@code /a/{rest}}. */
    static String normalise(String pattern) {
        String p = pattern.replaceAll("\\{\\*?([^}:]+)(:[^}]*)?}", "{$1}");
        return p.length() > 1 && p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }

    @Test
    void theDescriptionIsOpenApi31WithTheManhalInfo() {
        assertThat(description.doc.get("openapi").asString()).startsWith("3.1.");
        JsonNode info = description.doc.get("info");
        assertThat(info.get("title").asString()).isEqualTo("Manhal");
        assertThat(info.get("description").asString()).contains("RFC 9457").contains("سجل الآبار");
        assertThat(info.get("version").asString()).isNotBlank();
    }

    @Test
    void findsTheRoutesOfTheControllers() {
        // guards the test itself: were the mappings not read, every other test here would pass on nothing
        assertThat(routes()).extracting(r -> r.method() + " " + r.path())
                .contains("GET /api/wells", "GET /api/wells/{id}", "POST /api/wells/import", "GET /api/map-config")
                .doesNotContain("GET /v3/api-docs", "GET /error");
    }

    @Test
    void everyRouteIsInTheDescription() {
        List<String> missing = routes().stream()
                .filter(r -> description.doc.path("paths").path(r.path()).get(r.method().toLowerCase(Locale.ROOT)) == null)
                .map(r -> r + ": describe it in org.manhal.api.openapi.ApiContract").toList();
        assertThat(missing).as("routes missing from /v3/api-docs").isEmpty();
    }

    @Test
    void theDescriptionHasNoOperationThatNoRouteServes() {
        Set<String> served = routes().stream().map(r -> r.method() + " " + r.path()).collect(Collectors.toSet());
        Set<String> described = new TreeSet<>();
        description.doc.get("paths").properties().forEach(path -> path.getValue().propertyNames().forEach(m ->
                described.add(m.toUpperCase(Locale.ROOT) + " " + path.getKey())));
        assertThat(described).as("operations in /v3/api-docs").isEqualTo(new TreeSet<>(served));
        assertThat(new TreeSet<>(ApiContract.operations().keySet())).as("operations in ApiContract").isEqualTo(described);
    }

    @Test
    void everyOperationIsDescribedWithItsAnswersAndProblems() {
        List<String> gaps = new ArrayList<>();
        for (Route r : routes()) {
            JsonNode op = description.doc.path("paths").path(r.path()).path(r.method().toLowerCase(Locale.ROOT));
            if (op.isMissingNode()) {
                continue; // reported by everyRouteIsInTheDescription
            }
            if (op.path("operationId").asString("").isBlank() || op.path("summary").asString("").isBlank()) {
                gaps.add(r + ": no operationId or summary");
            }
            JsonNode responses = op.path("responses");
            if (responses.propertyNames().stream().noneMatch(s -> s.startsWith("2"))) {
                gaps.add(r + ": no success answer");
            }
            if (!responses.has("500")) {
                gaps.add(r + ": no 500 internal-error answer");
            }
            responses.properties().forEach(e -> {
                JsonNode content = e.getValue().path("content");
                if (e.getKey().startsWith("4") || e.getKey().startsWith("5")) {
                    if (content.size() != 1 || !content.has(ApiContract.PROBLEM_JSON)
                            || !content.path(ApiContract.PROBLEM_JSON).path("schema").path("$ref").asString("").endsWith("Problem")) {
                        gaps.add(r + " " + e.getKey() + ": not an application/problem+json Problem");
                    }
                } else if (!e.getKey().equals("204") && !e.getKey().equals("304")) {
                    content.properties().forEach(m -> {
                        if (!m.getValue().has("schema")) {
                            gaps.add(r + " " + e.getKey() + " " + m.getKey() + ": no schema");
                        }
                    });
                    if (content.isEmpty()) {
                        gaps.add(r + " " + e.getKey() + ": no content described");
                    }
                }
            });
            gaps.addAll(parameterGaps(r, op));
            gaps.addAll(bodyGaps(r, op));
        }
        assertThat(gaps).isEmpty();
    }

    /** Each {@code @RequestParam}, {@code @PathVariable} and {@code @RequestHeader} of the controller method is a described parameter. */
    private static List<String> parameterGaps(Route r, JsonNode op) {
        List<String> gaps = new ArrayList<>();
        Set<String> described = new TreeSet<>();
        op.path("parameters").forEach(p -> {
            described.add(p.path("in").asString() + ":" + p.path("name").asString());
            if (p.path("description").asString("").isBlank() || !p.has("schema")) {
                gaps.add(r + ": parameter " + p.path("name").asString() + " without a description or schema");
            }
        });
        for (MethodParameter p : r.handler().getMethodParameters()) {
            String in = null;
            String name = null;
            if (p.hasParameterAnnotation(RequestParam.class) && p.getParameterType() != MultipartFile.class) {
                in = "query";
                name = p.getParameterAnnotation(RequestParam.class).name();
            } else if (p.hasParameterAnnotation(PathVariable.class)) {
                in = "path";
                name = p.getParameterAnnotation(PathVariable.class).name();
            } else if (p.hasParameterAnnotation(RequestHeader.class)) {
                in = "header";
                name = p.getParameterAnnotation(RequestHeader.class).name();
            }
            if (in == null) {
                continue;
            }
            if (name.isEmpty()) {
                name = p.getParameterName();
            }
            if (!described.contains(in + ":" + name)) {
                gaps.add(r + ": " + in + " parameter " + name + " is not described (described: " + described + ")");
            }
        }
        return gaps;
    }

    /** A {@code @RequestBody} (or an uploaded file) is described in exactly the media types the mapping consumes. */
    private static List<String> bodyGaps(Route r, JsonNode op) {
        boolean takesBody = false;
        for (MethodParameter p : r.handler().getMethodParameters()) {
            takesBody |= p.hasParameterAnnotation(RequestBody.class) || p.getParameterType() == MultipartFile.class;
        }
        JsonNode body = op.get("requestBody");
        if (!takesBody) {
            return body == null ? List.of() : List.of(r + ": a request body is described but the route reads none");
        }
        if (body == null) {
            return List.of(r + ": reads a body that is not described");
        }
        Set<String> consumed = r.info().getConsumesCondition().getConsumableMediaTypes().stream()
                .map(m -> m.getType() + "/" + m.getSubtype()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> described = new TreeSet<>(body.path("content").propertyNames());
        List<String> gaps = new ArrayList<>();
        if (!described.equals(consumed)) {
            gaps.add(r + ": body described as " + described + " but the route consumes " + consumed);
        }
        body.path("content").properties().forEach(m -> {
            if (!m.getValue().path("schema").has("$ref")) {
                gaps.add(r + ": body " + m.getKey() + " has no schema component");
            }
        });
        return gaps;
    }
}
