package org.manhal.spacing.internal;

import java.util.ArrayList;
import java.util.List;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;
import org.manhal.application.ApplicationType;
import org.manhal.crs.Crs;
import org.manhal.rules.FeatureKind;
import org.manhal.rules.FeatureRef;
import org.manhal.rules.Finding;
import org.manhal.rules.RuleOutcome;
import org.manhal.rules.Verdict;
import org.manhal.rules.VerdictStatus;
import org.manhal.spacing.RecordedFindings;
import org.manhal.spacing.SpacingCheck.TruncatedRule;
import org.manhal.spacing.SpacingCheck;
import org.manhal.well.WellId;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Stores spacing checks with wells ({@code well_finding}) and reads them back. The findings are a
 * JSON snapshot (the verdict contract's fields, geometry as WKT in EPSG:4326), so that what staff
 * see later is what was decided then, whatever the rules have become since. A finding on a sample
 * feature keeps {@code feature.isSample: true} (absent otherwise).
 */
@Component
public class WellFindings {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final String INSERT = """
            insert into well_finding (well_id, application_type, verdict, findings, truncated, rule_set_version)
            values (?, ?, ?, ?::jsonb, ?::jsonb, ?)""";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final ObjectMapper json = new ObjectMapper();

    /** Public for the benchmarks, which build it without Spring. */
    public WellFindings(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    public void record(WellId well, ApplicationType type, SpacingCheck check) {
        jdbc.sql(INSERT)
                .params(well.value(), type.name(), check.verdict().status().name(), findingsJson(check.verdict()),
                        truncatedJson(check.truncated()), check.ruleSetVersion())
                .update();
    }

    /** Records many checks, all of one application type, in one batch. */
    public void recordAll(List<WellId> wells, ApplicationType type, List<SpacingCheck> checks) {
        List<Object[]> rows = new ArrayList<>(wells.size());
        for (int i = 0; i < wells.size(); i++) {
            SpacingCheck check = checks.get(i);
            rows.add(new Object[] {wells.get(i).value(), type.name(), check.verdict().status().name(),
                    findingsJson(check.verdict()), truncatedJson(check.truncated()), check.ruleSetVersion()});
        }
        batch.batchUpdate(INSERT, rows);
    }

    public boolean hasAny(WellId well) {
        return jdbc.sql("select exists (select 1 from well_finding where well_id = ?)").param(well.value())
                .query(Boolean.class).single();
    }

    /** Every check recorded with the well, oldest first. */
    public List<RecordedFindings> of(WellId well) {
        return jdbc.sql("""
                select application_type, verdict, findings::text as findings, truncated::text as truncated,
                       rule_set_version, checked_at
                  from well_finding where well_id = ? order by id""")
                .param(well.value())
                .query((rs, n) -> new RecordedFindings(well, ApplicationType.valueOf(rs.getString("application_type")),
                        new SpacingCheck(verdict(VerdictStatus.valueOf(rs.getString("verdict")), rs.getString("findings")),
                                truncated(rs.getString("truncated")), rs.getLong("rule_set_version")),
                        rs.getTimestamp("checked_at").toInstant()))
                .list();
    }

    private String findingsJson(Verdict verdict) {
        ArrayNode array = NODES.arrayNode();
        WKTWriter wkt = new WKTWriter();
        for (Finding f : verdict.findings()) {
            ObjectNode o = array.addObject();
            o.put("ruleId", f.ruleId());
            o.put("legalReference", f.legalReference());
            o.put("outcome", f.outcome().name());
            o.put("measuredDistanceM", f.measuredDistanceM());
            o.put("requiredDistanceM", f.requiredDistanceM());
            ObjectNode feature = o.putObject("feature");
            feature.put("id", f.feature().id());
            feature.put("kind", f.feature().kind().name());
            feature.put("name", f.feature().name());
            feature.put("nameAr", f.feature().nameAr());
            if (f.feature().sample()) {
                feature.put("isSample", true);
            }
            o.put("geometry", wkt.write(f.geometry()));
            o.put("messageAr", f.messageAr());
            o.put("messageEn", f.messageEn());
        }
        return array.toString();
    }

    private static String truncatedJson(List<TruncatedRule> truncated) {
        ArrayNode array = NODES.arrayNode();
        truncated.forEach(t -> array.addObject().put("ruleId", t.ruleId()).put("listedFindings", t.listedFindings()));
        return array.toString();
    }

    private Verdict verdict(VerdictStatus status, String findings) {
        WKTReader wkt = new WKTReader(Crs.WGS84);
        List<Finding> list = new ArrayList<>();
        for (JsonNode o : json.readTree(findings)) {
            JsonNode feature = o.get("feature");
            list.add(new Finding(o.get("ruleId").asString(), text(o, "legalReference"),
                    RuleOutcome.valueOf(o.get("outcome").asString()),
                    o.path("measuredDistanceM").isNumber() ? o.get("measuredDistanceM").decimalValue() : null,
                    o.path("requiredDistanceM").isNumber() ? o.get("requiredDistanceM").decimalValue() : null,
                    new FeatureRef(feature.get("id").asString(), FeatureKind.valueOf(feature.get("kind").asString()),
                            text(feature, "name"), text(feature, "nameAr"), feature.path("isSample").asBoolean(false)),
                    geometry(wkt, o.get("geometry").asString()), text(o, "messageAr"), text(o, "messageEn")));
        }
        return new Verdict(status, list);
    }

    private List<TruncatedRule> truncated(String truncated) {
        List<TruncatedRule> list = new ArrayList<>();
        for (JsonNode o : json.readTree(truncated)) {
            list.add(new TruncatedRule(o.get("ruleId").asString(), o.get("listedFindings").asInt()));
        }
        return list;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }

    private static Geometry geometry(WKTReader wkt, String text) {
        try {
            Geometry g = wkt.read(text);
            g.setSRID(Crs.WGS84_SRID);
            return g;
        } catch (ParseException e) {
            throw new IllegalStateException("well_finding holds geometry that is not WKT: " + text, e);
        }
    }
}
