package org.manhal.data.synthetic;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;

import org.manhal.data.admin.AdminBoundaries;

/**
 * Writes synthetic wells as CSV or as PostgreSQL {@code COPY} text, UTF-8 with {@code \n} line
 * ends, so that equal wells give equal bytes. Numbers are printed with a fixed number of decimals
 * (lon/lat 6, depth 1, diameter 0, yield 1), never in exponent form and never localised.
 * <p>
 * The output stream is flushed but not closed: the caller owns it.
 */
public final class SyntheticWellWriter {

    /** The CSV header; the same columns as the sample wells without the owner. */
    public static final String CSV_HEADER = "lon,lat,type,use,status,depthM,diameterMm,yieldM3PerDay";

    /**
     * The columns of the COPY text rows, in order, for {@code COPY t (<columns>) FROM STDIN}.
     * The last, {@code geom}, is EWKT ({@code SRID=4326;POINT(lon lat)}), which PostGIS's
     * geometry input accepts, so the rows load straight into a {@code geometry(Point, 4326)}
     * column without a second pass.
     */
    public static final List<String> COPY_COLUMNS = List.of(
            "lon", "lat", "type", "use", "status", "depth_m", "diameter_mm", "yield_m3_per_day", "geom");

    private static final int BUFFER_CHARS = 1 << 16;

    private SyntheticWellWriter() {
    }

    /** Writes the header and one row per well; returns the number of wells written. */
    public static long writeCsv(Iterator<SyntheticWell> wells, OutputStream out) {
        return write(wells, out, CSV_HEADER + "\n", ',', false);
    }

    /**
     * Writes one COPY text-format row per well (tab-separated, no header, columns
     * {@link #COPY_COLUMNS}); returns the number written. No value needs escaping: the strings
     * are fixed upper-case codes.
     */
    public static long writeCopy(Iterator<SyntheticWell> wells, OutputStream out) {
        return write(wells, out, "", '\t', true);
    }

    /** The CSV fields of one well, comma-separated, without a line end: a row of {@link #writeCsv}. */
    public static String csvFields(SyntheticWell well) {
        return appendFields(new StringBuilder(96), well, ',').toString();
    }

    private static long write(Iterator<SyntheticWell> wells, OutputStream out, String header, char separator,
            boolean withGeometry) {
        try {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER_CHARS);
            writer.write(header);
            long count = writeRows(wells, writer, separator, withGeometry);
            writer.flush();
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write synthetic wells", e);
        }
    }

    private static long writeRows(Iterator<SyntheticWell> wells, Writer writer, char separator,
            boolean withGeometry) throws IOException {
        StringBuilder row = new StringBuilder(160);
        long count = 0;
        while (wells.hasNext()) {
            SyntheticWell well = wells.next();
            row.setLength(0);
            appendFields(row, well, separator);
            if (withGeometry) {
                appendEwkt(row.append(separator), well);
            }
            writer.append(row).append('\n');
            count++;
        }
        return count;
    }

    private static StringBuilder appendFields(StringBuilder row, SyntheticWell well, char separator) {
        Decimals.append(row, well.lon(), 6).append(separator);
        Decimals.append(row, well.lat(), 6).append(separator);
        row.append(well.type()).append(separator).append(well.use()).append(separator).append(well.status());
        Decimals.append(row.append(separator), well.depthM(), 1);
        Decimals.append(row.append(separator), well.diameterMm(), 0);
        return Decimals.append(row.append(separator), well.yieldM3PerDay(), 1);
    }

    private static void appendEwkt(StringBuilder row, SyntheticWell well) {
        row.append("SRID=").append(AdminBoundaries.SRID).append(";POINT(");
        Decimals.append(row, well.lon(), 6).append(' ');
        Decimals.append(row, well.lat(), 6).append(')');
    }
}
