package org.manhal.api.publishing.ogc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.manhal.api.publishing.Attribute;
import org.manhal.api.publishing.AttributeType;
import org.manhal.api.publishing.LayerDefinition;
import org.manhal.common.InvalidInputException;
import org.manhal.common.Violation;

/**
 * A parser of the CQL2 text that OGC API Features Part 3's {@code filter} carries, into a
 * parameterised SQL condition on a layer's publication view. It reads
 * <ul>
 *   <li>the logical operators {@code AND}, {@code OR}, {@code NOT} and parentheses;</li>
 *   <li>comparisons {@code = <> < > <= >=} of a queryable with a literal (string, number, boolean,
 *       {@code DATE('…')}, {@code TIMESTAMP('…')}), {@code IS [NOT] NULL}, {@code [NOT] LIKE},
 *       {@code [NOT] BETWEEN … AND …}, {@code [NOT] IN (…)};</li>
 *   <li>{@code S_INTERSECTS(geometry, …)} with a {@code BBOX(…)} or a WKT POINT, LINESTRING,
 *       POLYGON or MULTIPOLYGON (in {@code filter-crs}, CRS84 by default).</li>
 * </ul>
 * Anything else (functions, arithmetic, other spatial or temporal operators, a property that is
 * not a queryable, a literal of the wrong type) is refused with a 400 naming what and where. The
 * values become parameters; column names come from the catalogue, never from the filter.
 */
final class Cql2Text {

    /** The longest filter read (a detailed polygon fits; a hostile megabyte does not). */
    static final int MAX_LENGTH = 100_000;
    private static final int MAX_DEPTH = 50;
    private static final int MAX_VERTICES = 20_000;
    private static final Set<String> GEOMETRY_PROPERTIES = Set.of("geometry", "geom");
    private static final Set<String> WKT_TYPES = Set.of("POINT", "LINESTRING", "POLYGON", "MULTIPOLYGON", "MULTIPOINT",
            "MULTILINESTRING");

    private final String text;
    private final LayerDefinition layer;
    private final OgcCrs crs;
    private final List<Token> tokens;
    private final Map<String, Object> params = new LinkedHashMap<>();
    private int next;
    private int depth;

    private Cql2Text(String text, LayerDefinition layer, OgcCrs crs) {
        this.text = text;
        this.layer = layer;
        this.crs = crs;
        this.tokens = tokenize(text);
    }

    /** The condition {@code filter} states on the layer's view (aliased {@code v}), literals' coordinates in {@code crs}. */
    static SqlCondition parse(String filter, LayerDefinition layer, OgcCrs crs) {
        if (filter.length() > MAX_LENGTH) {
            throw error("CQL2_TOO_LONG", "المرشح أطول من " + MAX_LENGTH + " حرف.", "The filter is longer than " + MAX_LENGTH + " characters.");
        }
        Cql2Text p = new Cql2Text(filter, layer, crs);
        String sql = p.or();
        if (p.next < p.tokens.size()) {
            throw p.unexpected(p.tokens.get(p.next));
        }
        return new SqlCondition(sql, p.params);
    }

    // -- grammar ---------------------------------------------------------------------------------

    private String or() {
        enter();
        String left = and();
        while (accept("OR")) {
            left = "(" + left + " or " + and() + ")";
        }
        depth--;
        return left;
    }

    private String and() {
        String left = not();
        while (accept("AND")) {
            left = "(" + left + " and " + not() + ")";
        }
        return left;
    }

    private String not() {
        if (accept("NOT")) {
            enter();
            String inner = not();
            depth--;
            return "(not " + inner + ")";
        }
        return primary();
    }

    private String primary() {
        Token t = peek();
        if (t.is("(")) {
            next++;
            String inner = or();
            expect(")");
            return inner;
        }
        if (t.keyword("TRUE") || t.keyword("FALSE")) {
            next++;
            return t.keyword("TRUE") ? "true" : "false";
        }
        if (t.keyword("S_INTERSECTS")) {
            next++;
            return intersects();
        }
        if (t.kind == Kind.WORD && peekAt(1).is("(")) {
            throw unsupported(t, "the function " + t.text, "الدالة " + t.text);
        }
        if (t.kind == Kind.WORD || t.kind == Kind.QUOTED) {
            next++;
            return predicate(property(t));
        }
        throw unexpected(t);
    }

    private String predicate(Attribute a) {
        String column = "v." + a.column();
        if (accept("IS")) {
            boolean negated = accept("NOT");
            expectKeyword("NULL");
            return column + (negated ? " is not null" : " is null");
        }
        boolean negated = accept("NOT");
        if (accept("LIKE")) {
            if (a.type() != AttributeType.STRING) {
                throw typeError(a, "LIKE");
            }
            Token pattern = take();
            if (pattern.kind != Kind.STRING) {
                throw expected(pattern, "a 'pattern'", "نمطاً بين علامتي اقتباس");
            }
            return column + (negated ? " not like " : " like ") + param(pattern.text);
        }
        if (accept("BETWEEN")) {
            Object low = literal(a);
            expectKeyword("AND");
            Object high = literal(a);
            return column + (negated ? " not between " : " between ") + param(low) + " and " + param(high);
        }
        if (accept("IN")) {
            expect("(");
            List<String> values = new ArrayList<>();
            do {
                values.add(param(literal(a)));
            } while (accept(","));
            expect(")");
            return column + (negated ? " not in (" : " in (") + String.join(", ", values) + ")";
        }
        if (negated) {
            throw expected(peek(), "LIKE, BETWEEN or IN after NOT", "LIKE أو BETWEEN أو IN بعد NOT");
        }
        Token op = take();
        if (op.kind != Kind.OPERATOR) {
            throw expected(op, "a comparison (=, <>, <, >, <=, >=, LIKE, BETWEEN, IN, IS NULL)",
                    "مقارنة (=، <>، <، >، <=، >=، LIKE، BETWEEN، IN، IS NULL)");
        }
        Object value = literal(a);
        if (a.type() == AttributeType.BOOLEAN && !op.is("=") && !op.is("<>")) {
            throw typeError(a, op.text);
        }
        return column + " " + op.text + " " + param(value);
    }

    private String intersects() {
        expect("(");
        Token first = take();
        if (!(first.kind == Kind.WORD || first.kind == Kind.QUOTED) || !GEOMETRY_PROPERTIES.contains(first.text)) {
            throw expected(first, "the property geometry", "الخاصية geometry");
        }
        expect(",");
        String literal = spatialLiteral();
        expect(")");
        return "ST_Intersects(v.geom, " + literal + ")";
    }

    private String spatialLiteral() {
        Token t = take();
        String srid = String.valueOf(crs.srid());
        if (t.keyword("BBOX")) {
            expect("(");
            List<Double> n = new ArrayList<>();
            do {
                Token number = take();
                if (number.kind != Kind.NUMBER) {
                    throw expected(number, "a number", "رقماً");
                }
                n.add(Double.parseDouble(number.text));
            } while (accept(","));
            expect(")");
            if (n.size() != 4 && n.size() != 6) {
                throw error("CQL2_BBOX", "يحتاج BBOX إلى 4 أرقام (أو 6).", "BBOX takes 4 numbers (or 6).");
            }
            int half = n.size() / 2;
            Envelope e = new Envelope(n.get(0), n.get(half), n.get(1), n.get(half + 1));
            if (n.get(0) > n.get(half) || n.get(1) > n.get(half + 1)) {
                throw error("CQL2_BBOX", "في BBOX يجب أن يسبق الحد الأدنى الحد الأعلى.", "BBOX must give the lower corner first.");
            }
            checkExtent(e);
            return transformed("ST_MakeEnvelope(" + param(e.getMinX()) + ", " + param(e.getMinY()) + ", " + param(e.getMaxX())
                    + ", " + param(e.getMaxY()) + ", " + srid + ")");
        }
        if (t.kind == Kind.WORD && WKT_TYPES.contains(t.text.toUpperCase(Locale.ROOT))) {
            Token body = take();
            if (body.kind != Kind.WKT_BODY) {
                throw expected(body, "the coordinates in parentheses", "الإحداثيات بين قوسين");
            }
            Geometry g;
            try {
                g = new WKTReader().read(t.text.toUpperCase(Locale.ROOT) + " " + body.text);
            } catch (ParseException | IllegalArgumentException e) {
                throw error("CQL2_GEOMETRY", "هندسة WKT غير صالحة: " + e.getMessage(), "Not a valid WKT geometry: " + e.getMessage());
            }
            if (g.getNumPoints() > MAX_VERTICES) {
                throw error("CQL2_GEOMETRY", "للهندسة أكثر من " + MAX_VERTICES + " رأس.", "The geometry has more than " + MAX_VERTICES + " vertices.");
            }
            IsValidOp valid = new IsValidOp(g);
            if (g.isEmpty() || !valid.isValid()) {
                String why = g.isEmpty() ? "empty" : valid.getValidationError().getMessage();
                throw error("CQL2_GEOMETRY", "هندسة غير صالحة (" + why + ")، لا تُصحَّح تلقائياً.",
                        "Invalid geometry (" + why + "); it is not repaired.");
            }
            checkExtent(g.getEnvelopeInternal());
            return transformed("ST_GeomFromText(" + param(new WKTWriter().write(g)) + ", " + srid + ")");
        }
        throw expected(t, "BBOX(…) or a WKT POINT, LINESTRING, POLYGON or MULTIPOLYGON",
                "BBOX(…) أو هندسة WKT من نوع POINT أو LINESTRING أو POLYGON أو MULTIPOLYGON");
    }

    private String transformed(String geometry) {
        return crs == OgcCrs.CRS84 ? geometry : "ST_Transform(" + geometry + ", 4326)";
    }

    private void checkExtent(Envelope e) {
        boolean ok = crs == OgcCrs.CRS84
                ? e.getMinX() >= -180 && e.getMaxX() <= 180 && e.getMinY() >= -90 && e.getMaxY() <= 90
                : Math.abs(e.getMinX()) < 1e7 && Math.abs(e.getMaxX()) < 1e7 && Math.abs(e.getMinY()) < 1e8 && Math.abs(e.getMaxY()) < 1e8;
        if (!ok || !Double.isFinite(e.getWidth()) || !Double.isFinite(e.getHeight())) {
            throw error("CQL2_GEOMETRY", "الإحداثيات خارج نطاق " + crs.uri() + ".", "Coordinates outside the range of " + crs.uri() + ".");
        }
    }

    private Object literal(Attribute a) {
        Token t = take();
        AttributeType type = a.type();
        switch (type) {
            case STRING -> {
                if (t.kind == Kind.STRING) {
                    return t.text;
                }
            }
            case INTEGER, NUMBER -> {
                if (t.kind == Kind.NUMBER) {
                    return new BigDecimal(t.text);
                }
            }
            case BOOLEAN -> {
                if (t.keyword("TRUE") || t.keyword("FALSE")) {
                    return t.keyword("TRUE");
                }
            }
            case DATE, DATE_TIME -> {
                if ((t.keyword("DATE") || t.keyword("TIMESTAMP")) && accept("(")) {
                    Token value = take();
                    expect(")");
                    if (value.kind == Kind.STRING) {
                        return instant(a, value);
                    }
                } else if (t.kind == Kind.STRING) {
                    return instant(a, t);
                }
            }
            default -> throw new IllegalStateException(type.name());
        }
        throw typeError(a, t.text);
    }

    private Object instant(Attribute a, Token value) {
        try {
            if (value.text.length() == 10) {
                LocalDate d = LocalDate.parse(value.text);
                return a.type() == AttributeType.DATE ? d : d.atStartOfDay(java.time.ZoneOffset.UTC).toOffsetDateTime();
            }
            OffsetDateTime t = OffsetDateTime.parse(value.text);
            return a.type() == AttributeType.DATE ? t.toLocalDate() : t;
        } catch (DateTimeParseException e) {
            throw error("CQL2_LITERAL", "«" + value.text + "» ليس تاريخاً بصيغة ISO 8601.", "'" + value.text + "' is not an ISO 8601 date or time.");
        }
    }

    private Attribute property(Token t) {
        return layer.publicAttribute(t.text).orElseThrow(() -> error("CQL2_PROPERTY",
                "«" + t.text + "» ليست من الخصائص القابلة للاستعلام في " + layer.id() + ": " + names() + ".",
                "'" + t.text + "' is not a queryable of " + layer.id() + ": " + names() + "."));
    }

    private String names() {
        return String.join(", ", layer.publicAttributes().stream().map(Attribute::name).toList()) + ", geometry";
    }

    private String param(Object value) {
        String name = "cql" + params.size();
        params.put(name, value);
        return ":" + name;
    }

    // -- tokens ----------------------------------------------------------------------------------

    private enum Kind { WORD, QUOTED, STRING, NUMBER, OPERATOR, PUNCTUATION, WKT_BODY, END }

    private record Token(Kind kind, String text, int position) {

        boolean is(String punctuation) {
            return (kind == Kind.PUNCTUATION || kind == Kind.OPERATOR) && text.equals(punctuation);
        }

        boolean keyword(String word) {
            return kind == Kind.WORD && text.equalsIgnoreCase(word);
        }
    }

    private static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'') {
                StringBuilder b = new StringBuilder();
                int start = i++;
                while (true) {
                    if (i >= s.length()) {
                        throw error("CQL2_SYNTAX", "نص لم يُغلق بعلامة اقتباس (الموضع " + start + ").",
                                "A string is not closed (position " + start + ").");
                    }
                    if (s.charAt(i) == '\'') {
                        if (i + 1 < s.length() && s.charAt(i + 1) == '\'') {
                            b.append('\'');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    b.append(s.charAt(i++));
                }
                out.add(new Token(Kind.STRING, b.toString(), start));
            } else if (c == '"') {
                int end = s.indexOf('"', i + 1);
                if (end < 0) {
                    throw error("CQL2_SYNTAX", "اسم لم يُغلق بعلامة اقتباس مزدوجة.", "A quoted name is not closed.");
                }
                out.add(new Token(Kind.QUOTED, s.substring(i + 1, end), i));
                i = end + 1;
            } else if (Character.isDigit(c) || (c == '-' || c == '+' || c == '.') && i + 1 < s.length()
                    && (Character.isDigit(s.charAt(i + 1)) || s.charAt(i + 1) == '.')) {
                int start = i++;
                while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '.' || s.charAt(i) == 'e'
                        || s.charAt(i) == 'E' || (s.charAt(i) == '-' || s.charAt(i) == '+') && (s.charAt(i - 1) == 'e' || s.charAt(i - 1) == 'E'))) {
                    i++;
                }
                String n = s.substring(start, i);
                try {
                    if (!Double.isFinite(Double.parseDouble(n))) {
                        throw new NumberFormatException();
                    }
                } catch (NumberFormatException e) {
                    throw error("CQL2_SYNTAX", "«" + n + "» ليس رقماً.", "'" + n + "' is not a number.");
                }
                out.add(new Token(Kind.NUMBER, n, start));
            } else if (Character.isLetter(c) || c == '_') {
                int start = i;
                while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == ':')) {
                    i++;
                }
                String word = s.substring(start, i);
                out.add(new Token(Kind.WORD, word, start));
                if (WKT_TYPES.contains(word.toUpperCase(Locale.ROOT))) {
                    i = wktBody(s, i, out);
                }
            } else if ("<>=".indexOf(c) >= 0) {
                int start = i++;
                if (i < s.length() && (s.charAt(i) == '=' || c == '<' && s.charAt(i) == '>')) {
                    i++;
                }
                String op = s.substring(start, i);
                if (op.equals("=>") || op.equals("==")) {
                    throw error("CQL2_SYNTAX", "عامل غير معروف «" + op + "».", "Unknown operator '" + op + "'.");
                }
                out.add(new Token(Kind.OPERATOR, op, start));
            } else if ("(),".indexOf(c) >= 0) {
                out.add(new Token(Kind.PUNCTUATION, String.valueOf(c), i++));
            } else {
                throw error("CQL2_SYNTAX", "حرف غير متوقع «" + c + "» في الموضع " + i + ".",
                        "Unexpected character '" + c + "' at position " + i + ".");
            }
        }
        return out;
    }

    /** The parenthesised coordinates after a WKT type name, kept as one token for JTS to read. */
    private static int wktBody(String s, int i, List<Token> out) {
        int j = i;
        while (j < s.length() && Character.isWhitespace(s.charAt(j))) {
            j++;
        }
        if (j >= s.length() || s.charAt(j) != '(') {
            return i;
        }
        int level = 0;
        int start = j;
        for (; j < s.length(); j++) {
            char c = s.charAt(j);
            if (c == '(') {
                level++;
            } else if (c == ')') {
                level--;
                if (level == 0) {
                    out.add(new Token(Kind.WKT_BODY, s.substring(start, j + 1), start));
                    return j + 1;
                }
            } else if (!(Character.isDigit(c) || Character.isWhitespace(c) || ".,-+eE".indexOf(c) >= 0)) {
                throw error("CQL2_GEOMETRY", "حرف غير متوقع «" + c + "» في إحداثيات الهندسة.",
                        "Unexpected character '" + c + "' in the geometry's coordinates.");
            }
        }
        throw error("CQL2_GEOMETRY", "أقواس الهندسة غير متوازنة.", "The geometry's parentheses do not balance.");
    }

    // -- helpers ---------------------------------------------------------------------------------

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw error("CQL2_TOO_DEEP", "المرشح متداخل أكثر من " + MAX_DEPTH + " مستوى.", "The filter nests deeper than " + MAX_DEPTH + " levels.");
        }
    }

    private Token peek() {
        return peekAt(0);
    }

    private Token peekAt(int ahead) {
        int i = next + ahead;
        return i < tokens.size() ? tokens.get(i) : new Token(Kind.END, "end of filter", text.length());
    }

    private Token take() {
        Token t = peek();
        next++;
        return t;
    }

    private boolean accept(String wordOrPunctuation) {
        Token t = peek();
        if (t.is(wordOrPunctuation) || t.keyword(wordOrPunctuation)) {
            next++;
            return true;
        }
        return false;
    }

    private void expect(String punctuation) {
        Token t = take();
        if (!t.is(punctuation)) {
            throw expected(t, "'" + punctuation + "'", "«" + punctuation + "»");
        }
    }

    private void expectKeyword(String word) {
        Token t = take();
        if (!t.keyword(word)) {
            throw expected(t, word, word);
        }
    }

    private InvalidInputException unexpected(Token t) {
        if (t.kind == Kind.END) {
            return error("CQL2_SYNTAX", "انتهى المرشح قبل اكتماله.", "The filter ends too early.");
        }
        return error("CQL2_SYNTAX", "«" + t.text + "» غير متوقع في الموضع " + t.position + ".",
                "Unexpected '" + t.text + "' at position " + t.position + ".");
    }

    private InvalidInputException expected(Token t, String en, String ar) {
        return error("CQL2_SYNTAX", "المتوقع " + ar + " في الموضع " + t.position + "، لا «" + t.text + "».",
                "Expected " + en + " at position " + t.position + ", not '" + t.text + "'.");
    }

    private InvalidInputException unsupported(Token t, String en, String ar) {
        return error("CQL2_UNSUPPORTED", ar + " غير مدعومة في الموضع " + t.position
                        + ". المدعوم: AND وOR وNOT والمقارنات وLIKE وBETWEEN وIN وIS NULL وS_INTERSECTS مع BBOX أو هندسة WKT.",
                en + " at position " + t.position + " is not supported. Supported: AND, OR, NOT, comparisons, LIKE, "
                        + "BETWEEN, IN, IS NULL and S_INTERSECTS with a BBOX or a WKT geometry.");
    }

    private static InvalidInputException typeError(Attribute a, String what) {
        return error("CQL2_TYPE", "لا تصلح «" + what + "» مع الخاصية " + a.name() + " من نوع " + a.type().jsonType() + ".",
                "'" + what + "' does not fit the property " + a.name() + " of type " + a.type().jsonType()
                        + (a.type() == AttributeType.STRING ? " (strings are in 'single quotes')" : "") + ".");
    }

    private static InvalidInputException error(String code, String ar, String en) {
        return new InvalidInputException(Violation.of("filter", code, ar, en));
    }
}
