package org.manhal.imports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.manhal.imports.ImportFileException;

/**
 * Turns a GeoPackage or a zipped Shapefile into GeoJSON with GDAL's {@code ogr2ogr} (Debian's
 * gdal-bin), so that one streaming reader serves every format. The layer keeps its CRS: ogr2ogr
 * names it in the GeoJSON's {@code crs} member, and the import reprojects in PostGIS like any UTM
 * row. The first layer is read.
 *
 * <p>A zip is never trusted: only the Shapefile's own parts are extracted, under names of our own
 * (so that no entry path can point outside the work directory), at most {@value #MAX_ENTRIES} entries and
 * a bounded number of uncompressed bytes (a zip bomb stops there).
 */
public final class OgrConversion {

    private static final int MAX_ENTRIES = 1_000;
    private static final List<String> SHAPEFILE_PARTS = List.of(".shp", ".shx", ".dbf", ".prj", ".cpg");

    private final Duration timeout;
    private final long maxUncompressedBytes;

    public OgrConversion(Duration timeout, long maxUncompressedBytes) {
        this.timeout = timeout;
        this.maxUncompressedBytes = maxUncompressedBytes;
    }

    /**
     * Extracts the first Shapefile of a zip (its .shp and the parts with the same path and name)
     * into {@code dir} as {@code upload.*}; answers the .shp.
     */
    public Path extractShapefile(Path zip, Path dir) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            List<? extends ZipEntry> entries = file.stream().limit(MAX_ENTRIES + 1L).toList();
            if (entries.size() > MAX_ENTRIES) {
                throw tooBig();
            }
            String stem = entries.stream().filter(e -> !e.isDirectory() && extension(e.getName()).equals(".shp"))
                    .map(e -> e.getName().substring(0, e.getName().length() - 4)).findFirst().orElseThrow(this::noShapefile);
            long total = 0;
            for (ZipEntry e : entries) {
                String ext = extension(e.getName());
                if (!e.isDirectory() && SHAPEFILE_PARTS.contains(ext)
                        && e.getName().substring(0, e.getName().length() - ext.length()).equals(stem)) {
                    try (InputStream in = file.getInputStream(e)) {
                        // the target name is ours: nothing of the entry's path reaches the file system
                        total += copyBounded(in, dir.resolve("upload" + ext), maxUncompressedBytes - total);
                    }
                }
            }
        } catch (ZipException e) {
            throw notAZip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!Files.exists(dir.resolve("upload.dbf")) || !Files.exists(dir.resolve("upload.shx"))) {
            throw noShapefile();
        }
        return dir.resolve("upload.shp");
    }

    private ImportFileException noShapefile() {
        return new ImportFileException("NO_SHAPEFILE",
                "الملف المضغوط لا يحوي ملف أشكال كاملاً (.shp مع .shx و .dbf).",
                "The zip holds no complete Shapefile (a .shp with its .shx and .dbf).");
    }

    /** Converts the first layer of a GDAL-readable file to GeoJSON in {@code dir}. */
    public Path toGeoJson(Path source, Path dir) {
        Path out = dir.resolve("converted.geojson");
        List<String> command = new ArrayList<>(List.of("ogr2ogr", "-f", "GeoJSON", "-lco", "RFC7946=NO",
                out.toString(), source.toString()));
        firstLayer(source, dir).ifPresent(command::add);
        run(command, dir.resolve("ogr2ogr.log"));
        return out;
    }

    private Optional<String> firstLayer(Path source, Path dir) {
        String listing = run(List.of("ogrinfo", "-q", "-ro", source.toString()), dir.resolve("ogrinfo.log"));
        return listing.lines().map(String::trim).filter(l -> l.matches("1: .*"))
                .map(l -> l.substring(3).replaceFirst(" \\([^)]*\\)$", "")).findFirst();
    }

    /** Runs a GDAL tool; its output and errors go to {@code log}, returned when it succeeds. */
    private String run(List<String> command, Path log) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw unreadable("timed out after " + timeout.toSeconds() + " s");
            }
            String output = Files.readString(log, StandardCharsets.UTF_8);
            if (p.exitValue() != 0) {
                throw unreadable(output.lines().filter(l -> l.contains("ERROR")).findFirst().orElse(output.strip()));
            }
            return output;
        } catch (IOException e) {
            throw unreadable("cannot run " + command.get(0) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw unreadable("interrupted");
        }
    }

    private long copyBounded(InputStream in, Path target, long allowed) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long written = 0;
        try (var out = Files.newOutputStream(target)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                written += n;
                if (written > allowed) {
                    throw tooBig();
                }
                out.write(buffer, 0, n);
            }
        }
        return written;
    }

    private static String extension(String name) {
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        return dot <= slash ? "" : name.substring(dot).toLowerCase(Locale.ROOT);
    }

    private ImportFileException tooBig() {
        return new ImportFileException("ZIP_TOO_LARGE",
                "الملف المضغوط أكبر من المسموح بعد فك الضغط (" + maxUncompressedBytes / (1 << 20) + " م.ب).",
                "The zip is larger than allowed once uncompressed (" + maxUncompressedBytes / (1 << 20) + " MiB).");
    }

    private static ImportFileException notAZip() {
        return new ImportFileException("NOT_A_ZIP", "الملف ليس ملفاً مضغوطاً (zip) صالحاً.",
                "The file is not a valid zip archive.");
    }

    private static ImportFileException unreadable(String detail) {
        return new ImportFileException("UNREADABLE_FILE", "تعذرت قراءة الملف بـ GDAL: " + detail,
                "GDAL could not read the file: " + detail);
    }
}
