package org.manhal.api.export;

/**
 * A text cell of a CSV file as every export of the service writes it: quoted when it must be
 * (RFC 4180), and with a leading apostrophe when a spreadsheet would take it for a formula (it
 * starts with {@code = + - @}, a tab or a carriage return: a contractor's name typed as
 * {@code =HYPERLINK(…)}), so that opening an export never runs what someone typed (OWASP, CSV
 * injection). Numbers are not cells of this kind: they keep their sign.
 */
public final class CsvCell {

    private CsvCell() {
    }

    /** The cell for {@code v}; empty for null. */
    public static String of(String v) {
        if (v == null) {
            return "";
        }
        String cell = !v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0 ? "'" + v : v;
        boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0 || cell.indexOf('\r') >= 0;
        return quote ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}
