package org.manhal.api.ows;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * MapServer as FastCGI behind the loopback web server {@code bin/manhal up} starts (lighttpd):
 * plain HTTP GETs (and WFS POSTs) to {@code manhal.ows.mapserver-url}, each answer streamed through.
 */
final class FastCgiMapServer implements MapServer {

    private final HttpClient http;
    private final URI base;
    private final Duration timeout;

    FastCgiMapServer(OwsProperties properties) {
        this.base = URI.create(properties.mapserverUrl());
        this.timeout = properties.timeout();
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public MapServerAnswer get(String queryString) {
        return send(HttpRequest.newBuilder(URI.create(base + "?" + queryString)).timeout(timeout).GET().build());
    }

    @Override
    public MapServerAnswer post(String queryString, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(base + "?" + queryString)).timeout(timeout)
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    private MapServerAnswer send(HttpRequest request) {
        try {
            HttpResponse<InputStream> r = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            String type = r.headers().firstValue("Content-Type").orElse("application/octet-stream");
            return new MapServerAnswer(r.statusCode(), type, r.body(), () -> { });
        } catch (HttpTimeoutException e) {
            throw OwsProblems.timeout();
        } catch (IOException e) {
            throw OwsProblems.unreachable("MapServer at " + base + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw OwsProblems.unreachable("interrupted");
        }
    }
}
