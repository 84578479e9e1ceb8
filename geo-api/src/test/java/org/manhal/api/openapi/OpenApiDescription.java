package org.manhal.api.openapi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The description served at {@code /v3/api-docs}, read as JSON, and the one question the tests
 * ask of it: may this operation answer this? The status must be listed for the operation, the
 * content type must be one listed for that status, and a JSON body must validate against the
 * declared schema (JSON Schema 2020-12, the dialect of OpenAPI 3.1; {@code $ref}s resolve against
 * the description's own {@code components}).
 */
final class OpenApiDescription {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    final JsonNode doc;

    OpenApiDescription(JsonNode doc) {
        this.doc = doc;
    }

    static OpenApiDescription fetch(ApiClient api) {
        Response r = api.get("/v3/api-docs");
        if (r.status() != 200) {
            throw new AssertionError("/v3/api-docs answered " + r);
        }
        return new OpenApiDescription(r.json());
    }

    /** The path template of the description that a concrete path matches; literal segments win. */
    String template(String concretePath) {
        String path = concretePath.replaceFirst("\\?.*$", "");
        List<String> matching = new ArrayList<>();
        doc.get("paths").propertyNames().forEach(t -> {
            String regex = "\\Q" + t.replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q") + "\\E";
            if (Pattern.matches(regex, path)) {
                matching.add(t);
            }
        });
        return matching.stream().min(Comparator.comparingLong(t -> t.chars().filter(ch -> ch == '{').count())).orElse(null);
    }

    JsonNode operation(String method, String concretePath) {
        String t = template(concretePath);
        return t == null ? null : doc.get("paths").get(t).get(method.toLowerCase(Locale.ROOT));
    }

    /** What is wrong with this answer, by the description; empty if the description allows it. */
    List<String> violations(String method, String concretePath, Response r) {
        String what = method + " " + concretePath + " → " + r.status();
        JsonNode op = operation(method, concretePath);
        if (op == null) {
            return List.of(what + ": no such operation in /v3/api-docs");
        }
        JsonNode answer = op.path("responses").get(String.valueOf(r.status()));
        if (answer == null) {
            return List.of(what + ": status not described (described: " + op.path("responses").propertyNames() + ")");
        }
        JsonNode content = answer.get("content");
        if (content == null || content.isEmpty()) {
            return r.body().isEmpty() ? List.of() : List.of(what + ": a body where the description has none: " + r.body());
        }
        String contentType = r.header("Content-Type");
        String mediaType = contentType == null ? "" : contentType.replaceFirst(";.*$", "").trim().toLowerCase(Locale.ROOT);
        JsonNode declared = content.get(mediaType);
        if (declared == null) {
            return List.of(what + ": content type " + contentType + " not described (described: " + content.propertyNames() + ")");
        }
        if (!mediaType.endsWith("json")) {
            return List.of();
        }
        JsonNode body;
        try {
            body = JSON.readTree(r.body());
        } catch (RuntimeException e) {
            return List.of(what + ": " + mediaType + " body is not JSON: " + r.body());
        }
        return validate(declared.get("schema"), body).stream().map(e -> what + ": " + e).toList();
    }

    /** The errors of {@code instance} against a schema of the description. */
    List<String> validate(JsonNode schema, JsonNode instance) {
        ObjectNode wrapper = (ObjectNode) schema.deepCopy();
        wrapper.set("components", doc.get("components"));
        Schema s = SCHEMAS.getSchema(wrapper);
        List<Error> errors = s.validate(instance);
        return errors.stream().map(Error::toString).toList();
    }

    JsonNode component(String name) {
        return doc.path("components").path("schemas").get(name);
    }

    static JsonNode ref(String component) {
        return JSON.readTree("{\"$ref\":\"#/components/schemas/" + component + "\"}");
    }

    static Map<String, String> headers(String... nameThenValue) {
        Map<String, String> m = new java.util.HashMap<>();
        for (int i = 0; i < nameThenValue.length; i += 2) {
            m.put(nameThenValue[i], nameThenValue[i + 1]);
        }
        return m;
    }
}
