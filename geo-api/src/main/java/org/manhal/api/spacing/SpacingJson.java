package org.manhal.api.spacing;

import java.util.List;

import org.manhal.api.geojson.GeoJson;
import org.manhal.rules.FeatureRef;
import org.manhal.rules.Finding;
import org.manhal.spacing.RecordedFindings;
import org.manhal.spacing.ReferenceFeature;
import org.manhal.spacing.SpacingCheck;
import org.manhal.spacing.SpacingCheck.TruncatedRule;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The verdict JSON contract (DESIGN §5) and the reference layers as GeoJSON. Distances are metres
 * with two decimals; geometries are RFC 7946 (lon/lat, WGS 84).
 */
public final class SpacingJson {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SpacingJson() {
    }

    /**
     * {@code {"verdict", "basedOnSample", ["noticeAr", "noticeEn",] "findings", "truncated",
     * "ruleSetVersion"}}: when a finding's feature is sample data, {@code basedOnSample} is true and
     * the notice says, in both languages, that the verdict is no basis for a real decision.
     */
    public static ObjectNode verdict(SpacingCheck check) {
        ObjectNode body = NODES.objectNode();
        body.put("verdict", check.verdict().status().name());
        body.put("basedOnSample", check.basedOnSample());
        if (check.basedOnSample()) {
            body.put("noticeAr", SpacingCheck.SAMPLE_NOTICE.ar());
            body.put("noticeEn", SpacingCheck.SAMPLE_NOTICE.en());
        }
        ArrayNode findings = body.putArray("findings");
        check.verdict().findings().forEach(f -> findings.add(finding(f)));
        body.set("truncated", truncated(check.truncated()));
        body.put("ruleSetVersion", check.ruleSetVersion());
        return body;
    }

    static ObjectNode recorded(RecordedFindings recorded) {
        ObjectNode body = verdict(recorded.check());
        body.put("applicationType", recorded.applicationType().name());
        body.put("checkedAt", recorded.checkedAt().toString());
        return body;
    }

    private static ObjectNode finding(Finding f) {
        ObjectNode o = NODES.objectNode();
        o.put("ruleId", f.ruleId());
        o.put("legalReference", f.legalReference());
        o.put("outcome", f.outcome().name());
        o.put("measuredDistanceM", f.measuredDistanceM());
        o.put("requiredDistanceM", f.requiredDistanceM());
        o.set("feature", feature(f.feature()));
        o.set("geometry", GeoJson.write(f.geometry()));
        o.put("messageAr", f.messageAr());
        o.put("messageEn", f.messageEn());
        return o;
    }

    private static ObjectNode feature(FeatureRef ref) {
        ObjectNode o = NODES.objectNode();
        putId(o, ref.id());
        o.put("kind", ref.kind().name());
        o.put("name", ref.name());
        o.put("nameAr", ref.nameAr());
        o.put("isSample", ref.sample());
        return o;
    }

    /** Our ids are numbers (bigserial); any other id stays a string. */
    private static void putId(ObjectNode o, String id) {
        try {
            o.put("id", Long.parseLong(id));
        } catch (NumberFormatException e) {
            o.put("id", id);
        }
    }

    private static ArrayNode truncated(List<TruncatedRule> truncated) {
        ArrayNode array = NODES.arrayNode();
        truncated.forEach(t -> array.addObject().put("ruleId", t.ruleId()).put("listedFindings", t.listedFindings()));
        return array;
    }

    /** An RFC 7946 FeatureCollection of reference features. */
    static ObjectNode collection(List<ReferenceFeature> features) {
        ObjectNode fc = NODES.objectNode();
        fc.put("type", "FeatureCollection");
        ArrayNode array = fc.putArray("features");
        for (ReferenceFeature f : features) {
            ObjectNode feature = array.addObject();
            feature.put("type", "Feature");
            feature.put("id", f.id());
            feature.set("geometry", GeoJson.write(f.geometry()));
            ObjectNode p = feature.putObject("properties");
            p.put("kind", f.kind().name());
            p.put("kindNameEn", f.kind().labelEn());
            p.put("kindNameAr", f.kind().labelAr());
            p.put("nameEn", f.nameEn());
            p.put("nameAr", f.nameAr());
            p.put("sample", f.sample());
            p.put("source", f.source());
        }
        fc.put("numberReturned", features.size());
        return fc;
    }
}
