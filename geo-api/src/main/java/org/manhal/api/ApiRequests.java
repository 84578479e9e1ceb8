package org.manhal.api;

import java.util.ArrayList;
import java.util.List;

import org.manhal.api.security.CurrentUser;
import org.manhal.common.Actor;
import org.manhal.common.InvalidInputException;
import org.manhal.common.Violation;
import org.manhal.well.BoundingBox;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads the parts of a request every endpoint shares: a JSON body, the OGC {@code bbox}, enum and
 * number parameters, {@code If-Match}, the caller. Problems become {@link Violation}s with the
 * parameter's name, so that one answer lists them all.
 */
@Component
public class ApiRequests {

    private final ObjectMapper mapper = new ObjectMapper();

    /** Parses a JSON body; a body that is not JSON is a 400 with the parser's position. */
    public JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            throw new InvalidInputException(Violation.of("body", "EMPTY_BODY",
                    "جسم الطلب فارغ: أرسل معلماً GeoJSON.", "The request body is empty: send a GeoJSON Feature."));
        }
        JsonNode json;
        try {
            json = mapper.readTree(body);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")";
            throw new InvalidInputException(Violation.of("body", "MALFORMED_JSON",
                    "جسم الطلب ليس JSON صالحاً" + where + ".", "The request body is not valid JSON" + where + "."));
        }
        List<Violation> violations = new ArrayList<>();
        BodyText.check(json, "", violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return json;
    }

    /**
     * The OGC bbox {@code minLon,minLat,maxLon,maxLat} in CRS84, or null when absent.
     */
    public BoundingBox bbox(String bbox, List<Violation> violations) {
        if (bbox == null || bbox.isBlank()) {
            return null;
        }
        String[] parts = bbox.split(",");
        double[] v = new double[parts.length];
        try {
            for (int i = 0; i < parts.length; i++) {
                v[i] = Double.parseDouble(parts[i].trim());
                if (!Double.isFinite(v[i])) {
                    throw new NumberFormatException();
                }
            }
        } catch (NumberFormatException e) {
            violations.add(badBbox(bbox));
            return null;
        }
        if (v.length != 4 || v[0] > v[2] || v[1] > v[3] || Math.abs(v[0]) > 180 || Math.abs(v[2]) > 180
                || Math.abs(v[1]) > 90 || Math.abs(v[3]) > 90) {
            violations.add(badBbox(bbox));
            return null;
        }
        return new BoundingBox(v[0], v[1], v[2], v[3]);
    }

    private static Violation badBbox(String bbox) {
        return Violation.of("bbox", "INVALID_BBOX",
                "المعامل bbox=«" + bbox + "» غير صالح: يجب أن يكون أربعة أرقام minLon,minLat,maxLon,maxLat بالدرجات (WGS 84)، والحد الأدنى لا يتجاوز الأعلى.",
                "bbox='" + bbox + "' is invalid: it must be four numbers minLon,minLat,maxLon,maxLat in degrees (WGS 84), each minimum not above its maximum.");
    }

    public <E extends Enum<E>> E enumParam(String name, String value, Class<E> type, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        violations.add(Violation.unknownValue(name, value, type.getEnumConstants()));
        return null;
    }

    public long longParam(String name, String value, long fallback, long min, long max, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            long v = Long.parseLong(value.trim());
            if (v >= min && v <= max) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        violations.add(Violation.of(name, "OUT_OF_RANGE",
                "المعامل " + name + "=«" + value + "» يجب أن يكون عدداً صحيحاً من " + min + " إلى " + max + ".",
                name + "='" + value + "' must be a whole number from " + min + " to " + max + "."));
        return fallback;
    }

    /**
     * A free-text query parameter, stripped, or null when absent or blank; refused (with the
     * body's text rules) when longer than {@code maxLength} or holding control characters.
     */
    public String textParam(String name, String value, int maxLength, List<Violation> violations) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Violation problem = value.length() > maxLength
                ? Violation.of(name, "TEXT_TOO_LONG", "المعامل " + name + " أطول من " + maxLength + " حرف.",
                        name + " is longer than " + maxLength + " characters.")
                : BodyText.problem(value, name);
        if (problem != null) {
            violations.add(problem);
            return null;
        }
        return value.strip();
    }

    /** The version named by an {@code If-Match} header ({@code "3"} or {@code W/"3"}), or null for none or {@code *}. */
    public Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        String tag = ifMatch.trim().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(tag);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(Violation.of("If-Match", "INVALID_ETAG",
                    "الترويسة If-Match يجب أن تحمل قيمة ETag كما أُعيدت عند القراءة، مثل \"3\".",
                    "If-Match must carry an ETag as returned by a read, such as \"3\"."));
        }
    }

    /**
     * Who calls: the signed-in account (its name and governorate limit), as every write binds it
     * through {@link org.manhal.audit.TransactionContext} into the histories; {@code anonymous}
     * for the public.
     */
    public Actor actor() {
        return CurrentUser.actor();
    }
}
