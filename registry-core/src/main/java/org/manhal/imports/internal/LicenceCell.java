package org.manhal.imports.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.manhal.common.Violation;
import org.manhal.well.Licence;
import org.manhal.well.LicenceType;
import org.manhal.well.WellValidator;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A well's licences as one import cell, read into the wells API's licences and checked by the
 * rules of a registration ({@link WellValidator#validateLicences}: same codes and messages).
 *
 * <p>Two forms are read:
 * <ul>
 * <li>the JSON array of the wells API, {@code [{"number": "WL-2019-0001", "type": "NEW_WELL",
 *     "issuedOn": "2019-01-10", "expiresOn": null}]}: a GeoJSON (or GeoPackage) {@code licences}
 *     property, or any cell that starts with {@code [};</li>
 * <li>the compact form for CSV and Shapefile cells: licences separated by {@code ;}, each
 *     {@code TYPE:NUMBER[:ISSUED[:EXPIRES]]} with dates {@code YYYY-MM-DD} and empty parts for
 *     none: {@code NEW_WELL:WL-2019-0001:2019-01-10:2029-01-09;DEEPENING:WL-2023-0042:2023-05-01}.</li>
 * </ul>
 * Types are read as the import reads every code (case-insensitive, space or hyphen for {@code _}).
 * Field names are the API's without {@code properties.}: {@code licences[0].number}.
 */
final class LicenceCell {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /**
     * @param licences the licences read (null members where a part was unreadable)
     * @param violations what is wrong, registration codes where the rule is a registration's
     * @param json the licences as the registry stores them ({@code well.licences}), or null when
     *        the cell is empty or has violations
     */
    record Parsed(List<Licence> licences, List<Violation> violations, String json) {
    }

    private LicenceCell() {
    }

    static Parsed parse(String cell) {
        if (cell == null || cell.isBlank()) {
            return new Parsed(List.of(), List.of(), null);
        }
        List<Violation> violations = new ArrayList<>();
        String text = cell.trim();
        List<Licence> licences = text.startsWith("[") || text.startsWith("{") ? json(text, violations) : compact(text, violations);
        List<String> reported = violations.stream().map(Violation::field).toList();
        WellValidator.validateLicences(licences).stream()
                .filter(v -> reported.stream().noneMatch(r -> r.startsWith(v.field()) || v.field().startsWith(r + ".")))
                .forEach(violations::add);
        return new Parsed(licences, violations, violations.isEmpty() && !licences.isEmpty() ? stored(licences) : null);
    }

    private static List<Licence> json(String text, List<Violation> violations) {
        JsonNode array;
        try {
            array = JSON.readTree(text);
        } catch (JacksonException e) {
            violations.add(Violation.of("licences", "MALFORMED_JSON",
                    "التراخيص ليست JSON صالحاً: اكتبها مصفوفة JSON كما في واجهة الآبار، أو بالصيغة المختصرة TYPE:NUMBER:ISSUED:EXPIRES;…",
                    "The licences are not valid JSON: write them as a JSON array as in the wells API, or in the compact form TYPE:NUMBER:ISSUED:EXPIRES;…"));
            return List.of();
        }
        if (!array.isArray()) {
            violations.add(Violation.of("licences", "NOT_AN_ARRAY", "التراخيص يجب أن تكون مصفوفة.", "licences must be an array."));
            return List.of();
        }
        List<Licence> licences = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode l = array.get(i);
            String path = "licences[" + i + "].";
            licences.add(new Licence(string(l, "number", path, violations), type(string(l, "type", path, violations), path, violations),
                    date(string(l, "issuedOn", path, violations), path + "issuedOn", violations),
                    date(string(l, "expiresOn", path, violations), path + "expiresOn", violations)));
        }
        return licences;
    }

    private static List<Licence> compact(String text, List<Violation> violations) {
        List<Licence> licences = new ArrayList<>();
        for (String entry : text.split(";")) {
            if (entry.isBlank()) {
                continue;   // a trailing or doubled separator
            }
            int i = licences.size();
            String path = "licences[" + i + "].";
            String[] parts = entry.split(":", -1);
            if (parts.length < 2 || parts.length > 4) {
                violations.add(Violation.of("licences[" + i + "]", "INVALID_LICENCE_FORMAT",
                        "الترخيص «" + entry.trim() + "» ليس بالصيغة TYPE:NUMBER:ISSUED:EXPIRES (النوع ثم الرقم، ثم تاريخا الإصدار والانتهاء اختيارياً، YYYY-MM-DD).",
                        "The licence '" + entry.trim() + "' is not in the form TYPE:NUMBER:ISSUED:EXPIRES (type, number, then optionally the issue and expiry dates, YYYY-MM-DD)."));
                licences.add(new Licence(null, null, null, null));
                continue;
            }
            licences.add(new Licence(part(parts, 1), type(part(parts, 0), path, violations),
                    date(part(parts, 2), path + "issuedOn", violations), date(part(parts, 3), path + "expiresOn", violations)));
        }
        return licences;
    }

    private static String part(String[] parts, int i) {
        return i >= parts.length || parts[i].isBlank() ? null : parts[i].trim();
    }

    /** A member that must be a string, as the API reads it ({@code NOT_A_STRING}); null when absent. */
    private static String string(JsonNode l, String field, String path, List<Violation> violations) {
        JsonNode v = l.path(field);
        if (v.isMissingNode() || v.isNull()) {
            return null;
        }
        if (!v.isString()) {
            violations.add(Violation.of(path + field, "NOT_A_STRING", "الحقل " + field + " يجب أن يكون نصاً.",
                    field + " must be a string."));
            return null;
        }
        return v.asString();
    }

    private static LicenceType type(String value, String path, List<Violation> violations) {
        if (value == null) {
            return null;
        }
        String code = value.trim().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (LicenceType t : LicenceType.values()) {
            if (t.name().equals(code)) {
                return t;
            }
        }
        violations.add(Violation.unknownValue(path + "type", value, LicenceType.values()));
        return null;
    }

    private static LocalDate date(String value, String field, List<Violation> violations) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            String name = field.substring(field.lastIndexOf('.') + 1);
            violations.add(Violation.of(field, "INVALID_DATE",
                    "التاريخ «" + value + "» في الحقل " + name + " غير صالح: اكتبه بالصيغة YYYY-MM-DD.",
                    "The date '" + value + "' in " + name + " is invalid: write it as YYYY-MM-DD."));
            return null;
        }
    }

    /** As {@code well.licences} holds them (the registry's converter writes the same members). */
    private static String stored(List<Licence> licences) {
        ArrayNode array = NODES.arrayNode();
        for (Licence l : licences) {
            ObjectNode o = array.addObject();
            o.put("number", l.number());
            o.put("type", l.type() == null ? null : l.type().name());
            o.put("issuedOn", l.issuedOn() == null ? null : l.issuedOn().toString());
            o.put("expiresOn", l.expiresOn() == null ? null : l.expiresOn().toString());
        }
        return array.toString();
    }
}
