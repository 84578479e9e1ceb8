package org.manhal.api.zoning;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.manhal.api.geojson.GeoJson;
import org.manhal.api.geojson.PolygonalReader;
import org.manhal.common.InvalidInputException;
import org.manhal.common.Violation;
import org.manhal.crs.PolygonPurpose;
import org.manhal.crs.PolygonValidator;
import org.manhal.plot.Plot;
import org.manhal.plot.PlotKey;
import org.manhal.plot.PlotOwner;
import org.manhal.zoning.ProtectionDistance;
import org.manhal.zoning.AppliedZone;
import org.manhal.zoning.BuildingUse;
import org.manhal.zoning.Drawing;
import org.manhal.zoning.StoredZoneRule;
import org.manhal.zoning.Zone;
import org.manhal.zoning.ZoneRule;
import org.manhal.zoning.ZoneRuleChange;
import org.manhal.zoning.ZoningCheckRequest;
import org.manhal.zoning.ZoningFeature;
import org.manhal.zoning.ZoningFinding;
import org.manhal.zoning.ZoningVerdict;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The zoning JSON: the check request and verdict (the verdict contract of DESIGN §5 with
 * {@code measuredValue}/{@code limit}), zone rules, plots and zones as GeoJSON. Every problem of a
 * request is reported at once.
 */
public final class ZoningJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ZoningJson() {
    }

    // -- check request ---------------------------------------------------------------------------

    /**
     * {@code {"plot": {"wilayat", "plotNumber"} | "plotPolygon": Polygon, "footprint": Polygon |
     * MultiPolygon, "use", "floors", "heightM"?, "grossFloorAreaM2"?}}.
     */
    public static ZoningCheckRequest request(JsonNode json) {
        List<Violation> violations = new ArrayList<>();
        requireObject(json);
        JsonNode plotNode = json.get("plot");
        JsonNode polygonNode = json.get("plotPolygon");
        PlotKey key = null;
        Polygon plotPolygon = null;
        boolean hasPlot = plotNode != null && !plotNode.isNull();
        boolean hasPolygon = polygonNode != null && !polygonNode.isNull();
        if (hasPlot == hasPolygon) {
            violations.add(Violation.of("plot", "PLOT_OR_POLYGON",
                    "أرسل إما plot (الولاية ورقم القطعة) وإما plotPolygon (مضلع القطعة)، وليس كليهما ولا أياً منهما.",
                    "Send either plot (wilayat and plotNumber) or plotPolygon (the plot's polygon), exactly one of them."));
        } else if (hasPlot) {
            key = plotKey(plotNode, violations);
        } else {
            Geometry g = PolygonalReader.read(polygonNode, "plotPolygon", PolygonPurpose.PLOT, violations);
            if (g instanceof Polygon p) {
                plotPolygon = p;
            } else if (g != null) {
                violations.add(PolygonValidator.notAPolygon("plotPolygon", g.getGeometryType(), PolygonPurpose.PLOT));
            }
        }
        Geometry footprint = PolygonalReader.read(json.get("footprint"), "footprint", PolygonPurpose.FOOTPRINT, violations);
        BuildingUse use = code(json.get("use"), "use", BuildingUse.values(), violations);
        Integer floors = wholeNumber(json.get("floors"), "floors", true, violations);
        BigDecimal height = number(json.get("heightM"), "heightM", violations);
        BigDecimal gfa = number(json.get("grossFloorAreaM2"), "grossFloorAreaM2", violations);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return key != null ? ZoningCheckRequest.onPlot(key, footprint, use, floors, height, gfa)
                : ZoningCheckRequest.onPolygon(plotPolygon, footprint, use, floors, height, gfa);
    }

    private static PlotKey plotKey(JsonNode node, List<Violation> violations) {
        if (!node.isObject()) {
            violations.add(Violation.of("plot", "NOT_AN_OBJECT", "plot يجب أن يكون كائناً فيه wilayat و plotNumber.",
                    "plot must be an object with wilayat and plotNumber."));
            return null;
        }
        String wilayat = text(node.get("wilayat"), "plot.wilayat", violations);
        String number = text(node.get("plotNumber"), "plot.plotNumber", violations);
        return wilayat == null || number == null ? null : new PlotKey(wilayat, number);
    }

    private static void requireObject(JsonNode json) {
        if (!json.isObject()) {
            throw new InvalidInputException(Violation.of("body", "NOT_AN_OBJECT",
                    "جسم الطلب يجب أن يكون كائن JSON.", "The request body must be a JSON object."));
        }
    }

    static String text(JsonNode node, String field, List<Violation> violations) {
        if (node == null || node.isNull()) {
            violations.add(Violation.of(field, "REQUIRED", "الحقل " + field + " مطلوب.", "The field " + field + " is required."));
            return null;
        }
        if (!node.isString() || node.asString().isBlank() || node.asString().length() > 200) {
            violations.add(Violation.of(field, "INVALID_VALUE", "الحقل " + field + " يجب أن يكون نصاً غير فارغ (حتى 200 حرف).",
                    field + " must be a non-blank text of up to 200 characters."));
            return null;
        }
        return node.asString();
    }

    static <E extends Enum<E>> E code(JsonNode node, String field, E[] allowed, List<Violation> violations) {
        if (node == null || node.isNull()) {
            violations.add(Violation.of(field, "REQUIRED", "الحقل " + field + " مطلوب.", "The field " + field + " is required."));
            return null;
        }
        for (E e : allowed) {
            if (node.isString() && e.name().equals(node.asString())) {
                return e;
            }
        }
        violations.add(Violation.unknownValue(field, node.isString() ? node.asString() : node.toString(), allowed));
        return null;
    }

    static Integer wholeNumber(JsonNode node, String field, boolean required, List<Violation> violations) {
        if (node == null || node.isNull()) {
            if (required) {
                violations.add(Violation.of(field, "REQUIRED", "الحقل " + field + " مطلوب.", "The field " + field + " is required."));
            }
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            violations.add(Violation.of(field, "NOT_A_WHOLE_NUMBER", "الحقل " + field + " يجب أن يكون عدداً صحيحاً.",
                    field + " must be a whole number."));
            return null;
        }
        return node.intValue();
    }

    /** A number with at most two decimals meant (it is rounded half-up to two), or null when absent. */
    static BigDecimal number(JsonNode node, String field, List<Violation> violations) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber() || !Double.isFinite(node.doubleValue())) {
            violations.add(Violation.of(field, "NOT_A_NUMBER", "الحقل " + field + " يجب أن يكون رقماً.", field + " must be a number."));
            return null;
        }
        BigDecimal v = node.decimalValue();
        if (v.abs().compareTo(BigDecimal.valueOf(1e12)) > 0) {
            violations.add(Violation.of(field, "OUT_OF_RANGE", "القيمة في " + field + " كبيرة جداً.", field + " is far too large."));
            return null;
        }
        return v.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    // -- verdict ---------------------------------------------------------------------------------

    public static ObjectNode verdict(ZoningVerdict v) {
        ObjectNode body = NODES.objectNode();
        body.put("verdict", v.status().name());
        body.put("basedOnSample", v.basedOnSample());
        if (v.basedOnSample()) {
            body.put("noticeAr", ZoningVerdict.SAMPLE_NOTICE.ar());
            body.put("noticeEn", ZoningVerdict.SAMPLE_NOTICE.en());
        }
        ArrayNode findings = body.putArray("findings");
        v.findings().forEach(f -> findings.add(finding(f)));
        ObjectNode plot = body.putObject("plot");
        if (v.plot() != null) {
            plot.put("wilayat", v.plot().wilayat());
            plot.put("plotNumber", v.plot().plotNumber());
        } else {
            plot.putNull("wilayat");
            plot.putNull("plotNumber");
        }
        plot.put("areaM2", v.plotAreaM2());
        plot.set("geometry", GeoJson.write(v.plotPolygon()));
        body.put("footprintAreaM2", v.footprintAreaM2());
        body.put("grossFloorAreaM2", v.grossFloorAreaM2());
        body.put("boundaryDistanceM", v.boundaryDistanceM());
        ArrayNode zones = body.putArray("zones");
        for (AppliedZone z : v.zones()) {
            zones.addObject().put("id", z.zoneId()).put("code", z.code()).put("nameAr", z.nameAr()).put("nameEn", z.nameEn())
                    .put("shareOfPlotPct", z.shareOfPlotPct()).put("isSample", z.sample());
        }
        body.put("strictestOfZones", v.strictestOfZones());
        body.put("metricCrs", "EPSG:" + v.utmSrid());
        body.put("ruleSetVersion", v.ruleSetVersion());
        return body;
    }

    private static ObjectNode finding(ZoningFinding f) {
        ObjectNode o = NODES.objectNode();
        o.put("ruleId", f.ruleId());
        o.put("aspect", f.aspect().name());
        o.put("legalReference", f.legalReference());
        o.put("outcome", f.outcome().name());
        o.put("measuredValue", f.measuredValue());
        o.put("limit", f.limit());
        o.put("unit", f.unit());
        o.set("feature", feature(f.feature()));
        o.set("geometry", GeoJson.write(f.geometry()));
        ArrayNode drawings = o.putArray("drawings");
        for (Drawing d : f.drawings()) {
            drawings.addObject().put("role", d.role().name()).set("geometry", GeoJson.write(d.geometry()));
        }
        o.put("messageAr", f.messageAr());
        o.put("messageEn", f.messageEn());
        return o;
    }

    private static ObjectNode feature(ZoningFeature ref) {
        ObjectNode o = NODES.objectNode();
        try {
            o.put("id", Long.parseLong(ref.id()));
        } catch (NumberFormatException e) {
            o.put("id", ref.id());
        }
        o.put("kind", ref.kind());
        o.put("name", ref.name());
        o.put("nameAr", ref.nameAr());
        o.put("isSample", ref.sample());
        return o;
    }

    // -- zone rules ------------------------------------------------------------------------------

    static ObjectNode rule(StoredZoneRule stored) {
        ZoneRule r = stored.rule();
        ObjectNode o = NODES.objectNode();
        o.put("code", r.code());
        o.put("nameAr", r.nameAr());
        o.put("nameEn", r.nameEn());
        uses(o.putArray("permittedUses"), r.permittedUses());
        uses(o.putArray("conditionalUses"), r.conditionalUses());
        o.put("maxCoveragePct", r.maxCoveragePct());
        o.put("maxFar", r.maxFar());
        o.put("maxFloors", r.maxFloors());
        o.put("maxHeightM", r.maxHeightM());
        o.put("setbackFrontM", r.setbackFrontM());
        o.put("setbackSideM", r.setbackSideM());
        o.put("setbackRearM", r.setbackRearM());
        o.put("minPlotAreaM2", r.minPlotAreaM2());
        o.put("legalReference", r.legalReference());
        o.put("isSample", r.sample());
        o.put("enabled", stored.enabled());
        o.put("version", stored.version());
        o.put("updatedAt", stored.updatedAt().toString());
        o.put("updatedBy", stored.updatedBy());
        return o;
    }

    private static void uses(ArrayNode array, Set<BuildingUse> uses) {
        for (BuildingUse u : BuildingUse.values()) {
            if (uses.contains(u)) {
                array.add(u.name());
            }
        }
    }

    /** A zone rule from its JSON; the code is the path's. Problems are added to {@code violations}. */
    static ZoneRule rule(String code, JsonNode json, List<Violation> violations) {
        if (!code.matches("[A-Z0-9][A-Z0-9_-]{0,19}")) {
            violations.add(Violation.of("code", "INVALID_CODE",
                    "رمز المنطقة يتكون من 1 إلى 20 حرفاً لاتينياً كبيراً أو رقماً أو - أو _، يبدأ بحرف أو رقم.",
                    "A zone code is 1 to 20 capital letters, digits, - or _, starting with a letter or digit."));
        }
        String nameAr = text(json.get("nameAr"), "nameAr", violations);
        String nameEn = text(json.get("nameEn"), "nameEn", violations);
        String legal = text(json.get("legalReference"), "legalReference", violations);
        Set<BuildingUse> permitted = useList(json.get("permittedUses"), "permittedUses", violations);
        Set<BuildingUse> conditional = useList(json.get("conditionalUses"), "conditionalUses", violations);
        if (permitted.stream().anyMatch(conditional::contains)) {
            violations.add(Violation.of("conditionalUses", "USE_TWICE", "استعمال مذكور في المسموح والمشروط معاً.",
                    "A use is listed as both permitted and conditional."));
        }
        BigDecimal coverage = limit(json, "maxCoveragePct", BigDecimal.valueOf(100), violations);
        BigDecimal far = limit(json, "maxFar", BigDecimal.valueOf(1000), violations);
        Integer floors = wholeNumber(json.get("maxFloors"), "maxFloors", false, violations);
        if (floors != null && (floors < 1 || floors > 300)) {
            violations.add(range("maxFloors", "1", "300"));
            floors = null;
        }
        BigDecimal height = limit(json, "maxHeightM", BigDecimal.valueOf(1000), violations);
        BigDecimal front = setback(json, "setbackFrontM", violations);
        BigDecimal side = setback(json, "setbackSideM", violations);
        BigDecimal rear = setback(json, "setbackRearM", violations);
        BigDecimal minArea = limit(json, "minPlotAreaM2", BigDecimal.valueOf(1e9), violations);
        boolean sample = json.path("isSample").asBoolean(false);
        if (!violations.isEmpty()) {
            return null;
        }
        return new ZoneRule(code, nameAr, nameEn, permitted, conditional, coverage, far, floors, height, front, side, rear,
                minArea, legal, sample);
    }

    private static Set<BuildingUse> useList(JsonNode node, String field, List<Violation> violations) {
        Set<BuildingUse> uses = EnumSet.noneOf(BuildingUse.class);
        if (node == null || node.isNull()) {
            return uses;
        }
        if (!node.isArray() || node.size() > BuildingUse.values().length * 2) {
            violations.add(Violation.of(field, "NOT_AN_ARRAY", field + " يجب أن يكون مصفوفة من رموز الاستعمال.",
                    field + " must be an array of use codes."));
            return uses;
        }
        for (int i = 0; i < node.size(); i++) {
            BuildingUse u = code(node.get(i), field + "[" + i + "]", BuildingUse.values(), violations);
            if (u != null) {
                uses.add(u);
            }
        }
        return uses;
    }

    /** A positive limit up to {@code max}, or null (no limit). */
    private static BigDecimal limit(JsonNode json, String field, BigDecimal max, List<Violation> violations) {
        BigDecimal v = number(json.get(field), field, violations);
        if (v != null && (v.signum() <= 0 || v.compareTo(max) > 0)) {
            violations.add(range(field, "0", max.toPlainString()));
            return null;
        }
        return v;
    }

    private static BigDecimal setback(JsonNode json, String field, List<Violation> violations) {
        BigDecimal v = number(json.get(field), field, violations);
        if (v == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        if (v.signum() < 0 || v.compareTo(BigDecimal.valueOf(1000)) > 0) {
            violations.add(range(field, "0", "1000"));
            return BigDecimal.ZERO.setScale(2);
        }
        return v;
    }

    private static Violation range(String field, String min, String max) {
        return Violation.of(field, "OUT_OF_RANGE", "القيمة في " + field + " خارج المدى (" + min + " إلى " + max + ").",
                field + " is out of range (" + min + " to " + max + ").");
    }

    static ObjectNode change(ZoneRuleChange c, JsonNode oldValues, JsonNode newValues) {
        ObjectNode o = NODES.objectNode();
        o.put("action", c.action());
        o.put("version", c.version());
        o.put("changedAt", c.changedAt().toString());
        o.put("changedBy", c.changedBy());
        o.put("reason", c.reason());
        o.put("requestId", c.requestId());
        o.set("oldValues", oldValues);
        o.set("newValues", newValues);
        return o;
    }

    // -- protection distances --------------------------------------------------------------------

    static ObjectNode protectionDistance(ProtectionDistance d) {
        ObjectNode o = NODES.objectNode();
        o.put("kind", d.kind().name());
        o.put("labelAr", d.kind().labelAr());
        o.put("labelEn", d.kind().labelEn());
        o.put("distanceM", d.distanceM());
        o.put("outcome", d.outcome().name());
        o.put("legalReference", d.legalReference());
        o.put("version", d.version());
        o.put("updatedAt", d.updatedAt().toString());
        o.put("updatedBy", d.updatedBy());
        return o;
    }

    /** {@code {"distanceM": 0 < m <= 10000, "outcome", "legalReference"}}, every problem in {@code violations}. */
    static BigDecimal protectionDistanceM(JsonNode json, List<Violation> violations) {
        if (!json.hasNonNull("distanceM")) {
            violations.add(Violation.of("distanceM", "REQUIRED", "الحقل distanceM مطلوب.", "The field distanceM is required."));
            return null;
        }
        return limit(json, "distanceM", BigDecimal.valueOf(10_000), violations);
    }

    // -- plots and zones -------------------------------------------------------------------------

    /** A plot as a Feature; the owner only when given (never in a list). */
    static ObjectNode plot(Plot plot, PlotOwner owner, boolean withOwner) {
        ObjectNode f = NODES.objectNode();
        f.put("type", "Feature");
        f.put("id", plot.id());
        f.set("geometry", GeoJson.write(plot.polygon()));
        ObjectNode p = f.putObject("properties");
        p.put("wilayat", plot.key().wilayat());
        p.put("plotNumber", plot.key().plotNumber());
        p.put("areaM2", plot.areaM2());
        if (plot.streetFrontage() != null) {
            p.set("streetFrontage", GeoJson.write(plot.streetFrontage()));
        } else {
            p.putNull("streetFrontage");
        }
        p.put("isSample", plot.sample());
        if (withOwner) {
            if (owner == null) {
                p.putNull("owner");
            } else {
                p.putObject("owner").put("name", owner.name()).put("civilId", owner.civilId());
            }
        }
        return f;
    }

    static ObjectNode zone(Zone z) {
        ObjectNode f = NODES.objectNode();
        f.put("type", "Feature");
        f.put("id", z.id());
        f.set("geometry", GeoJson.write(z.geometry()));
        f.putObject("properties").put("code", z.code()).put("nameAr", z.nameAr()).put("nameEn", z.nameEn())
                .put("label", z.label()).put("isSample", z.sample());
        return f;
    }

    static ObjectNode collection(List<ObjectNode> features) {
        ObjectNode fc = NODES.objectNode();
        fc.put("type", "FeatureCollection");
        ArrayNode array = fc.putArray("features");
        features.forEach(array::add);
        fc.put("numberReturned", features.size());
        return fc;
    }
}
