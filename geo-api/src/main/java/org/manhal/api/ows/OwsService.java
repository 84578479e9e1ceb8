package org.manhal.api.ows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * WMS/WFS through MapServer: at start it writes the mapfile of the catalogue's layers, the config
 * file naming it and the font list into {@code manhal.ows.dir}, then sends requests to MapServer
 * as FastCGI ({@code manhal.ows.mapserver-url}) or as CGI. The mapfile holds the publishing role's
 * password: only the service's user may read it (0600).
 */
@Component
public class OwsService {

    private static final Logger log = LoggerFactory.getLogger(OwsService.class);

    private final Path dir;
    private final MapServer mapServer;
    private final List<OwsLayer> layers;

    OwsService(OwsProperties properties, OwsLayers catalogue, OwsDatabase database) {
        this.layers = catalogue.all();
        this.dir = directory(properties);
        Path mapfile = dir.resolve("manhal.map");
        Path config = dir.resolve("mapserver.conf");
        write(dir.resolve("fonts.txt"), MapfileWriter.fonts(properties.font()));
        write(mapfile, MapfileWriter.mapfile(layers, database.connection()));
        write(config, MapfileWriter.config(mapfile));
        this.mapServer = properties.fastCgi() ? new FastCgiMapServer(properties) : new CgiMapServer(properties, config);
        log.info("MapServer mapfile with {} layers written to {}; MapServer reached {}", layers.size(), mapfile,
                properties.fastCgi() ? "at " + properties.mapserverUrl() : "as CGI (" + properties.mapserv() + ")");
    }

    /** The layers MapServer publishes, in the catalogue's order. */
    public List<OwsLayer> layers() {
        return layers;
    }

    /**
     * MapServer's answer to an OWS query; its own failure page ("MapServer Message", HTML: it names
     * files and the database) or a 5xx becomes a {@link MapServerException}, the page kept in the log.
     */
    MapServerAnswer get(String owsQuery) {
        return checked(mapServer.get("map=" + MapfileWriter.MAP_ALIAS + "&" + owsQuery), dir);
    }

    /** MapServer's answer to a WFS request sent as an XML body (checked by the controller); as {@link #get}. */
    MapServerAnswer post(String contentType, byte[] body) {
        return checked(mapServer.post("map=" + MapfileWriter.MAP_ALIAS, contentType, body), dir);
    }

    static MapServerAnswer checked(MapServerAnswer answer, Path dir) {
        if (!answer.contentType().startsWith("text/html") && answer.status() < 500) {
            return answer;
        }
        try (answer) {
            String page = new String(answer.body().readNBytes(4096), StandardCharsets.UTF_8);
            log.warn("MapServer failed ({}): {}", answer.status(), page.replace(dir.toString(), "…").replaceAll("\\s+", " "));
        } catch (IOException e) {
            log.warn("MapServer failed ({}) and its page could not be read", answer.status());
        }
        throw new MapServerException(MapServerException.Kind.FAILED, OwsProblems.FAILED_TEXT, "MapServer error page");
    }

    /** The directory of the generated files: never shown to clients. */
    Path directory() {
        return dir;
    }

    private static Path directory(OwsProperties properties) {
        try {
            Path d = properties.dir().isBlank() ? Files.createTempDirectory("manhal-ows") : Path.of(properties.dir());
            Files.createDirectories(d);
            return d.toAbsolutePath().normalize();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create manhal.ows.dir " + properties.dir(), e);
        }
    }

    /** Written beside and moved into place, so that a MapServer reading it never sees half a file. */
    private static void write(Path file, String text) {
        try {
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.deleteIfExists(tmp);
            Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
