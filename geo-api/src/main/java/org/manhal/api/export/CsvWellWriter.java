package org.manhal.api.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.manhal.exports.ExportedWell;

/**
 * Writes exported wells as CSV (RFC 4180, UTF-8, {@code \n}), with the column names the import
 * reads, so that an export can be edited and imported again (its wells then come back as
 * duplicates, which is right).
 */
final class CsvWellWriter implements Consumer<ExportedWell> {

    private static final List<String> COLUMNS = List.of("id", "registryNumber", "lon", "lat", "type", "use", "status",
            "depthM", "diameterMm", "yieldM3PerDay", "staticWaterLevelM", "staticWaterLevelOn", "ecUsPerCm", "pumpType",
            "powerSource", "drillingContractor", "drilledOn", "locationAccuracy", "locationSource", "wilayat",
            "governorate");
    private static final List<String> PERSONAL = List.of("ownerName", "ownerCivilId", "plotNumber");

    private final Writer out;
    private final boolean personal;
    private final StringBuilder row = new StringBuilder(256);

    CsvWellWriter(Writer out, boolean personal) {
        this.out = out;
        this.personal = personal;
        List<String> header = new ArrayList<>(COLUMNS);
        if (personal) {
            header.addAll(PERSONAL);
        }
        write(String.join(",", header) + "\n");
    }

    @Override
    public void accept(ExportedWell w) {
        row.setLength(0);
        row.append(w.id()).append(',');
        text(w.registryNumber());
        row.append(String.format(Locale.ROOT, "%.7f,%.7f,", w.lon(), w.lat()));
        List.of(w.type(), w.use(), w.status()).forEach(this::text);
        number(w.depthM());
        number(w.diameterMm());
        number(w.yieldM3PerDay());
        number(w.staticWaterLevelM());
        text(w.staticWaterLevelOn() == null ? null : w.staticWaterLevelOn().toString());
        number(w.ecUsPerCm());
        text(w.pumpType());
        text(w.powerSource());
        text(w.drillingContractor());
        text(w.drilledOn() == null ? null : w.drilledOn().toString());
        text(w.locationAccuracy());
        text(w.locationSource());
        text(w.wilayat());
        text(w.governorate());
        if (personal) {
            text(w.ownerName());
            text(w.ownerCivilId());
            text(w.plotNumber());
        }
        row.setCharAt(row.length() - 1, '\n');
        write(row);
    }

    /** A text cell ({@link CsvCell}: quoted as RFC 4180 wants, formulas neutralised). */
    private void text(String v) {
        row.append(CsvCell.of(v)).append(',');
    }

    private void number(Double v) {
        if (v != null) {
            row.append(Numbers.plain(v));
        }
        row.append(',');
    }

    private void write(CharSequence s) {
        try {
            out.append(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
