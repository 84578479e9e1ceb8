package org.manhal.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs GDAL's command line tools for the tests: fixtures are made, and exports read, by GDAL itself. */
public final class Gdal {

    private Gdal() {
    }

    /** Runs a command; answers its output, failing the test if it fails. */
    public static String run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A point layer {@code wells} made by ogr2ogr from a CSV with x/y columns, in the given format. */
    public static Path fromCsv(Path dir, String csv, String xColumn, String yColumn, String epsg, String driver, String target) {
        try {
            Path source = dir.resolve("source.csv");
            Files.writeString(source, csv);
            Path out = dir.resolve(target);
            List<String> command = new ArrayList<>(List.of("ogr2ogr", "-f", driver, out.toString(), source.toString(),
                    "-nln", "wells", "-a_srs", epsg, "-oo", "X_POSSIBLE_NAMES=" + xColumn, "-oo", "Y_POSSIBLE_NAMES=" + yColumn,
                    "-oo", "AUTODETECT_TYPE=YES"));
            run(command.toArray(String[]::new));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
