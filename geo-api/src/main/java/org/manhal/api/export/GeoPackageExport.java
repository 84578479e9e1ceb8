package org.manhal.api.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.manhal.crs.Crs;
import org.manhal.exports.ExportedWell;

/**
 * A GeoPackage export: the wells are written as CSV to a temporary directory, GDAL's
 * {@code ogr2ogr} turns that into a GeoPackage (layer {@code wells}, points in EPSG:4326, column
 * types detected), and the file is streamed to the client and deleted. A GeoPackage is an SQLite
 * database and cannot be written as a stream, hence the detour.
 */
final class GeoPackageExport {

    private static final long TIMEOUT_MINUTES = 30;

    private GeoPackageExport() {
    }

    static void write(Consumer<Consumer<ExportedWell>> wells, boolean personal, OutputStream out) throws IOException {
        Path dir = Files.createTempDirectory("manhal-export-");
        try {
            Path csv = dir.resolve("wells.csv");
            try (Writer w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                wells.accept(new CsvWellWriter(w, personal));
            }
            Path gpkg = dir.resolve("wells.gpkg");
            convert(csv, gpkg, dir.resolve("ogr2ogr.log"));
            Files.copy(gpkg, out);
        } finally {
            delete(dir);
        }
    }

    private static void convert(Path csv, Path gpkg, Path log) throws IOException {
        List<String> command = List.of("ogr2ogr", "-f", "GPKG", gpkg.toString(), csv.toString(), "-nln", "wells",
                "-a_srs", Crs.wgs84Code(), "-oo", "X_POSSIBLE_NAMES=lon", "-oo", "Y_POSSIBLE_NAMES=lat",
                "-oo", "AUTODETECT_TYPE=YES", "-oo", "KEEP_GEOM_COLUMNS=NO");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES) || p.exitValue() != 0) {
                p.destroyForcibly();
                throw new IOException("ogr2ogr failed: " + Files.readString(log));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
