package org.manhal.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The webhook subscriber of the test run: a real HTTP server on a free local port, started when
 * the JUnit session opens (registered in {@code META-INF/services}), before any Spring context,
 * and handed to the service as the system properties {@code manhal.test.webhook-port} and
 * {@code manhal.test.webhook-secret}, which the test configuration names as its one subscriber.
 * So every context of the suite sends to it, and no second context is needed to test webhooks.
 * It answers 200 and keeps every request, except that the first {@link #failFirst} attempts of
 * each event answer 500.
 */
public final class WebhookReceiver implements LauncherSessionListener {

    /** A request as received. */
    public record Received(String eventId, String timestamp, String signature, String contentType, String body) {
    }

    private static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();
    private static volatile int failFirst;
    private static HttpServer server;

    static {
        install();
    }

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        install();
    }

    static synchronized void install() {
        if (server != null) {
            return;
        }
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hooks/manhal", WebhookReceiver::handle);
        server.setExecutor(Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "webhook-receiver");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        System.setProperty("manhal.test.webhook-port", Integer.toString(server.getAddress().getPort()));
        System.setProperty("manhal.test.webhook-secret", "whsec-" + UUID.randomUUID());
    }

    private static void handle(HttpExchange x) throws IOException {
        try (x) {
            String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var h = x.getRequestHeaders();
            String eventId = h.getFirst("Manhal-Event-Id");
            long before = RECEIVED.stream().filter(r -> r.eventId().equals(eventId)).count();
            RECEIVED.add(new Received(eventId, h.getFirst("Manhal-Timestamp"), h.getFirst("Manhal-Signature"),
                    h.getFirst("Content-Type"), body));
            x.sendResponseHeaders(before < failFirst ? 500 : 200, -1);
        }
    }

    /** The secret the service signs with. */
    public static String secret() {
        install();
        return System.getProperty("manhal.test.webhook-secret");
    }

    /** The requests received so far whose body names {@code reference}, in order. */
    public static List<Received> about(String reference) {
        return RECEIVED.stream().filter(r -> r.body().contains("\"reference\":\"" + reference + "\"")).toList();
    }

    /** Makes the first {@code n} attempts of every event answer 500 from now on (0 to stop). */
    public static void failFirst(int n) {
        failFirst = n;
    }
}
