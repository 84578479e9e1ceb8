package org.manhal.api.ows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the proxy makes of a MapServer that fails: a CGI program that hangs is killed at the
 * timeout (504), one that answers MapServer's HTML error page is a 502 whose text names no path,
 * a FastCGI server that is not there is a 503. The CGI programs here are small shell scripts
 * standing in for {@code mapserv}.
 */
class MapServerFailureUnitTests {

    @TempDir
    Path dir;

    private OwsProperties properties(String mapserv, String url, Duration timeout) {
        return new OwsProperties(dir.toString(), url, mapserv, timeout, 1, "manhal_ows", "", "", "");
    }

    private String script(String body) throws Exception {
        Path s = dir.resolve("mapserv-" + System.nanoTime());
        Files.writeString(s, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(s, PosixFilePermissions.fromString("rwx------"));
        return s.toString();
    }

    @Test
    void aHangingMapServerIsKilledAtTheTimeout() throws Exception {
        CgiMapServer cgi = new CgiMapServer(properties(script("exec sleep 30"), "", Duration.ofMillis(500)), dir.resolve("x.conf"));
        assertThatThrownBy(() -> cgi.get("SERVICE=WMS")).isInstanceOfSatisfying(MapServerException.class,
                e -> assertThat(e.kind()).isEqualTo(MapServerException.Kind.TIMEOUT));
        // the slot is free again: a second request is not refused as busy
        assertThatThrownBy(() -> cgi.get("SERVICE=WMS")).isInstanceOfSatisfying(MapServerException.class,
                e -> assertThat(e.kind()).isEqualTo(MapServerException.Kind.TIMEOUT));
    }

    @Test
    void mapServersErrorPageBecomesA502WithoutItsText() throws Exception {
        String page = "printf 'Content-Type: text/html\\r\\n\\r\\n<HTML><BODY>msLoadMap(): Unable to access file. (" + dir + "/manhal.map)</BODY></HTML>'";
        CgiMapServer cgi = new CgiMapServer(properties(script(page), "", Duration.ofSeconds(10)), dir.resolve("x.conf"));
        MapServerAnswer answer = cgi.get("SERVICE=WMS");
        assertThatThrownBy(() -> OwsService.checked(answer, dir)).isInstanceOfSatisfying(MapServerException.class, e -> {
            assertThat(e.kind()).isEqualTo(MapServerException.Kind.FAILED);
            assertThat(e.text().en() + e.text().ar()).doesNotContain(dir.toString(), "msLoadMap");
        });
    }

    @Test
    void anImageStreamsThroughWithItsType() throws Exception {
        CgiMapServer cgi = new CgiMapServer(properties(script("printf 'Content-Type: image/png\\r\\n\\r\\nPNGDATA'"), "",
                Duration.ofSeconds(10)), dir.resolve("x.conf"));
        try (MapServerAnswer a = OwsService.checked(cgi.get("SERVICE=WMS"), dir)) {
            assertThat(a.status()).isEqualTo(200);
            assertThat(a.contentType()).isEqualTo("image/png");
            assertThat(new String(a.body().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("PNGDATA");
        }
    }

    @Test
    void aFastCgiServerThatIsNotThereIs503() {
        FastCgiMapServer http = new FastCgiMapServer(properties("", "http://127.0.0.1:1/mapserv", Duration.ofSeconds(5)));
        assertThatThrownBy(() -> http.get("SERVICE=WMS")).isInstanceOfSatisfying(MapServerException.class,
                e -> assertThat(e.kind()).isEqualTo(MapServerException.Kind.UNAVAILABLE));
    }
}
