package org.manhal.api.openapi;

import static org.manhal.api.openapi.JsonSchemas.array;
import static org.manhal.api.openapi.JsonSchemas.anyObject;
import static org.manhal.api.openapi.JsonSchemas.bool;
import static org.manhal.api.openapi.JsonSchemas.closed;
import static org.manhal.api.openapi.JsonSchemas.codes;
import static org.manhal.api.openapi.JsonSchemas.constant;
import static org.manhal.api.openapi.JsonSchemas.dateTime;
import static org.manhal.api.openapi.JsonSchemas.integer;
import static org.manhal.api.openapi.JsonSchemas.nullable;
import static org.manhal.api.openapi.JsonSchemas.nullableAnyObject;
import static org.manhal.api.openapi.JsonSchemas.nullableInteger;
import static org.manhal.api.openapi.JsonSchemas.nullableNumber;
import static org.manhal.api.openapi.JsonSchemas.nullableString;
import static org.manhal.api.openapi.JsonSchemas.number;
import static org.manhal.api.openapi.JsonSchemas.object;
import static org.manhal.api.openapi.JsonSchemas.oneOf;
import static org.manhal.api.openapi.JsonSchemas.props;
import static org.manhal.api.openapi.JsonSchemas.range;
import static org.manhal.api.openapi.JsonSchemas.ref;
import static org.manhal.api.openapi.JsonSchemas.string;
import static org.manhal.api.openapi.JsonSchemas.with;

import java.util.List;
import java.util.Map;

import org.manhal.rules.RuleOutcome;
import org.manhal.rules.VerdictStatus;
import org.manhal.zoning.BuildingUse;
import org.manhal.zoning.Drawing;
import org.manhal.zoning.ZoningAspect;

import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;

/** The zoning schemas: the check request and verdict, plots, zones, zone rules. */
final class ZoningSchemas {

    private ZoningSchemas() {
    }

    static void add(Map<String, Schema> c) {
        c.put("ZoningCheckRequest", (JsonSchema) object(props(
                "plot", object(props("wilayat", string("Wilayat code, e.g. OM-MA-SEB"), "plotNumber", string()),
                        "wilayat", "plotNumber"),
                "plotPolygon", ref("Polygon"),
                "footprint", ref("Polygonal"),
                "use", codes(BuildingUse.class),
                "floors", range(integer(), 1, 300),
                "heightM", nullableNumber(),
                "grossFloorAreaM2", (JsonSchema) nullableNumber().description("Default: footprint area × floors")),
                "footprint", "use", "floors").description("Exactly one of plot and plotPolygon"));
        c.put("ZoningFeatureRef", closed(props("id", oneOf(integer(), string()),
                "kind", (JsonSchema) string().description("PLOT, ZONE, or the kind of a protected feature or restricted zone"),
                "name", nullableString(), "nameAr", nullableString(), "isSample", bool()),
                "id", "kind", "name", "nameAr", "isSample"));
        c.put("ZoningFinding", closed(props("ruleId", string(), "aspect", codes(ZoningAspect.class),
                "legalReference", nullableString(), "outcome", codes(RuleOutcome.class),
                "measuredValue", (JsonSchema) nullableNumber().description("Two decimals, in unit"),
                "limit", nullableNumber(),
                "unit", nullable((JsonSchema) codes(List.of("m", "m2", "%", "ratio", "floors", "zones"))),
                "feature", ref("ZoningFeatureRef"),
                "geometry", (JsonSchema) ref("Geometry").description("What to draw: the shortest line, or the part concerned"),
                "drawings", array(closed(props("role", codes(Drawing.Role.class), "geometry", ref("Geometry")), "role", "geometry")),
                "messageAr", string(), "messageEn", string()),
                "ruleId", "aspect", "legalReference", "outcome", "measuredValue", "limit", "unit", "feature", "geometry",
                "drawings", "messageAr", "messageEn"));
        c.put("ZoningVerdict", closed(props("verdict", codes(VerdictStatus.class),
                "basedOnSample", bool(), "noticeAr", string(), "noticeEn", string(),
                "findings", array(ref("ZoningFinding")),
                "plot", closed(props("wilayat", nullableString(), "plotNumber", nullableString(), "areaM2", number(),
                        "geometry", ref("Polygon")), "wilayat", "plotNumber", "areaM2", "geometry"),
                "footprintAreaM2", number(), "grossFloorAreaM2", number(),
                "boundaryDistanceM", (JsonSchema) number().description("Smallest distance from the footprint to the plot boundary"),
                "zones", array(closed(props("id", integer(), "code", string(), "nameAr", string(), "nameEn", string(),
                        "shareOfPlotPct", number(), "isSample", bool()), "id", "code", "nameAr", "nameEn", "shareOfPlotPct", "isSample")),
                "strictestOfZones", bool(), "metricCrs", codes(List.of("EPSG:32640", "EPSG:32639")), "ruleSetVersion", integer()),
                "verdict", "basedOnSample", "findings", "plot", "footprintAreaM2", "grossFloorAreaM2", "boundaryDistanceM",
                "zones", "strictestOfZones", "metricCrs", "ruleSetVersion"));

        Map<String, Schema> plotProps = props("wilayat", string(), "plotNumber", string(), "areaM2", number(),
                "streetFrontage", nullable(ref("MultiLineString")), "isSample", bool());
        c.put("PlotListFeature", closed(props("type", constant("Feature"), "id", integer(), "geometry", ref("Polygon"),
                "properties", closed(plotProps, "wilayat", "plotNumber", "areaM2", "streetFrontage", "isSample")),
                "type", "id", "geometry", "properties"));
        c.put("PlotFeature", closed(props("type", constant("Feature"), "id", integer(), "geometry", ref("Polygon"),
                "properties", closed(with(plotProps, "owner", nullable(closed(props("name", string(), "civilId", nullableString()),
                        "name", "civilId"))), "wilayat", "plotNumber", "areaM2", "streetFrontage", "isSample", "owner")),
                "type", "id", "geometry", "properties"));
        c.put("PlotCollection", closed(props("type", constant("FeatureCollection"), "features", array(ref("PlotListFeature")),
                "numberReturned", integer()), "type", "features", "numberReturned"));
        c.put("ZoneCollection", closed(props("type", constant("FeatureCollection"), "features", array(closed(props(
                "type", constant("Feature"), "id", integer(), "geometry", ref("MultiPolygon"),
                "properties", closed(props("code", string(), "nameAr", string(), "nameEn", string(), "label", nullableString(),
                        "isSample", bool()), "code", "nameAr", "nameEn", "label", "isSample")),
                "type", "id", "geometry", "properties")), "numberReturned", integer()), "type", "features", "numberReturned"));

        Map<String, Schema> rule = props("code", string(), "nameAr", string(), "nameEn", string(),
                "permittedUses", array(codes(BuildingUse.class)), "conditionalUses", array(codes(BuildingUse.class)),
                "maxCoveragePct", nullableNumber(), "maxFar", nullableNumber(), "maxFloors", nullableInteger(),
                "maxHeightM", nullableNumber(), "setbackFrontM", number(), "setbackSideM", number(), "setbackRearM", number(),
                "minPlotAreaM2", nullableNumber(), "legalReference", string(), "isSample", bool(), "enabled", bool());
        c.put("ZoneRule", closed(with(rule, "version", integer(), "updatedAt", dateTime(), "updatedBy", string()),
                "code", "nameAr", "nameEn", "permittedUses", "conditionalUses", "maxCoveragePct", "maxFar", "maxFloors",
                "maxHeightM", "setbackFrontM", "setbackSideM", "setbackRearM", "minPlotAreaM2", "legalReference", "isSample",
                "enabled", "version", "updatedAt", "updatedBy"));
        c.put("ZoneRuleInput", (JsonSchema) object(with(rule, "reason", string()), "nameAr", "nameEn", "legalReference")
                .description("code, when sent, must be the code in the path; limits left out mean none; enabled defaults to true"));
        c.put("ZoneRuleList", closed(props("rules", array(ref("ZoneRule"))), "rules"));
        c.put("ZoneRuleChange", closed(props("action", codes(List.of("CREATED", "UPDATED")), "version", integer(),
                "changedAt", dateTime(), "changedBy", string(), "reason", nullableString(), "requestId", nullableString(),
                "oldValues", nullableAnyObject(), "newValues", anyObject()),
                "action", "version", "changedAt", "changedBy", "reason", "requestId", "oldValues", "newValues"));
        c.put("ZoneRuleAudit", closed(props("code", string(), "changes", array(ref("ZoneRuleChange"))), "code", "changes"));

        c.put("ProtectionDistance", closed(props("kind", codes(List.of("FALAJ_MOTHER_WELL", "FALAJ_CHANNEL", "PUBLIC_SUPPLY_WELL")),
                "labelAr", string(), "labelEn", string(), "distanceM", number(),
                "outcome", codes(List.of("REJECT", "NEEDS_REVIEW", "WARN")), "legalReference", string(),
                "version", integer(), "updatedAt", dateTime(), "updatedBy", string()),
                "kind", "labelAr", "labelEn", "distanceM", "outcome", "legalReference", "version", "updatedAt", "updatedBy"));
        c.put("ProtectionDistanceInput", (JsonSchema) object(props("kind", string(), "distanceM", number(),
                "outcome", codes(List.of("REJECT", "NEEDS_REVIEW", "WARN")), "legalReference", string(), "reason", string()),
                "distanceM", "outcome", "legalReference")
                .description("distanceM in metres, more than 0 and at most 10,000, to the cm; kind, when sent, must be the path's"));
        c.put("ProtectionDistanceList", closed(props("rules", array(ref("ProtectionDistance"))), "rules"));
        c.put("ProtectionDistanceAudit", closed(props("kind", string(), "changes", array(ref("ZoneRuleChange"))), "kind", "changes"));
    }
}
