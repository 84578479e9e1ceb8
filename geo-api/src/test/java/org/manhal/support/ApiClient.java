package org.manhal.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.manhal.api.security.Role;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * A plain HTTP client for integration tests: real requests to the running service, answers
 * parsed as JSON. No mocks between the test and the database. A test gets one as a constructor
 * or method parameter ({@link CleanRegistry}, through {@link ManhalApiTest}).
 *
 * <p>It signs in as the {@code admin} local account (HTTP Basic, the passwords of
 * {@link TestAccounts}), so that a test of what a route does need not care who may call it;
 * {@link #as(Role)} acts as another role's account, {@link #anonymous()} as the public. A request
 * that sets its own {@code Authorization} header keeps it.
 */
public final class ApiClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http;
    private final String base;
    /** The Authorization header sent, or null for none. */
    private final String authorization;

    ApiClient(int port) {
        this(HttpClient.newHttpClient(), "http://localhost:" + port, TestAccounts.basic(Role.ADMIN));
    }

    private ApiClient(HttpClient http, String base, String authorization) {
        this.http = http;
        this.base = base;
        this.authorization = authorization;
    }

    /** The same service, signed in as the local account of {@code role}; the public and a citizen have none: {@link #anonymous()}. */
    public ApiClient as(Role role) {
        return role == Role.PUBLIC || role == Role.CITIZEN ? anonymous() : new ApiClient(http, base, TestAccounts.basic(role));
    }

    /** The same service, signed in by HTTP Basic as an account a test made itself (a second office, say). */
    public ApiClient as(String username, String password) {
        return new ApiClient(http, base, "Basic " + java.util.Base64.getEncoder().encodeToString(
                (username + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /** The same service without credentials. */
    public ApiClient anonymous() {
        return new ApiClient(http, base, null);
    }

    /** Adds this client's credentials to a request the test sends itself (a byte download, say). */
    public HttpRequest.Builder authorize(HttpRequest.Builder request) {
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request;
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), Map.of());
    }

    public Response post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.ofString(body)),
                Map.of("Content-Type", contentType));
    }

    public Response put(String path, String body, Map<String, String> headers) {
        return send(HttpRequest.newBuilder(uri(path)).PUT(HttpRequest.BodyPublishers.ofString(body)),
                merge(headers, "Content-Type", "application/geo+json"));
    }

    public Response delete(String path, Map<String, String> headers) {
        return send(HttpRequest.newBuilder(uri(path)).DELETE(), headers);
    }

    public Response send(HttpRequest.Builder request, Map<String, String> headers) {
        headers.forEach(request::header);
        if (authorization != null && headers.keySet().stream().noneMatch("Authorization"::equalsIgnoreCase)) {
            request.header("Authorization", authorization);
        }
        try {
            HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(r.statusCode(), r.headers().map(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The service's URI of a path ({@code /api/wells?bbox=…}); an absolute URL is taken as it is. */
    public URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : base + path);
    }

    private static Map<String, String> merge(Map<String, String> headers, String key, String value) {
        HashMap<String, String> all = new HashMap<>(headers);
        all.putIfAbsent(key, value);
        return all;
    }

    /** An HTTP answer. */
    public record Response(int status, Map<String, List<String>> headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
