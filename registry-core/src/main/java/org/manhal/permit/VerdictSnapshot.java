package org.manhal.permit;

import org.locationtech.jts.io.WKTWriter;
import org.manhal.rules.Finding;
import org.manhal.spacing.SpacingCheck;
import org.manhal.zoning.ZoningFinding;
import org.manhal.zoning.ZoningVerdict;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The verdict a decision was based on, as kept with the decision: status, whether it rested on
 * sample data, the rule-set version and every listed finding (geometry as WKT, EPSG:4326). Kept as
 * it was: a later rule change does not rewrite why an application was decided as it was.
 */
public final class VerdictSnapshot {

    private static final ObjectMapper JSON = new ObjectMapper();

    private VerdictSnapshot() {
    }

    /** The check as JSON text. */
    public static String of(SpacingCheck check) {
        ObjectNode o = JSON.createObjectNode();
        o.put("verdict", check.verdict().status().name());
        o.put("basedOnSample", check.basedOnSample());
        o.put("ruleSetVersion", check.ruleSetVersion());
        ArrayNode findings = o.putArray("findings");
        for (Finding f : check.verdict().findings()) {
            ObjectNode n = findings.addObject();
            n.put("ruleId", f.ruleId());
            n.put("legalReference", f.legalReference());
            n.put("outcome", f.outcome().name());
            n.put("measuredDistanceM", f.measuredDistanceM());
            n.put("requiredDistanceM", f.requiredDistanceM());
            ObjectNode feature = n.putObject("feature");
            feature.put("id", f.feature().id());
            feature.put("kind", f.feature().kind().name());
            feature.put("name", f.feature().displayNameEn());
            n.put("geometryWkt", new WKTWriter().write(f.geometry()));
            n.put("messageAr", f.messageAr());
            n.put("messageEn", f.messageEn());
        }
        return JSON.writeValueAsString(o);
    }

    /** A zoning verdict as JSON text (building permits): status, plot, areas, zones and every finding. */
    public static String of(ZoningVerdict v) {
        ObjectNode o = JSON.createObjectNode();
        o.put("verdict", v.status().name());
        o.put("basedOnSample", v.basedOnSample());
        o.put("ruleSetVersion", v.ruleSetVersion());
        o.put("plot", v.plot() == null ? null : v.plot().toString());
        o.put("plotAreaM2", v.plotAreaM2());
        o.put("footprintAreaM2", v.footprintAreaM2());
        o.put("grossFloorAreaM2", v.grossFloorAreaM2());
        o.put("boundaryDistanceM", v.boundaryDistanceM());
        o.put("strictestOfZones", v.strictestOfZones());
        o.put("metricCrs", "EPSG:" + v.utmSrid());
        ArrayNode findings = o.putArray("findings");
        for (ZoningFinding f : v.findings()) {
            ObjectNode n = findings.addObject();
            n.put("ruleId", f.ruleId());
            n.put("aspect", f.aspect().name());
            n.put("legalReference", f.legalReference());
            n.put("outcome", f.outcome().name());
            n.put("measuredValue", f.measuredValue());
            n.put("limit", f.limit());
            n.put("unit", f.unit());
            n.put("geometryWkt", new WKTWriter().write(f.geometry()));
            n.put("messageAr", f.messageAr());
            n.put("messageEn", f.messageEn());
        }
        return JSON.writeValueAsString(o);
    }

    /** The snapshot of a decision that ran no rule check (a rejection, a building permit). */
    public static String none() {
        return null;
    }
}
