package org.manhal.api.geoserver;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.manhal.api.ApiRequests;
import org.manhal.api.ows.OwsDatabase;
import org.manhal.api.problem.Problems;
import org.manhal.common.InvalidInputException;
import org.manhal.common.Text;
import org.manhal.common.Violation;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /api/admin/geoserver/publications} (admin): publishes the catalogue's layers to a
 * GeoServer ({@link GeoServerPublisher}); {@code bin/manhal publish-geoserver} calls it. The
 * answer lists what was created, updated or left unchanged; GeoServer's refusals are 502 problems
 * that name the step.
 */
@RestController
class GeoServerPublicationController {

    private static final Pattern WORKSPACE = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,63}");
    private static final int MAX_TEXT = 400;

    private final GeoServerPublisher publisher;
    private final OwsDatabase database;
    private final ApiRequests requests;

    GeoServerPublicationController(GeoServerPublisher publisher, OwsDatabase database, ApiRequests requests) {
        this.publisher = publisher;
        this.database = database;
        this.requests = requests;
    }

    @PostMapping(path = "/api/admin/geoserver/publications", consumes = MediaType.APPLICATION_JSON_VALUE)
    ObjectNode publish(@RequestBody(required = false) String body) {
        PublicationReport report = publisher.publish(target(requests.parse(body)));
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("workspace", report.workspace());
        json.put("changed", report.changed());
        report.steps().forEach(s -> json.withArray("steps").addObject()
                .put("kind", s.kind()).put("resource", s.resource()).put("action", s.action().name()));
        return json;
    }

    private GeoServerTarget target(JsonNode body) {
        List<Violation> violations = new ArrayList<>();
        URI url = url(text(body, "url", true, violations), violations);
        String user = text(body, "user", true, violations);
        String password = text(body, "password", true, violations);
        String workspace = text(body, "workspace", false, violations);
        if (workspace == null) {
            workspace = "manhal";
        } else if (!WORKSPACE.matcher(workspace).matches()) {
            violations.add(Violation.of("workspace", "INVALID_WORKSPACE",
                    "اسم مساحة العمل حرف ثم حتى 63 من الحروف اللاتينية أو الأرقام أو _ أو -.",
                    "A workspace name is a letter, then up to 63 Latin letters, digits, _ or -."));
        }
        String host = text(body, "databaseHost", false, violations);
        int port = port(body.path("databasePort"), violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new GeoServerTarget(url, user, password, workspace, host == null ? database.connection().host() : host,
                port == 0 ? database.connection().port() : port);
    }

    private static String text(JsonNode body, String field, boolean required, List<Violation> violations) {
        JsonNode v = body.path(field);
        if (v.isMissingNode() || v.isNull()) {
            if (required) {
                violations.add(Violation.of(field, "REQUIRED", "الحقل " + field + " مطلوب.", "The field " + field + " is required."));
            }
            return null;
        }
        if (!v.isString() || v.asString().isBlank() || v.asString().length() > MAX_TEXT) {
            violations.add(Violation.of(field, "INVALID_VALUE", "الحقل " + field + " نص من 1 إلى 400 حرف.",
                    "The field " + field + " is a text of 1 to 400 characters."));
            return null;
        }
        return v.asString();
    }

    private static URI url(String text, List<Violation> violations) {
        if (text == null) {
            return null;
        }
        try {
            URI uri = new URI(text);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getRawQuery() == null && uri.getRawFragment() == null && uri.getRawUserInfo() == null) {
                return uri;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        violations.add(Violation.of("url", "INVALID_URL",
                "عنوان GeoServer يبدأ بـ http:// أو https:// وفيه اسم الخادم، بلا استعلام ولا بيانات دخول، مثل https://gis.example.om/geoserver.",
                "GeoServer's URL starts with http:// or https:// and names the host, without query or credentials, e.g. https://gis.example.om/geoserver."));
        return null;
    }

    private static int port(JsonNode v, List<Violation> violations) {
        if (v.isMissingNode() || v.isNull()) {
            return 0;
        }
        if (!v.isIntegralNumber() || v.asLong() < 1 || v.asLong() > 65_535) {
            violations.add(Violation.of("databasePort", "INVALID_VALUE", "databasePort رقم منفذ من 1 إلى 65535.",
                    "databasePort is a port number from 1 to 65535."));
            return 0;
        }
        return v.asInt();
    }

    @ExceptionHandler(GeoServerException.class)
    ResponseEntity<ProblemDetail> geoServer(GeoServerException e) {
        String type = switch (e.reason()) {
            case UNAUTHORIZED -> "geoserver-unauthorized";
            case FAILED -> "geoserver-failed";
            case UNREACHABLE -> "geoserver-unreachable";
        };
        ProblemDetail p = Problems.of(HttpStatus.BAD_GATEWAY, type, new Text("أخفق النشر إلى GeoServer", "Publishing to GeoServer failed"),
                e.text());
        if (e.geoServerStatus() > 0) {
            p.setProperty("geoServerStatus", e.geoServerStatus());
        }
        return ResponseEntity.status(HttpStatus.BAD_GATEWAY).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
    }
}
