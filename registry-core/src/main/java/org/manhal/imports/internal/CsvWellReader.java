package org.manhal.imports.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.manhal.imports.ImportFileException;
import org.manhal.imports.RowError;

/**
 * Reads a CSV file (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes; UTF-8,
 * with or without BOM) as it streams, one record at a time. The separator is the header's: comma,
 * semicolon or tab, whichever it has most of. The header names the columns ({@link ImportField});
 * columns it does not know are ignored and listed. Line numbers are the file's: the header is
 * line 1, and a record spanning lines is numbered by its first.
 */
public final class CsvWellReader {

    private static final int BUFFER = 1 << 16;

    private final Reader in;
    private final char[] buffer = new char[BUFFER];
    private int pos;
    private int limit;
    private long line = 1;
    private char separator = ',';
    private int[] fieldOfColumn;
    private List<String> ignored = List.of();

    CsvWellReader(InputStream in) {
        this.in = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    /** Reads and maps the header; a header without coordinate columns is refused. */
    void readHeader() {
        List<String> header = new ArrayList<>();
        String first = rawFirstLine();
        separator = separatorOf(first);
        if (!record(header, first)) {
            throw emptyFile();
        }
        map(header);
    }

    /** The header's columns that no field matches, as written. */
    List<String> ignoredColumns() {
        return ignored;
    }

    /** Reads every record after the header into the sink. */
    void readRows(RowSink sink) {
        List<String> fields = new ArrayList<>();
        String[] cells = new String[ImportField.values().length];
        while (true) {
            long start = line;
            fields.clear();
            boolean complete;
            try {
                complete = readRecord(fields);
            } catch (UnterminatedQuote e) {
                sink.reject(RowError.of(start, "row", "UNTERMINATED_QUOTE",
                        "علامة الاقتباس في السطر " + start + " لم تُغلق حتى نهاية الملف.",
                        "The quote opened on line " + start + " is never closed before the end of the file."));
                return;
            }
            if (fields.isEmpty() && !complete) {
                return;
            }
            if (fields.size() == 1 && fields.get(0).isBlank()) {
                continue;   // an empty line
            }
            emit(start, fields, cells, sink);
        }
    }

    private void emit(long start, List<String> fields, String[] cells, RowSink sink) {
        if (fields.size() != fieldOfColumn.length) {
            sink.reject(RowError.of(start, "row", "WRONG_FIELD_COUNT",
                    "في السطر " + fields.size() + " حقلاً بينما في الترويسة " + fieldOfColumn.length + ".",
                    "The line has " + fields.size() + " fields where the header has " + fieldOfColumn.length + "."));
            return;
        }
        Arrays.fill(cells, null);
        for (int i = 0; i < fieldOfColumn.length; i++) {
            if (fieldOfColumn[i] >= 0) {
                String v = fields.get(i).trim();
                cells[fieldOfColumn[i]] = v.isEmpty() ? null : v;
            }
        }
        sink.row(start, cells);
    }

    private void map(List<String> header) {
        fieldOfColumn = new int[header.size()];
        boolean[] taken = new boolean[ImportField.values().length];
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            int field = ImportField.forHeader(header.get(i)).map(Enum::ordinal).orElse(-1);
            if (field >= 0 && taken[field]) {
                field = -1;  // a second column for the same field: the first one counts
            }
            if (field < 0) {
                unknown.add(header.get(i));
            } else {
                taken[field] = true;
            }
            fieldOfColumn[i] = field;
        }
        ignored = List.copyOf(unknown);
        boolean xy = taken[ImportField.X.ordinal()] && taken[ImportField.Y.ordinal()];
        if (!xy && !taken[ImportField.COORDINATES.ordinal()]) {
            throw noCoordinates(header);
        }
    }

    /** Peeks at the first line without consuming it, to choose the separator. */
    private String rawFirstLine() {
        fill();
        int end = pos;
        while (end < limit && buffer[end] != '\n' && buffer[end] != '\r') {
            end++;
        }
        if (pos < limit && buffer[pos] == '\uFEFF') {
            pos++;
        }
        return new String(buffer, pos, Math.max(0, end - pos));
    }

    private static char separatorOf(String header) {
        char best = ',';
        long bestCount = header.chars().filter(c -> c == ',').count();
        for (char c : new char[] {';', '\t'}) {
            long n = header.chars().filter(ch -> ch == c).count();
            if (n > bestCount) {
                best = c;
                bestCount = n;
            }
        }
        return best;
    }

    private boolean record(List<String> fields, String firstLine) {
        if (firstLine.isBlank()) {
            return false;
        }
        return readRecord(fields) || !fields.isEmpty();
    }

    /**
     * Reads one record into {@code fields}; false at the end of the file (fields may then hold a
     * last record without a line break).
     */
    private boolean readRecord(List<String> fields) {
        StringBuilder field = new StringBuilder(32);
        boolean quoted = false;
        boolean any = false;
        while (true) {
            int c = next();
            if (c < 0) {
                if (quoted) {
                    throw new UnterminatedQuote();
                }
                if (any) {
                    fields.add(field.toString());
                }
                return false;
            }
            any = true;
            if (quoted) {
                if (c == '"') {
                    if (peek() == '"') {
                        next();
                        field.append('"');
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && peek() == '\n') {
                    next();
                }
                line++;
                fields.add(field.toString());
                return true;
            } else {
                field.append((char) c);
            }
        }
    }

    private int next() {
        if (pos >= limit && !fill()) {
            return -1;
        }
        return buffer[pos++];
    }

    private int peek() {
        if (pos >= limit && !fill()) {
            return -1;
        }
        return buffer[pos];
    }

    private boolean fill() {
        if (pos < limit) {
            return true;
        }
        try {
            int n = in.read(buffer, 0, BUFFER);
            pos = 0;
            limit = Math.max(n, 0);
            return n > 0;
        } catch (CharacterCodingException e) {
            throw new ImportFileException("UNREADABLE_CSV",
                    "الملف ليس نصاً بترميز UTF-8 صالح (قرب السطر " + line + ").",
                    "The file is not valid UTF-8 text (near line " + line + ").");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ImportFileException emptyFile() {
        return new ImportFileException("EMPTY_FILE", "الملف فارغ: لا ترويسة ولا صفوف.",
                "The file is empty: no header and no rows.");
    }

    private static ImportFileException noCoordinates(List<String> header) {
        String accepted = "lon/lat, longitude/latitude, x/y, easting/northing, coordinates";
        String found = header.stream().collect(Collectors.joining(", "));
        return new ImportFileException("NO_COORDINATE_COLUMNS",
                "ترويسة الملف (" + found + ") لا تسمّي أعمدة الإحداثيات. الأسماء المقبولة: " + accepted + ".",
                "The header (" + found + ") names no coordinate columns. Accepted names: " + accepted + ".");
    }

    /** A quoted field still open at the end of the file. */
    private static final class UnterminatedQuote extends RuntimeException {
        UnterminatedQuote() {
            super(null, null, false, false);
        }
    }
}
