package org.manhal.imports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.manhal.imports.ImportFileException;
import org.manhal.imports.ImportFormat;
import org.manhal.imports.RowError;

/** The streaming CSV reader: header mapping, separators, quoting and the file's line numbers. */
class CsvWellReaderUnitTests {

    /** What a reader delivered: "line x y type" per row, "line field CODE" per rejection. */
    private static List<String> read(String csv) {
        List<String> out = new ArrayList<>();
        CsvWellReader reader = new CsvWellReader(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        reader.readHeader();
        reader.readRows(new RowSink() {
            @Override
            public void row(long line, String[] cells) {
                out.add(line + " " + cells[ImportField.X.ordinal()] + " " + cells[ImportField.Y.ordinal()] + " "
                        + cells[ImportField.DRILLING_CONTRACTOR.ordinal()]);
            }

            @Override
            public void reject(RowError error) {
                out.add(error.line() + " " + error.field() + " " + error.code());
            }
        });
        return out;
    }

    @Test
    void numbersRecordsByTheLineTheyStartOnAcrossQuotedLineBreaks() {
        String csv = "lon,lat,contractor\r\n56.1,20.1,\"Al\nNoor\"\r\n\r\n56.2,20.2,\"say \"\"hi\"\"\"\n56.3,20.3\n";
        assertThat(read(csv)).containsExactly("2 56.1 20.1 Al\nNoor", "5 56.2 20.2 say \"hi\"", "6 row WRONG_FIELD_COUNT");
    }

    @Test
    void takesTheHeadersSeparatorAndIgnoresTheByteOrderMark() {
        assertThat(read("\uFEFFLongitude;Latitude;Drilling Contractor\n56,5;20,5;x\n")).containsExactly("2 56,5 20,5 x");
        assertThat(read("x\ty\n1\t2\n")).containsExactly("2 1 2 null");
    }

    @Test
    void reportsAQuoteLeftOpen() {
        assertThat(read("lon,lat,contractor\n56,20,\"open\n")).containsExactly("2 row UNTERMINATED_QUOTE");
    }

    @Test
    void refusesAHeaderWithoutCoordinatesAndAnEmptyFile() {
        assertThatThrownBy(() -> read("name,type\nx,BOREHOLE\n")).isInstanceOf(ImportFileException.class)
                .extracting(e -> ((ImportFileException) e).code()).isEqualTo("NO_COORDINATE_COLUMNS");
        assertThatThrownBy(() -> read("")).extracting(e -> ((ImportFileException) e).code()).isEqualTo("EMPTY_FILE");
    }

    @Test
    void matchesHeaderNamesLooselyAndShapefileNamesByTheirFirstTenCharacters() {
        assertThat(ImportField.forHeader(" Yield_M3_Per_Day ")).contains(ImportField.YIELD_M3_PER_DAY);
        assertThat(ImportField.forHeader("yieldM3Per")).contains(ImportField.YIELD_M3_PER_DAY);
        assertThat(ImportField.forHeader("owner.civilId")).contains(ImportField.OWNER_CIVIL_ID);
        assertThat(ImportField.forHeader("EASTING")).contains(ImportField.X);
        assertThat(ImportField.forHeader("colour")).isEmpty();
    }

    @Test
    void detectsTheFormatByNameThenByContent() {
        assertThat(ImportFormat.detect("w.GPKG", new byte[0])).contains(ImportFormat.GPKG);
        assertThat(ImportFormat.detect("upload", "PK\u0003\u0004...".getBytes(StandardCharsets.ISO_8859_1))).contains(ImportFormat.SHAPEFILE_ZIP);
        assertThat(ImportFormat.detect("upload", "SQLite format 3\0".getBytes(StandardCharsets.ISO_8859_1))).contains(ImportFormat.GPKG);
        assertThat(ImportFormat.detect("upload", "  {\"type\"".getBytes(StandardCharsets.ISO_8859_1))).contains(ImportFormat.GEOJSON);
        assertThat(ImportFormat.detect("upload", new byte[] {1, 2})).isEmpty();
    }
}
