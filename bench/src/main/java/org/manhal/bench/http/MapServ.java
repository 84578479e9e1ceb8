package org.manhal.bench.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * MapServer itself, the floor of the service's {@code /ows}: {@code mapserv} run as CGI, one
 * process per request, with the config file the service generated (its mapfile by alias), the
 * same way the service's {@code CgiMapServer} runs it (CGI variables in an otherwise empty
 * environment), so the two differ by the service's proxy only. The answer's CGI headers are split
 * from its body, both read before the clock stops.
 */
final class MapServ {

    /** MapServer's answer: its Content-Type and the body. */
    record Answer(String contentType, byte[] body) {

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final String binary;
    private final Path config;

    MapServ(String binary, Path config) {
        if (!Files.isReadable(config)) {
            throw new IllegalArgumentException(config + " is not readable: --ows-dir must be the service's MANHAL_OWS_DIR"
                    + " (the directory of the generated manhal.map and mapserver.conf), read by the same user");
        }
        this.binary = binary;
        this.config = config;
    }

    /** A KVP request ({@code map=ALIAS&…} in the query string), as CgiMapServer sends it. */
    Answer get(String queryString) {
        return run(null, queryString);
    }

    /** A request by path ({@code /ALIAS/ogcapi/…}), as MapServer's OGC API takes it. */
    Answer path(String pathInfo, String queryString) {
        return run(pathInfo, queryString);
    }

    private Answer run(String pathInfo, String queryString) {
        ProcessBuilder pb = new ProcessBuilder(binary);
        Map<String, String> env = pb.environment();
        env.clear();
        env.put("QUERY_STRING", queryString);
        env.put("REQUEST_METHOD", "GET");
        env.put("GATEWAY_INTERFACE", "CGI/1.1");
        env.put("MAPSERVER_CONFIG_FILE", config.toString());
        if (pathInfo != null) {
            env.put("PATH_INFO", pathInfo);
            env.put("SCRIPT_NAME", "/mapserv");
            env.put("SERVER_NAME", "localhost");
            env.put("SERVER_PORT", "80");
        }
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        try {
            Process p = pb.start();
            p.getOutputStream().close();
            byte[] all;
            try (InputStream in = p.getInputStream()) {
                all = in.readAllBytes();
            }
            p.waitFor();
            return split(all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The CGI header lines end at the first empty line ({@code \r\n\r\n} or {@code \n\n}). */
    private static Answer split(byte[] all) {
        for (int i = 0; i + 1 < all.length; i++) {
            int end = all[i] == '\n' && all[i + 1] == '\n' ? i + 2
                    : i + 3 < all.length && all[i] == '\r' && all[i + 1] == '\n' && all[i + 2] == '\r' && all[i + 3] == '\n' ? i + 4 : -1;
            if (end > 0) {
                String type = "application/octet-stream";
                for (String line : new String(all, 0, i, StandardCharsets.ISO_8859_1).split("\r?\n")) {
                    if (line.toLowerCase(Locale.ROOT).startsWith("content-type:")) {
                        type = line.substring(line.indexOf(':') + 1).trim();
                    }
                }
                ByteArrayOutputStream body = new ByteArrayOutputStream();
                body.write(all, end, all.length - end);
                return new Answer(type, body.toByteArray());
            }
        }
        throw new IllegalStateException("mapserv answered without CGI headers: "
                + new String(all, 0, Math.min(300, all.length), StandardCharsets.UTF_8));
    }
}
