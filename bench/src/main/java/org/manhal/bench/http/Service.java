package org.manhal.bench.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The running service the HTTP benchmarks measure ({@code --url}), through one JDK HttpClient
 * (HTTP/1.1, keep-alive, one client, no credentials). The service must run against the bench
 * database with {@code MANHAL_PUBLIC_RATE_LIMIT=0}, or anonymous requests meet its rate limit.
 */
public final class Service {

    /** An answer: status and the whole body, read before the clock stops. */
    public record Answer(int status, byte[] body) {

        public String text() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private final String base;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    public Service(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public static Service from(org.manhal.bench.BenchOptions options) {
        String url = options.text("url", null);
        if (url == null) {
            throw new IllegalArgumentException("--url http://localhost:PORT of a service started against the bench database"
                    + " with MANHAL_PUBLIC_RATE_LIMIT=0 (docs/benchmarks.md)");
        }
        return new Service(url);
    }

    public Answer get(String pathAndQuery, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(120));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b.GET().build());
    }

    public Answer post(String path, String json, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/json");
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b.POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** An answer that must have this status (a benchmark of error answers would measure nothing). */
    public static Answer expect(int status, Answer a, String what) {
        if (a.status() != status) {
            throw new IllegalStateException(what + ": expected " + status + ", got " + a.status() + " "
                    + a.text().substring(0, Math.min(500, a.text().length())));
        }
        return a;
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<byte[]> r = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
