package org.manhal.imports;

import org.manhal.common.Text;

/**
 * Why one row of an import file was rejected.
 *
 * @param line where the row is: in a CSV file its line number (line 1 is the header); in GeoJSON,
 *             GeoPackage and Shapefile the feature's position, counting from 1
 * @param field the field in the API's terms ({@code location}, {@code depthM}, {@code owner.civilId}),
 *              or {@code row} for a row that could not be read at all
 * @param code a stable code; the same as a single registration's where the rule is the same
 * @param message what is wrong, in Arabic and English
 */
public record RowError(long line, String field, String code, Text message) {

    public static RowError of(long line, String field, String code, String ar, String en) {
        return new RowError(line, field, code, new Text(ar, en));
    }
}
