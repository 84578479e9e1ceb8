package org.manhal.api.ows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.manhal.common.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MapServer as CGI: one {@code mapserv} process per request, with the CGI variables in its
 * environment ({@code QUERY_STRING}, {@code REQUEST_METHOD}) and the generated config file. At
 * most {@code cgi-processes} run at once; a process that outlives the timeout is killed.
 */
final class CgiMapServer implements MapServer {

    private static final Logger log = LoggerFactory.getLogger(CgiMapServer.class);
    private static final int MAX_HEADER_BYTES = 8192;

    private final OwsProperties properties;
    private final Path config;
    private final Semaphore slots;
    private final ScheduledExecutorService killer = Executors.newSingleThreadScheduledExecutor(daemon("mapserv-timeout"));
    private final ExecutorService stderr = Executors.newCachedThreadPool(daemon("mapserv-stderr"));

    CgiMapServer(OwsProperties properties, Path config) {
        this.properties = properties;
        this.config = config;
        this.slots = new Semaphore(properties.cgiProcesses(), true);
    }

    @Override
    public MapServerAnswer get(String queryString) {
        return run(queryString, null, null);
    }

    @Override
    public MapServerAnswer post(String queryString, String contentType, byte[] body) {
        return run(queryString, contentType, body);
    }

    /** One mapserv process: a GET when {@code body} is null, else a POST with the body on its stdin. */
    private MapServerAnswer run(String queryString, String contentType, byte[] body) {
        acquire();
        Process process;
        try {
            ProcessBuilder pb = new ProcessBuilder(properties.mapserv());
            Map<String, String> env = pb.environment();
            env.clear();
            env.put("QUERY_STRING", queryString);
            env.put("REQUEST_METHOD", body == null ? "GET" : "POST");
            if (body != null) {
                env.put("CONTENT_TYPE", contentType);
                env.put("CONTENT_LENGTH", Integer.toString(body.length));
            }
            env.put("GATEWAY_INTERFACE", "CGI/1.1");
            env.put("MAPSERVER_CONFIG_FILE", config.toString());
            process = pb.start();
        } catch (IOException e) {
            slots.release();
            throw new MapServerException(MapServerException.Kind.UNAVAILABLE,
                    new Text("تعذّر تشغيل خادم الخرائط.", "The map server could not be started."), "mapserv did not start: " + e);
        }
        AtomicBoolean killed = new AtomicBoolean();
        ScheduledFuture<?> timeout = killer.schedule(() -> {
            killed.set(true);
            process.destroyForcibly();
        }, properties.timeout().toMillis(), TimeUnit.MILLISECONDS);
        stderr.execute(() -> drain(process.getErrorStream()));
        // mapserv reads the whole body (CONTENT_LENGTH) before it answers, and the body is small
        // (OwsController caps it): written at once, then stdin closed.
        try (OutputStream in = process.getOutputStream()) {
            if (body != null) {
                in.write(body);
            }
        } catch (IOException e) {
            // mapserv ended before reading it: its answer (or none) says why
        }
        Runnable release = () -> {
            timeout.cancel(false);
            process.destroy();
            slots.release();
        };
        try {
            InputStream out = process.getInputStream();
            Map<String, String> headers = CgiHeaders.read(out, MAX_HEADER_BYTES);
            if (headers == null) {
                throw killed.get() ? OwsProblems.timeout() : new MapServerException(MapServerException.Kind.FAILED,
                        OwsProblems.FAILED_TEXT, "mapserv ended without an answer");
            }
            return new MapServerAnswer(CgiHeaders.status(headers), headers.getOrDefault("content-type", "application/octet-stream"),
                    out, release);
        } catch (IOException | RuntimeException e) {
            release.run();
            if (e instanceof MapServerException m) {
                throw m;
            }
            throw killed.get() ? OwsProblems.timeout()
                    : new MapServerException(MapServerException.Kind.FAILED, OwsProblems.FAILED_TEXT, "mapserv: " + e);
        }
    }

    private void acquire() {
        try {
            if (!slots.tryAcquire(properties.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new MapServerException(MapServerException.Kind.UNAVAILABLE,
                        new Text("خادم الخرائط مشغول: أعد المحاولة بعد قليل.", "The map server is busy: retry shortly."),
                        "no free mapserv slot");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MapServerException(MapServerException.Kind.UNAVAILABLE, OwsProblems.FAILED_TEXT, "interrupted");
        }
    }

    /** MapServer writes its error details to stderr ({@code MS_ERRORFILE}): the log keeps them, the client never sees them. */
    private static void drain(InputStream err) {
        try (err) {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream();
            err.transferTo(buffer);
            if (buffer.size() > 0) {
                log.info("mapserv: {}", buffer.toString(StandardCharsets.UTF_8).strip());
            }
        } catch (IOException ignored) {
            // the process was killed
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
