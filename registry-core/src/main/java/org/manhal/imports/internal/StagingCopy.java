package org.manhal.imports.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.manhal.common.Violation;
import org.manhal.crs.CoordinateText;
import org.manhal.crs.InputCrs;
import org.manhal.imports.RowError;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams the rows a reader produces into the transaction's staging table {@code import_raw} with
 * COPY (text format), as text: typing and every rule of substance are the set-based validation's
 * ({@link ImportValidation}). Here only what must be settled per row before SQL can see it: the
 * coordinates typed as one text ({@code 22°56'N 57°31'E}) are split into x and y, and the CRS
 * name is resolved to its EPSG code. Rows that fail that are collected as {@link RowError}s. The
 * licences cell is read and checked by the registration's rules ({@link LicenceCell}) and staged as
 * the JSON the registry stores.
 */
public final class StagingCopy implements RowSink {

    /** The attribute fields, in the order of the staging columns after line, srid, x, y, original. */
    static final List<ImportField> ATTRIBUTES = Arrays.stream(ImportField.values())
            .filter(f -> f.ordinal() >= ImportField.REGISTRY_NUMBER.ordinal()).toList();

    private static final int FLUSH_BYTES = 1 << 18;

    private final CopyIn copy;
    private final int defaultSrid;
    private final StringBuilder buffer = new StringBuilder(FLUSH_BYTES + 4096);
    private final List<RowError> rejected = new ArrayList<>();
    private final Map<String, Integer> sridOfName = new HashMap<>();
    private long staged;

    private StagingCopy(CopyIn copy, int defaultSrid) {
        this.copy = copy;
        this.defaultSrid = defaultSrid;
    }

    /** Creates the staging table in the connection's transaction and opens the COPY into it. */
    static StagingCopy open(Connection c, int defaultSrid) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("create temporary table import_raw (line bigint, srid int, x text, y text, original text, "
                    + ATTRIBUTES.stream().map(f -> f.column() + " text").collect(Collectors.joining(", "))
                    + ") on commit drop");
        }
        CopyIn copy = c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy import_raw from stdin");
        return new StagingCopy(copy, defaultSrid);
    }

    @Override
    public void row(long line, String[] cells) {
        String x = cells[ImportField.X.ordinal()];
        String y = cells[ImportField.Y.ordinal()];
        String original = x == null && y == null ? null : (x == null ? "" : x) + " " + (y == null ? "" : y);
        String typed = cells[ImportField.COORDINATES.ordinal()];
        if (x == null && y == null && typed != null) {
            Optional<double[]> xy = CoordinateText.parse(typed);
            if (xy.isEmpty()) {
                reject(unreadable(line, typed));
                return;
            }
            x = Double.toString(xy.get()[0]);
            y = Double.toString(xy.get()[1]);
            original = typed;
        }
        Integer srid = srid(cells[ImportField.CRS.ordinal()]);
        if (srid == null) {
            reject(unsupportedCrs(line, cells[ImportField.CRS.ordinal()]));
            return;
        }
        // Licences are read and checked here, per row, by the registration's own rules; the row is
        // staged all the same, so that its other errors are reported too (and it is not registered).
        LicenceCell.Parsed licences = LicenceCell.parse(cells[ImportField.LICENCES.ordinal()]);
        for (Violation v : licences.violations()) {
            reject(new RowError(line, v.field(), v.code(), v.message()));
        }
        cells[ImportField.LICENCES.ordinal()] = licences.json();
        append(line, srid, x, y, original, cells);
    }

    @Override
    public void reject(RowError error) {
        rejected.add(error);
    }

    /** Ends the COPY; answers how many rows were staged. */
    long finish() throws SQLException {
        flush();
        copy.endCopy();
        return staged;
    }

    /** Cancels the COPY after a failure, so that the connection can roll back. */
    void cancel() {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException e) {
            // the transaction is rolled back anyway
        }
    }

    List<RowError> rejected() {
        return rejected;
    }

    long staged() {
        return staged;
    }

    private Integer srid(String name) {
        if (name == null) {
            return defaultSrid;
        }
        return sridOfName.computeIfAbsent(name, n -> InputCrs.byName(n).map(InputCrs::epsg).orElse(null));
    }

    private void append(long line, int srid, String x, String y, String original, String[] cells) {
        buffer.append(line).append('\t').append(srid);
        text(x);
        text(y);
        text(original);
        for (ImportField f : ATTRIBUTES) {
            text(cells[f.ordinal()]);
        }
        buffer.append('\n');
        staged++;
        if (buffer.length() >= FLUSH_BYTES) {
            flush();
        }
    }

    /** Appends a tab and the value in COPY text format: backslash escapes, \N for null. */
    private void text(String v) {
        buffer.append('\t');
        if (v == null) {
            buffer.append("\\N");
            return;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '\\' -> buffer.append("\\\\");
                case '\t' -> buffer.append("\\t");
                case '\n' -> buffer.append("\\n");
                case '\r' -> buffer.append("\\r");
                default -> buffer.append(c);
            }
        }
    }

    private void flush() {
        if (buffer.length() == 0) {
            return;
        }
        byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
        buffer.setLength(0);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
        } catch (SQLException e) {
            throw new StagingFailedException(e);
        }
    }

    private static RowError unreadable(long line, String typed) {
        return RowError.of(line, "location", "UNREADABLE_COORDINATES",
                "تعذرت قراءة الإحداثيات «" + typed + "»: اكتب رقمين (الشرقي ثم الشمالي، أو خط الطول ثم دائرة العرض) أو درجات ودقائق وثوانٍ مع N/E.",
                "Could not read the coordinates '" + typed + "': write two numbers (easting then northing, or longitude then latitude) or degrees-minutes-seconds with N/E.");
    }

    private static RowError unsupportedCrs(long line, String name) {
        String accepted = Arrays.stream(InputCrs.values()).map(InputCrs::code).collect(Collectors.joining(", "));
        return RowError.of(line, "crs", "UNSUPPORTED_CRS",
                "نظام الإحداثيات «" + name + "» غير مقبول. المقبول: " + accepted + ".",
                "The coordinate reference system '" + name + "' is not accepted. Accepted: " + accepted + ".");
    }

    /** The database refused the staged rows. */
    static final class StagingFailedException extends RuntimeException {
        StagingFailedException(SQLException cause) {
            super(cause);
        }
    }
}
