package org.manhal.api.geoserver;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A small GeoServer REST API for the tests (JDK HttpServer on loopback, under {@code /geoserver/rest}):
 * it keeps workspaces, datastores, styles, feature types and layers in memory and answers as
 * GeoServer's documented API does (user manual "REST": 200 with the resource, 201 on create, 404
 * for a missing one, 401 without the right Basic credentials), checks each request's method, path,
 * content type and body, and records them in order. A request it does not know is answered 404
 * and recorded as unexpected.
 */
final class FakeGeoServer implements AutoCloseable {

    static final String USER = "admin";
    static final String PASSWORD = "geoserver-secret";
    private static final String REST = "/geoserver/rest";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    final List<String> requests = new ArrayList<>();
    final List<String> unexpected = new ArrayList<>();
    final Set<String> workspaces = new HashSet<>();
    final Map<String, JsonNode> datastores = new HashMap<>();
    final Map<String, String> styles = new HashMap<>();
    final Map<String, JsonNode> featureTypes = new HashMap<>();
    final Map<String, String> layerStyles = new HashMap<>();
    /** A request line ("POST /workspaces/x/...") answered with this status instead (to test failures). */
    final Map<String, Integer> failures = new HashMap<>();

    FakeGeoServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/geoserver";
    }

    /** The recorded requests that write (POST, PUT, DELETE). */
    List<String> writes() {
        return requests.stream().filter(r -> !r.startsWith("GET ")).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private synchronized void handle(HttpExchange x) throws IOException {
        String method = x.getRequestMethod();
        String path = x.getRequestURI().getRawPath();
        String query = x.getRequestURI().getRawQuery();
        String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String line = method + " " + (path.startsWith(REST) ? path.substring(REST.length()) : path) + (query == null ? "" : "?" + query);
        requests.add(line);
        String expected = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(x.getRequestHeaders().getFirst("Authorization"))) {
            answer(x, 401, "text/plain", "HTTP Status 401 – Unauthorized");
            return;
        }
        Integer failure = failures.get(line);
        if (failure != null) {
            answer(x, failure, "text/plain", "java.lang.RuntimeException: boom");
            return;
        }
        if (!path.startsWith(REST)) {
            unknown(x, line);
            return;
        }
        route(x, method, path.substring(REST.length()), query, body, line);
    }

    private void route(HttpExchange x, String method, String p, String query, String body, String line) throws IOException {
        String type = x.getRequestHeaders().getFirst("Content-Type");
        Matcher m;
        if (method.equals("GET") && (m = match("/workspaces/([^/]+)\\.json", p)) != null) {
            String ws = m.group(1);
            found(x, workspaces.contains(ws), () -> "{\"workspace\":{\"name\":\"" + ws + "\"}}");
        } else if (method.equals("POST") && p.equals("/workspaces") && json(type)) {
            String name = JSON.readTree(body).path("workspace").path("name").asString();
            created(x, !name.isEmpty() && workspaces.add(name));
        } else if (method.equals("GET") && (m = match("/workspaces/([^/]+)/datastores/([^/]+)\\.json", p)) != null) {
            JsonNode ds = datastores.get(m.group(1) + "/" + m.group(2));
            found(x, ds != null, () -> ds.toString());
        } else if (method.equals("POST") && (m = match("/workspaces/([^/]+)/datastores", p)) != null && json(type)) {
            JsonNode ds = storedDatastore(body);
            boolean ok = workspaces.contains(m.group(1)) && ds != null
                    && datastores.putIfAbsent(m.group(1) + "/" + ds.path("dataStore").path("name").asString(), ds) == null;
            created(x, ok);
        } else if (method.equals("PUT") && (m = match("/workspaces/([^/]+)/datastores/([^/]+)", p)) != null && json(type)) {
            JsonNode ds = storedDatastore(body);
            updated(x, ds != null && datastores.replace(m.group(1) + "/" + m.group(2), ds) != null);
        } else if (method.equals("GET") && (m = match("/workspaces/([^/]+)/styles/([^/]+)\\.sld", p)) != null) {
            String sld = styles.get(m.group(1) + "/" + m.group(2));
            if (sld == null) {
                answer(x, 404, "text/plain", "No such style");
            } else {
                answer(x, 200, "application/vnd.ogc.sld+xml", sld);
            }
        } else if (method.equals("POST") && (m = match("/workspaces/([^/]+)/styles", p)) != null && sld(type, body)
                && query != null && query.matches("name=[a-z][a-z0-9_-]*&raw=true")) {
            String name = query.substring(5, query.indexOf('&'));
            created(x, workspaces.contains(m.group(1)) && styles.putIfAbsent(m.group(1) + "/" + name, body) == null);
        } else if (method.equals("PUT") && (m = match("/workspaces/([^/]+)/styles/([^/]+)", p)) != null && sld(type, body)
                && "raw=true".equals(query)) {
            updated(x, styles.replace(m.group(1) + "/" + m.group(2), body) != null);
        } else if (method.equals("GET") && (m = match("/workspaces/([^/]+)/datastores/([^/]+)/featuretypes/([^/]+)\\.json", p)) != null) {
            JsonNode ft = featureTypes.get(m.group(1) + "/" + m.group(2) + "/" + m.group(3));
            found(x, ft != null, () -> ft.toString());
        } else if (method.equals("POST") && (m = match("/workspaces/([^/]+)/datastores/([^/]+)/featuretypes", p)) != null && json(type)) {
            JsonNode ft = featureType(body);
            String name = ft == null ? "" : ft.path("featureType").path("name").asString();
            boolean ok = ft != null && datastores.containsKey(m.group(1) + "/" + m.group(2))
                    && featureTypes.putIfAbsent(m.group(1) + "/" + m.group(2) + "/" + name, ft) == null;
            if (ok) {
                layerStyles.put(m.group(1) + ":" + name, "point"); // GeoServer gives a new layer its generic style
            }
            created(x, ok);
        } else if (method.equals("PUT") && (m = match("/workspaces/([^/]+)/datastores/([^/]+)/featuretypes/([^/]+)", p)) != null
                && json(type) && "recalculate=nativebbox,latlonbbox".equals(query)) {
            JsonNode ft = featureType(body);
            updated(x, ft != null && featureTypes.replace(m.group(1) + "/" + m.group(2) + "/" + m.group(3), ft) != null);
        } else if (method.equals("GET") && (m = match("/layers/([^/]+):([^/]+)\\.json", p)) != null) {
            String style = layerStyles.get(m.group(1) + ":" + m.group(2));
            String name = m.group(2);
            found(x, style != null, () -> "{\"layer\":{\"name\":\"" + name + "\",\"defaultStyle\":{\"name\":\"" + style + "\"}}}");
        } else if (method.equals("PUT") && (m = match("/layers/([^/]+):([^/]+)", p)) != null && json(type)) {
            JsonNode style = JSON.readTree(body).path("layer").path("defaultStyle");
            String key = m.group(1) + ":" + m.group(2);
            boolean ok = layerStyles.containsKey(key) && styles.containsKey(style.path("workspace").asString() + "/" + style.path("name").asString());
            if (ok) {
                layerStyles.put(key, style.path("workspace").asString() + ":" + style.path("name").asString());
            }
            updated(x, ok);
        } else {
            unknown(x, line);
        }
    }

    /** A datastore body as GeoServer would store it (the password encrypted), or null if it is not a PostGIS store of the views. */
    private static JsonNode storedDatastore(String body) {
        JsonNode ds = JSON.readTree(body);
        Map<String, String> p = new HashMap<>();
        ds.path("dataStore").path("connectionParameters").path("entry").forEach(e -> p.put(e.path("@key").asString(), e.path("$").asString()));
        if (!"postgis".equals(p.get("dbtype")) || !"pub".equals(p.get("schema")) || p.get("passwd") == null
                || p.get("passwd").isEmpty() || p.get("host") == null || p.get("database") == null || p.get("user") == null) {
            return null;
        }
        ds.path("dataStore").path("connectionParameters").path("entry").forEach(e -> {
            if ("passwd".equals(e.path("@key").asString())) {
                ((ObjectNode) e).put("$", "crypt1:0xSECRET");
            }
        });
        return ds;
    }

    private static JsonNode featureType(String body) {
        JsonNode ft = JSON.readTree(body);
        JsonNode f = ft.path("featureType");
        return f.path("name").asString().isEmpty() || f.path("nativeName").asString().isEmpty()
                || !"EPSG:4326".equals(f.path("srs").asString()) || !f.path("attributes").path("attribute").isArray() ? null : ft;
    }

    private static boolean json(String type) {
        return type != null && type.startsWith("application/json");
    }

    private static boolean sld(String type, String body) {
        return "application/vnd.ogc.sld+xml".equals(type) && body.contains("<StyledLayerDescriptor");
    }

    private static Matcher match(String regex, String path) {
        Matcher m = Pattern.compile(regex).matcher(path);
        return m.matches() ? m : null;
    }

    private void found(HttpExchange x, boolean found, java.util.function.Supplier<String> json) throws IOException {
        if (found) {
            answer(x, 200, "application/json", json.get());
        } else {
            answer(x, 404, "text/plain", "No such resource");
        }
    }

    private void created(HttpExchange x, boolean ok) throws IOException {
        answer(x, ok ? 201 : 400, "text/plain", ok ? "" : "refused");
    }

    private void updated(HttpExchange x, boolean ok) throws IOException {
        answer(x, ok ? 200 : 400, "text/plain", ok ? "" : "refused");
    }

    private void unknown(HttpExchange x, String line) throws IOException {
        unexpected.add(line);
        answer(x, 404, "text/plain", "No mapping");
    }

    private static void answer(HttpExchange x, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().set("Content-Type", type);
        x.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = x.getResponseBody()) {
            out.write(bytes);
        }
    }
}
