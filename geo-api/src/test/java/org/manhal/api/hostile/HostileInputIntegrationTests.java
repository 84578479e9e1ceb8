package org.manhal.api.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.manhal.support.ApiClient;
import org.manhal.support.ApiClient.Response;
import org.manhal.support.DatabaseChecksums;
import org.manhal.support.ManhalApiTest;
import org.manhal.support.Wells;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

import tools.jackson.databind.JsonNode;

/**
 * Hostile and broken input to every operation the service describes ({@code /v3/api-docs}), as an
 * attacker would send it: generated per operation from its path, query parameters and request
 * media types, so that a new route is covered the day it is described. Each answer must be a
 * specific 4xx {@code application/problem+json} in both languages (or an ordinary answer, for a
 * read that may take the input), never a 5xx, never an HTML page, a stack trace, SQL, a class
 * name or a server path, never an echo of a huge input; and afterwards the database is exactly as
 * before (a checksum of every table and sequence).
 */
@ManhalApiTest
class HostileInputIntegrationTests {

    /** What an answer must never show. */
    private static final Pattern LEAK = Pattern.compile(
            "Exception|\\bat (java|org|jdk)\\.|org\\.(manhal|springframework|hibernate|postgresql|apache)|"
                    + "\\bSQL\\b|syntax error at|/work/|/tmp/|/root/|/home/|/var/lib|jdbc:|<html|<!doctype|Whitelabel",
            Pattern.CASE_INSENSITIVE);

    /**
     * What a successful answer must never show. Narrower than {@link #LEAK}: a 2xx document may
     * rightly be HTML (the OGC API's HTML views) or name an exception schema (its OpenAPI).
     */
    private static final Pattern SUCCESS_LEAK = Pattern.compile(
            "\\bat (java|org|jdk)\\.|\\.java:\\d+\\)|/work/|/tmp/|/root/|/home/|/var/lib|jdbc:|Whitelabel");

    /** Values for every path parameter (already URL-encoded where they must be). */
    private static final List<String> PATH_VALUES = List.of(
            "1'%20OR%20'1'='1", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "..%2F..%2F..%2Fetc%2Fpasswd",
            "99999999999999999999999", "-1", "NaN", "%00", "%ED%A0%80", "%D9%A9%D9%A9%D9%A9%D9%A9%D9%A9%D9%A9%D9%A9", "%E2%80%AEevil",
            "2147480001;DROP%20TABLE%20well", "%25", "x".repeat(3000));

    /** Values for every query parameter (URL-encoded). */
    private static final List<String> QUERY_VALUES = List.of(
            "'%20OR%201=1--", "%3Cimg%20src=x%20onerror=alert(1)%3E", "NaN", "Infinity", "-Infinity", "1e309",
            "-0", "99999999999999999999", "%00", "%ED%A0%80", "%E2%80%8B", "%01%1B%7F", "0000-01-01",
            "-271821-04-20T00:00:00Z", "%D8%B3%D8%A7%D9%84%D9%85%E2%80%8F", "1,2,3", "%22%5D%7D", "y".repeat(5000));

    /** JSON bodies for every operation that takes one. */
    private static final List<String> JSON_BODIES = jsonBodies();

    final ApiClient api;

    @Autowired
    Environment env;

    HostileInputIntegrationTests(ApiClient api) {
        this.api = api;
    }

    record Operation(String method, String path, List<String> query, List<String> mediaTypes) {
    }

    record Sent(String what, Response answer) {
    }

    @Test
    void everyOperationRefusesHostileInputClearlyAndWritesNothing() {
        double[] at = Wells.freshSpot();
        Response well = api.post("/api/wells", "application/geo+json", Wells.feature(at[0], at[1]));
        assertThat(well.status()).as(well.toString()).isEqualTo(201);
        long wellId = well.json().get("id").asLong();
        List<Operation> operations = operations();
        assertThat(operations).hasSizeGreaterThan(15);

        Map<String, String> before = checksums();
        List<Sent> sent = new ArrayList<>();
        for (Operation op : operations) {
            String base = concrete(op, wellId);
            for (String v : PATH_VALUES) {
                for (String path : withEachPathParameter(op.path(), base, v)) {
                    sent.add(send(op.method(), path, null, null));
                }
            }
            for (String param : op.query()) {
                for (String v : QUERY_VALUES) {
                    sent.add(send(op.method(), base + "?" + param + "=" + v, null, null));
                }
            }
            for (String type : op.mediaTypes()) {
                if (type.contains("json")) {
                    for (String body : JSON_BODIES) {
                        sent.add(send(op.method(), base, type, body));
                    }
                }
            }
            sent.add(send(op.method(), base, "text/html", "<b>not what this takes</b>"));
        }
        sent.addAll(beforeTheApplication());

        List<String> wrong = new ArrayList<>();
        for (Sent s : sent) {
            String problem = judge(s.answer());
            if (problem == null && s.answer().status() == 201) {
                problem = "created something: " + cut(s.answer().body());
            }
            if (problem != null) {
                wrong.add(s.what() + " -> " + problem);
            }
        }
        System.out.printf("HostileInput: %d requests over %d operations%n", sent.size(), operations.size());
        assertThat(sent).hasSizeGreaterThan(200);
        assertThat(wrong).as("answers that are not a clear 4xx problem").isEmpty();
        assertThat(checksums()).as("the database after every hostile request").isEqualTo(before);
    }

    /** Requests the servlet container may answer before the application sees them. */
    private List<Sent> beforeTheApplication() {
        List<Sent> sent = new ArrayList<>();
        sent.add(send("TRACE", "/api/wells", null, null));
        sent.add(send("TRACE", "/", null, null));
        sent.add(send("GET", "/error", null, null));
        sent.add(send("POST", "/error", "application/json", "{}"));
        sent.add(send("GET", "/api/wells/..%2F..%2F..%2Fetc%2Fpasswd", null, null));
        sent.add(send("GET", "/api/%2e%2e/%2e%2e/etc/passwd", null, null));
        sent.add(send("GET", "/api/wells%00.json", null, null));
        sent.add(send("GET", "/api/no-such-route", null, null));
        sent.add(send("GET", "/api/wells?" + "q=" + "z".repeat(70_000), null, null));
        sent.add(sendWithHeader("/api/wells", "X-Big", "h".repeat(40_000)));
        sent.add(send("PATCH", "/api/wells", "application/json", "{}"));
        return sent;
    }

    /** Null when the answer is acceptable, else what is wrong with it. */
    private static String judge(Response r) {
        if (r.status() < 0) {
            return r.body();
        }
        String body = r.body() == null ? "" : r.body();
        if (r.status() >= 500) {
            return "status " + r.status() + " " + cut(body);
        }
        Matcher leak = (r.status() >= 400 ? LEAK : SUCCESS_LEAK).matcher(body);
        if (leak.find()) {
            return "shows '" + leak.group() + "': " + cut(body);
        }
        if (body.length() > 16_384 && r.status() >= 400) {
            return "a " + body.length() + "-character error answer (echoes its input?)";
        }
        if (r.status() >= 400) {
            String type = r.header("Content-Type");
            if (type == null || !type.startsWith("application/problem+json")) {
                return "status " + r.status() + " as " + type + ": " + cut(body);
            }
            if (!body.contains("titleAr") || !body.contains("\"title\"")) {
                return "not bilingual: " + cut(body);
            }
        }
        return null;
    }

    private Sent send(String method, String path, String contentType, String body) {
        String what = method + " " + cut(path) + (body == null ? "" : " [" + contentType + "] " + cut(body));
        try {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(api.uri("/").toString().replaceAll("/$", "") + path))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            Map<String, String> headers = new LinkedHashMap<>();
            if (contentType != null) {
                headers.put("Content-Type", contentType);
            }
            headers.put("Accept", "application/json, application/problem+json, */*");
            return new Sent(what, api.send(b, headers));
        } catch (IllegalArgumentException e) {
            // a URI the JDK client refuses to send is not a request the service can be blamed for
            return new Sent(what, new Response(400, Map.of("Content-Type", List.of("application/problem+json")),
                    "{\"title\":\"not sent\",\"titleAr\":\"\"}"));
        } catch (RuntimeException e) {
            return new Sent(what, new Response(-1, Map.of(), "no answer: " + e));
        }
    }

    private Sent sendWithHeader(String path, String name, String value) {
        HttpRequest.Builder b = HttpRequest.newBuilder(api.uri(path)).GET();
        try {
            return new Sent("GET " + path + " with a " + value.length() + "-byte header", api.send(b, Map.of(name, value)));
        } catch (RuntimeException e) {
            return new Sent("GET " + path + " with a big header", new Response(-1, Map.of(), "no answer: " + e));
        }
    }

    /** The operations of the description, with their query parameters and request media types. */
    private List<Operation> operations() {
        JsonNode doc = api.get("/v3/api-docs").json();
        List<Operation> ops = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").properties().iterator(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Map.Entry<String, JsonNode> m : path.getValue().properties()) {
                if (!List.of("get", "post", "put", "delete", "patch").contains(m.getKey())) {
                    continue;
                }
                List<String> query = new ArrayList<>();
                for (JsonNode p : m.getValue().path("parameters")) {
                    if ("query".equals(p.path("in").asString(""))) {
                        query.add(p.get("name").asString());
                    }
                }
                List<String> types = new ArrayList<>();
                m.getValue().path("requestBody").path("content").propertyNames().forEach(types::add);
                ops.add(new Operation(m.getKey().toUpperCase(Locale.ROOT), path.getKey(), query, types));
            }
        }
        return ops;
    }

    /**
     * The operation's path with ordinary values: a real well for reads, things that do not exist
     * for writes (a hostile query parameter must not be able to delete or correct anything).
     */
    private static String concrete(Operation op, long wellId) {
        boolean read = op.method().equals("GET");
        return op.path()
                .replaceAll("\\{id}(?=/|$)", op.path().startsWith("/api/wells") ? (read ? String.valueOf(wellId) : "2147480000")
                        : op.path().startsWith("/api/jobs") ? UUID.randomUUID().toString() : "NO-SUCH-THING")
                .replaceAll("\\{[^}]+}", read ? "x" : "NO-SUCH-THING");
    }

    /** The concrete path with one path parameter at a time replaced by {@code value}. */
    private static List<String> withEachPathParameter(String template, String concrete, String value) {
        List<String> out = new ArrayList<>();
        String[] t = template.split("/");
        String[] c = concrete.split("/");
        for (int i = 0; i < t.length && i < c.length; i++) {
            if (t[i].startsWith("{")) {
                String[] copy = c.clone();
                copy[i] = value;
                out.add(String.join("/", copy));
            }
        }
        return out;
    }

    private static List<String> jsonBodies() {
        List<String> b = new ArrayList<>();
        b.add("");
        b.add("{");
        b.add("null");
        b.add("[]");
        b.add("\"just a string\"");
        b.add("1e999999");
        b.add("[".repeat(20_000) + "]".repeat(20_000));
        b.add("{\"a\":" + "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_001));
        String[] geometries = {
            "{\"type\":\"Point\",\"coordinates\":[NaN,23.1]}",
            "{\"type\":\"Point\",\"coordinates\":[\"NaN\",\"Infinity\"]}",
            "{\"type\":\"Point\",\"coordinates\":[\"57.5\",\"23.1\"]}",
            "{\"type\":\"Point\",\"coordinates\":[1e309,-1e309]}",
            "{\"type\":\"Point\",\"coordinates\":[57.5,23.1,120,7]}",
            "{\"type\":\"Point\",\"coordinates\":[23.1,57.5]}",
            "{\"type\":\"Point\",\"coordinates\":[0,0]}",
            "{\"type\":\"Point\",\"coordinates\":[613000,2545000]}",
            "{\"type\":\"Point\",\"coordinates\":[]}",
            "{\"type\":\"LineString\",\"coordinates\":[[57.5,23.1],[57.6,23.2]]}",
            "{\"type\":\"Polygon\",\"coordinates\":[[[57.5,23.1],[57.6,23.1],[57.6,23.2]]]}",
            "{\"type\":\"Polygon\",\"coordinates\":[[[57.5,23.1],[57.6,23.2],[57.6,23.1],[57.5,23.2],[57.5,23.1]]]}",
            "{\"type\":\"Polygon\",\"coordinates\":[[[57.5,23.1,5],[57.6,23.1,5],[57.6,23.2,5],[57.5,23.1,5]]]}",
            "{\"type\":\"GeometryCollection\",\"geometries\":[]}",
            "{\"type\":\"Polygon\",\"coordinates\":" + hugeRing(60_000) + "}",
            "{\"type\":\"Unknown\",\"coordinates\":[57.5,23.1]}",
        };
        for (String g : geometries) {
            b.add(g);
            b.add("{\"type\":\"Feature\",\"geometry\":" + g + ",\"properties\":{\"type\":\"BOREHOLE\",\"use\":\"AGRICULTURAL\",\"status\":\"ACTIVE\"}}");
            b.add("{\"location\":" + g + ",\"applicationType\":\"WELL_DRILLING\",\"use\":\"AGRICULTURAL\"}");
        }
        String point = "{\"type\":\"Point\",\"coordinates\":[57.5,23.1]}";
        String[] properties = {
            "{\"type\":\"BOREHOLE\",\"use\":\"'; DROP TABLE well; --\",\"status\":\"ACTIVE\"}",
            "{\"type\":\"BOREHOLE\",\"use\":\"AGRICULTURAL\",\"status\":\"FLYING\"}",
            "{\"type\":\"BOREHOLE\",\"use\":\"AGRICULTURAL\",\"status\":\"ACTIVE\",\"depthM\":99999999999999999999}",
            "{\"type\":\"BOREHOLE\",\"use\":\"AGRICULTURAL\",\"status\":\"ACTIVE\",\"depthM\":\"NaN\"}",
            "{\"type\":\"BOREHOLE\",\"use\":\"AGRICULTURAL\",\"status\":\"ACTIVE\",\"depthM\":-5}",
            "{\"type\":\"BOREHOLE\",\"use\":\"AGRICULTURAL\",\"status\":\"ACTIVE\",\"yieldM3PerDay\":1e308}",
            "{\"type\":\"BOREHOLE\",\"use\":\"AGRICULTURAL\",\"status\":\"ACTIVE\",\"drilledOn\":\"-271821-04-20\"}",
            "{\"type\":\"BOREHOLE\",\"use\":\"AGRICULTURAL\",\"status\":\"ACTIVE\",\"drilledOn\":\"99999-12-31\"}",
            "{\"type\":\"BOREHOLE\",\"use\":\"AGRICULTURAL\",\"status\":\"ACTIVE\",\"owner\":{\"name\":\"a\\u0000b\",\"civilId\":\"1\"}}",
            "{\"type\":\"BOREHOLE\",\"use\":\"AGRICULTURAL\",\"status\":\"ACTIVE\",\"notes\":\"\\ud800 lone\"}",
            "{\"type\":\"BOREHOLE\",\"use\":\"AGRICULTURAL\",\"status\":\"ACTIVE\",\"notes\":\"" + "n".repeat(300_000) + "\"}",
            "{\"type\":\"BOREHOLE\",\"use\":\"AGRICULTURAL\",\"status\":\"ACTIVE\",\"licences\":[{\"type\":\"X\",\"number\":\"\\u0000\"}]}",
        };
        for (String p : properties) {
            b.add("{\"type\":\"Feature\",\"geometry\":" + point + ",\"properties\":" + p
                    + ",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:4326\"}}}");
        }
        b.add("{\"type\":\"Feature\",\"geometry\":" + point + ",\"properties\":{},\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"EPSG:99999\"}}}");
        b.add("{\"location\":" + point + ",\"applicationType\":\"BUILDING_PERMIT\",\"use\":\"AGRICULTURAL\",\"yieldM3PerDay\":\"NaN\"}");
        b.add("{\"location\":" + point + ",\"applicationType\":\"WELL_DRILLING\",\"use\":\"AGRICULTURAL\",\"wellId\":99999999999999999999}");
        return b;
    }

    /** A closed ring of n vertices around Nizwa. */
    private static String hugeRing(int n) {
        StringBuilder s = new StringBuilder("[[");
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            s.append(String.format(Locale.ROOT, "[%.6f,%.6f],", 57.5 + 0.1 * Math.cos(a), 22.9 + 0.1 * Math.sin(a)));
        }
        return s.append("[57.600000,22.900000]]]").toString();
    }

    private Map<String, String> checksums() {
        return DatabaseChecksums.withoutAuditTrail(DatabaseChecksums.of(env.getRequiredProperty("spring.datasource.url"),
                env.getRequiredProperty("spring.datasource.username"), env.getRequiredProperty("spring.datasource.password")));
    }

    private static String cut(String s) {
        return s.length() > 160 ? s.substring(0, 160) + "…(" + s.length() + ")" : s;
    }
}
