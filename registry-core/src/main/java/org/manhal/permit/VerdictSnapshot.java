package org.manhal.permit;

import org.locationtech.jts.io.WKTWriter;
import org.manhal.rules.Finding;
import org.manhal.spacing.SpacingCheck;

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

    /** The snapshot of a decision that ran no rule check (a rejection, a building permit). */
    public static String none() {
        return null;
    }
}
