package org.manhal.api.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.manhal.support.Gdal;

/**
 * Plot and zone files made by GDAL itself: the test writes a CSV whose first column {@code wkt}
 * holds each row's geometry, and ogr2ogr turns it into a GeoPackage, a Shapefile (zipped here, as
 * the import expects it) or a GeoJSON FeatureCollection in the CRS named. No binaries in git.
 */
final class PolygonFiles {

    /** Oman in UTM 40N: a spot in Seeb (Muscat), about 58.107°E 23.558°N, where the tests draw in metres. */
    static final double E0 = 613_000;
    static final double N0 = 2_605_700;

    /** Each file a name of its own, so that a test can make several in its directory. */
    private static final AtomicInteger SERIAL = new AtomicInteger();

    private PolygonFiles() {
    }

    /** A rectangle in metres from (E0 + x, N0 + y), w × h, as WKT (counter-clockwise). */
    static String rect(double x, double y, double w, double h) {
        double e = E0 + x;
        double n = N0 + y;
        return String.format(Locale.ROOT, "POLYGON((%s %s,%s %s,%s %s,%s %s,%s %s))", e, n, e + w, n, e + w, n + h, e, n + h, e, n);
    }

    /**
     * The CSV layer {@code layer} (header and rows, first column wkt) as a file of {@code driver},
     * in {@code srs}, or with no CRS at all when {@code srs} is null (a GeoJSON then has no
     * {@code crs} member: the import's {@code crs} parameter names it).
     */
    static Path make(Path dir, String driver, String srs, String layer, String target, String header, String... rows) {
        try {
            int n = SERIAL.incrementAndGet();
            Path source = dir.resolve(layer + ".csv");
            Files.writeString(source, header + "\n" + String.join("\n", rows) + "\n");
            Path out = Files.createDirectories(dir.resolve("f" + n)).resolve(target);
            List<String> command = new ArrayList<>(List.of("ogr2ogr", "-f", driver, out.toString(), source.toString(),
                    "-nln", layer, "-oo", "GEOM_POSSIBLE_NAMES=wkt", "-oo", "KEEP_GEOM_COLUMNS=NO"));
            if (srs != null) {
                command.addAll(List.of("-a_srs", srs));
            }
            Gdal.run(command.toArray(String[]::new));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] geoPackage(Path dir, String srs, String header, String... rows) {
        return bytes(make(dir, "GPKG", srs, "plots", "plots.gpkg", header, rows));
    }

    static byte[] geoJson(Path dir, String srs, String header, String... rows) {
        return bytes(make(dir, "GeoJSON", srs, "plots", "plots.geojson", header, rows));
    }

    /** A Shapefile's parts, zipped. */
    static byte[] zippedShapefile(Path dir, String srs, String header, String... rows) {
        Path shp = make(dir, "ESRI Shapefile", srs, "plots", "shp", header, rows);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String ext : new String[] {".shp", ".shx", ".dbf", ".prj"}) {
                zip.putNextEntry(new ZipEntry("plots" + ext));
                Files.copy(shp.resolve("plots" + ext), (OutputStream) zip);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] bytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
