package org.manhal.imports.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One readable upload (CSV, or GeoJSON: GeoPackage and Shapefile arrive converted), counting the
 * bytes read for the job's progress.
 */
public final class UploadReader implements AutoCloseable {

    private final Counting in;
    private final long totalBytes;
    private final CsvWellReader csv;
    private final FeatureStream features;
    private final GeoJsonWellReader geoJson;

    private UploadReader(Path file, boolean isCsv) throws IOException {
        this.totalBytes = Files.size(file);
        this.in = new Counting(Files.newInputStream(file));
        this.csv = isCsv ? new CsvWellReader(in) : null;
        this.features = isCsv ? null : new FeatureStream(in);
        this.geoJson = isCsv ? null : new GeoJsonWellReader(features);
    }

    public static UploadReader csv(Path file) {
        return open(file, true);
    }

    public static UploadReader geoJson(Path file) {
        return open(file, false);
    }

    private static UploadReader open(Path file, boolean isCsv) {
        try {
            return new UploadReader(file, isCsv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void readHeader() {
        if (csv != null) {
            csv.readHeader();
        } else {
            geoJson.readHeader();
        }
    }

    void readRows(RowSink sink) {
        if (csv != null) {
            csv.readRows(sink);
        } else {
            geoJson.readRows(sink);
        }
    }

    /** The GeoJSON features, for readers of other things than wells (plots, zones); null for CSV. */
    FeatureStream features() {
        return features;
    }

    List<String> ignoredColumns() {
        return csv != null ? csv.ignoredColumns() : geoJson.ignoredColumns();
    }

    /** The EPSG code the file itself names for all its rows (GeoJSON {@code crs}), or null. */
    Integer crsEpsg() {
        return geoJson == null ? null : geoJson.crsEpsg();
    }

    /** Progress through the file, 0 to 1. */
    double fractionRead() {
        return totalBytes == 0 ? 1 : Math.min(1, (double) in.count / totalBytes);
    }

    @Override
    public void close() {
        try {
            in.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts the bytes that pass. */
    private static final class Counting extends FilterInputStream {
        private volatile long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
