package org.manhal.data.admin;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the small name tables ({@code governorates.csv}, {@code wilayats.csv}). They are plain
 * comma-separated UTF-8 with a header and no quoting: no name contains a comma (a unit test keeps
 * it so), which keeps this reader trivial and the files diff-friendly.
 */
final class NameTable {

    private NameTable() {
    }

    /** Returns the data rows, each split into exactly {@code header.split(",").length} fields. */
    static List<String[]> read(String resource, String expectedHeader) {
        try (InputStream in = NameTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AdminDataException("Missing classpath resource " + resource);
            }
            return rows(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), resource, expectedHeader);
        } catch (IOException e) {
            throw new AdminDataException("Cannot read " + resource, e);
        }
    }

    private static List<String[]> rows(BufferedReader reader, String resource, String expectedHeader)
            throws IOException {
        String header = reader.readLine();
        if (!expectedHeader.equals(header)) {
            throw new AdminDataException(resource + " header is '" + header + "', expected '" + expectedHeader + "'");
        }
        int width = expectedHeader.split(",").length;
        List<String[]> rows = new ArrayList<>();
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String[] fields = line.split(",", -1);
            if (fields.length != width) {
                throw new AdminDataException(resource + " row has " + fields.length + " fields: " + line);
            }
            rows.add(fields);
        }
        return rows;
    }
}
