package org.manhal.api.publishing.ogc;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.manhal.api.publishing.Attribute;
import org.manhal.api.publishing.AttributeType;
import org.manhal.api.publishing.LayerDefinition;
import org.manhal.common.InvalidInputException;
import org.manhal.common.Violation;

/**
 * The query parameters of an items request, read into a {@link FeatureQuery}: {@code limit},
 * {@code offset} or {@code after} (the id the page starts after: what the next links use), {@code bbox} (in {@code bbox-crs}), {@code datetime}, one parameter per queryable
 * (equality), {@code filter} (CQL2 text, literals in {@code filter-crs}) and {@code crs}. Every
 * problem of the request is reported at once; a parameter the server does not know is one (Part 1
 * requires a 400 for it, so that a misspelt filter never silently returns everything).
 */
final class OgcParameters {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 10_000;
    /** The items parameters besides the queryables, in the order the OpenAPI description and the 400s list them. */
    static final List<String> PARAMETERS = List.of("limit", "offset", "after", "bbox", "bbox-crs", "datetime", "crs", "filter",
            "filter-lang", "filter-crs", "f");
    static final Set<String> FIXED = Set.copyOf(PARAMETERS);
    /** The longest id {@code after} takes (ids are registry numbers, codes, references). */
    static final int MAX_AFTER_LENGTH = 100;

    private final LayerDefinition layer;
    private final List<Violation> violations = new ArrayList<>();

    private OgcParameters(LayerDefinition layer) {
        this.layer = layer;
    }

    static FeatureQuery read(LayerDefinition layer, Map<String, String[]> parameters) {
        return new OgcParameters(layer).query(parameters);
    }

    /** The CRS of the answer, {@code crs} (CRS84 when absent). */
    static OgcCrs crs(String value, String name, List<Violation> violations) {
        if (value == null || value.isEmpty()) {
            return OgcCrs.CRS84;
        }
        return OgcCrs.of(value).orElseGet(() -> {
            violations.add(Violation.unknownValue(name, value, OgcCrs.uris()));
            return OgcCrs.CRS84;
        });
    }

    private FeatureQuery query(Map<String, String[]> parameters) {
        Map<String, String> p = new LinkedHashMap<>();
        parameters.forEach((name, values) -> {
            if (!FIXED.contains(name) && layer.publicAttribute(name).isEmpty()) {
                violations.add(Violation.of(name, "UNKNOWN_PARAMETER",
                        "المعامل «" + name + "» غير معروف هنا. المعروف: " + known() + ".",
                        "Unknown parameter '" + name + "'. Known here: " + known() + "."));
            } else if (values.length > 1) {
                violations.add(Violation.of(name, "REPEATED", "المعامل " + name + " مكرر.", "The parameter " + name + " is repeated."));
            } else {
                p.put(name, values[0]);
            }
        });
        int limit = (int) number("limit", p.get("limit"), DEFAULT_LIMIT, 1, MAX_LIMIT);
        long offset = number("offset", p.get("offset"), 0, 0, Long.MAX_VALUE / 2);
        Optional<Object> after = after(p.get("after"), offset);
        OgcCrs crs = crs(p.get("crs"), "crs", violations);
        OgcCrs bboxCrs = crs(p.get("bbox-crs"), "bbox-crs", violations);
        OgcCrs filterCrs = crs(p.get("filter-crs"), "filter-crs", violations);
        List<SqlCondition> conditions = new ArrayList<>();
        if (p.get("bbox") != null) {
            bbox(p.get("bbox"), bboxCrs, conditions);
        } else if (p.containsKey("bbox-crs")) {
            violations.add(Violation.of("bbox-crs", "WITHOUT_BBOX", "المعامل bbox-crs بلا bbox.", "bbox-crs is given without bbox."));
        }
        if (p.get("datetime") != null) {
            datetime(p.get("datetime"), conditions);
        }
        int i = 0;
        for (Attribute a : layer.publicAttributes()) {
            String value = p.get(a.name());
            if (value != null) {
                equality(a, value, "q" + i++, conditions);
            }
        }
        String lang = p.get("filter-lang");
        if (lang != null && !lang.equals("cql2-text")) {
            violations.add(Violation.unknownValue("filter-lang", lang, List.of("cql2-text")));
        }
        if (p.get("filter") != null && violations.isEmpty()) {
            try {
                conditions.add(Cql2Text.parse(p.get("filter"), layer, filterCrs));
            } catch (InvalidInputException e) {
                violations.addAll(e.violations());
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return new FeatureQuery(conditions, limit, offset, after, crs);
    }

    /** {@code after}: an id of the layer's kind, never with an offset (a page starts at one or the other). */
    private Optional<Object> after(String value, long offset) {
        if (value == null) {
            return Optional.empty();
        }
        if (offset > 0) {
            violations.add(Violation.of("after", "WITH_OFFSET", "يبدأ الصفحة إما after وإما offset، لا كلاهما.",
                    "A page starts after an id or at an offset, not both: give after or offset."));
            return Optional.empty();
        }
        String id = value.strip();
        if (id.isEmpty() || id.length() > MAX_AFTER_LENGTH) {
            violations.add(Violation.of("after", "INVALID_ID", "after معرف معلم (1 إلى " + MAX_AFTER_LENGTH + " حرفاً).",
                    "after is a feature id (1 to " + MAX_AFTER_LENGTH + " characters)."));
            return Optional.empty();
        }
        if (!layer.idIsNumber()) {
            return Optional.of(id);
        }
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            violations.add(Violation.of("after", "INVALID_ID", "معرفات معالم هذه المجموعة أعداد صحيحة.",
                    "The features of this collection have whole numbers as ids."));
            return Optional.empty();
        }
    }

    private String known() {
        List<String> names = new ArrayList<>(PARAMETERS);
        layer.publicAttributes().forEach(a -> names.add(a.name()));
        return String.join(", ", names);
    }

    private long number(String name, String value, long fallback, long min, long max) {
        if (value == null) {
            return fallback;
        }
        try {
            long n = Long.parseLong(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        violations.add(Violation.of(name, "OUT_OF_RANGE", "يجب أن يكون " + name + " عدداً صحيحاً من " + min + " إلى " + max + ".",
                name + " must be a whole number from " + min + " to " + max + "."));
        return fallback;
    }

    private void bbox(String value, OgcCrs crs, List<SqlCondition> conditions) {
        String[] parts = value.split(",", -1);
        double[] n = new double[parts.length];
        boolean ok = parts.length == 4 || parts.length == 6;
        for (int i = 0; ok && i < parts.length; i++) {
            try {
                n[i] = Double.parseDouble(parts[i].strip());
                ok = Double.isFinite(n[i]);
            } catch (NumberFormatException e) {
                ok = false;
            }
        }
        int half = parts.length / 2;
        if (ok) {
            double minX = n[0];
            double minY = n[1];
            double maxX = n[half];
            double maxY = n[half + 1];
            boolean inRange = crs != OgcCrs.CRS84 || minX >= -180 && maxX <= 180 && minY >= -90 && maxY <= 90;
            if (minX <= maxX && minY <= maxY && inRange) {
                String envelope = "ST_MakeEnvelope(:bminx, :bminy, :bmaxx, :bmaxy, " + crs.srid() + ")";
                String sql = crs == OgcCrs.CRS84 ? "v.geom && " + envelope
                        : "ST_Intersects(v.geom, ST_Transform(ST_Segmentize(" + envelope + ", 1000), 4326))";
                conditions.add(new SqlCondition(sql, Map.of("bminx", minX, "bminy", minY, "bmaxx", maxX, "bmaxy", maxY)));
                return;
            }
        }
        violations.add(Violation.of("bbox", "INVALID_BBOX",
                "bbox أربعة أرقام (أو ستة) مفصولة بفواصل: الحد الأدنى ثم الأعلى، في " + crs.uri() + ".",
                "bbox is 4 (or 6) comma-separated numbers, lower corner first, in " + crs.uri() + "."));
    }

    private void datetime(String value, List<SqlCondition> conditions) {
        if (layer.datetimeColumn().isEmpty()) {
            return; // a layer without time: every feature matches (Part 1, /req/core/fc-time-response)
        }
        String column = "v." + layer.datetimeColumn().get();
        String[] ends = value.split("/", -1);
        try {
            if (ends.length == 1) {
                OffsetDateTime[] instant = instant(ends[0]);
                conditions.add(new SqlCondition(column + " >= :dtstart and " + column + " < :dtend",
                        Map.of("dtstart", instant[0], "dtend", instant[1])));
                return;
            }
            if (ends.length == 2) {
                Map<String, Object> params = new LinkedHashMap<>();
                List<String> sql = new ArrayList<>();
                if (!open(ends[0])) {
                    params.put("dtstart", instant(ends[0])[0]);
                    sql.add(column + " >= :dtstart");
                }
                if (!open(ends[1])) {
                    params.put("dtend", instant(ends[1])[1]);
                    sql.add(column + " < :dtend");
                }
                if (params.size() == 2 && !((OffsetDateTime) params.get("dtstart")).isBefore((OffsetDateTime) params.get("dtend"))) {
                    throw new DateTimeParseException("start after end", value, 0);
                }
                conditions.add(new SqlCondition(sql.isEmpty() ? "true" : String.join(" and ", sql), params));
                return;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        violations.add(Violation.of("datetime", "INVALID_DATETIME",
                "datetime لحظة أو فترة بصيغة RFC 3339 (مثل 2024-01-01T00:00:00Z أو 2024-01-01/2024-06-30 أو ../2024-06-30).",
                "datetime is an RFC 3339 instant or interval (2024-01-01T00:00:00Z, 2024-01-01/2024-06-30, ../2024-06-30)."));
    }

    private static boolean open(String end) {
        return end.isEmpty() || end.equals("..");
    }

    /** An instant as the half-open range it stands for: a date is its whole day (UTC), a time itself. */
    private static OffsetDateTime[] instant(String text) {
        String t = text.strip();
        if (t.length() == 10) {
            OffsetDateTime day = LocalDate.parse(t).atStartOfDay().atOffset(ZoneOffset.UTC);
            return new OffsetDateTime[] {day, day.plusDays(1)};
        }
        OffsetDateTime at = OffsetDateTime.parse(t.toUpperCase(Locale.ROOT));
        return new OffsetDateTime[] {at, at.plusNanos(1000)};
    }

    private void equality(Attribute a, String value, String param, List<SqlCondition> conditions) {
        Object typed;
        try {
            typed = switch (a.type()) {
                case STRING -> value;
                case INTEGER, NUMBER -> new BigDecimal(value.strip());
                case BOOLEAN -> switch (value.strip().toLowerCase(Locale.ROOT)) {
                    case "true" -> Boolean.TRUE;
                    case "false" -> Boolean.FALSE;
                    default -> throw new NumberFormatException();
                };
                case DATE -> LocalDate.parse(value.strip());
                case DATE_TIME -> OffsetDateTime.parse(value.strip());
            };
        } catch (NumberFormatException | DateTimeParseException e) {
            violations.add(Violation.of(a.name(), "INVALID_VALUE", "«" + value + "» ليست قيمة صالحة للخاصية " + a.name() + ".",
                    "'" + value + "' is not a valid " + a.type().jsonType() + " for " + a.name() + "."));
            return;
        }
        if (!a.values().isEmpty() && !a.values().contains(value)) {
            violations.add(Violation.unknownValue(a.name(), value, a.values()));
            return;
        }
        conditions.add(new SqlCondition("v." + a.column() + " = :" + param, Map.of(param, typed)));
        if (a.type() == AttributeType.STRING && value.length() > 400) {
            violations.add(Violation.of(a.name(), "TOO_LONG", "القيمة أطول من 400 حرف.", "The value is longer than 400 characters."));
        }
    }
}
