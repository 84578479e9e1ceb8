package org.manhal.zoning.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.manhal.zoning.BuildingUse;
import org.manhal.zoning.StoredZoneRule;
import org.manhal.zoning.ZoneRule;
import org.manhal.zoning.ZoneRuleChange;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The one mapping between {@link ZoneRule} and a {@code zone_rule} row. */
public final class ZoneRuleRows {

    public static final String COLUMNS = "code, name_ar, name_en, permitted_uses, conditional_uses, max_coverage_pct, "
            + "max_far, max_floors, max_height_m, setback_front_m, setback_side_m, setback_rear_m, min_plot_area_m2, "
            + "legal_reference, is_sample, enabled, version, updated_at, updated_by";

    private ZoneRuleRows() {
    }

    public static StoredZoneRule read(ResultSet rs, int row) throws SQLException {
        return new StoredZoneRule(rule(rs), rs.getBoolean("enabled"), rs.getLong("version"),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }

    public static ZoneRule rule(ResultSet rs) throws SQLException {
        Integer floors = (Integer) rs.getObject("max_floors");
        return new ZoneRule(rs.getString("code"), rs.getString("name_ar"), rs.getString("name_en"),
                uses(rs.getArray("permitted_uses")), uses(rs.getArray("conditional_uses")),
                rs.getBigDecimal("max_coverage_pct"), rs.getBigDecimal("max_far"), floors,
                rs.getBigDecimal("max_height_m"), rs.getBigDecimal("setback_front_m"),
                rs.getBigDecimal("setback_side_m"), rs.getBigDecimal("setback_rear_m"),
                rs.getBigDecimal("min_plot_area_m2"), rs.getString("legal_reference"), rs.getBoolean("is_sample"));
    }

    private static Set<BuildingUse> uses(Array array) throws SQLException {
        if (array == null) {
            return Set.of();
        }
        Set<BuildingUse> uses = EnumSet.noneOf(BuildingUse.class);
        for (Object o : (Object[]) array.getArray()) {
            uses.add(BuildingUse.valueOf((String) o));
        }
        return uses;
    }

    /** {@code {A,B}}: a text[] literal for the uses, in enum order. */
    public static String usesLiteral(Set<BuildingUse> uses) {
        return Arrays.stream(BuildingUse.values()).filter(uses::contains).map(Enum::name)
                .collect(Collectors.joining(",", "{", "}"));
    }

    public static void upsert(JdbcClient jdbc, ZoneRule r, boolean enabled, String by, boolean insert) {
        String sql = insert
                ? "insert into zone_rule (" + COLUMNS.replace(", version, updated_at", "")
                        + ") values (?, ?, ?, ?::text[], ?::text[], ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                : """
                  update zone_rule set code = ?, name_ar = ?, name_en = ?, permitted_uses = ?::text[],
                         conditional_uses = ?::text[], max_coverage_pct = ?, max_far = ?, max_floors = ?,
                         max_height_m = ?, setback_front_m = ?, setback_side_m = ?, setback_rear_m = ?,
                         min_plot_area_m2 = ?, legal_reference = ?, is_sample = ?, enabled = ?, updated_by = ?,
                         updated_at = now(), version = version + 1
                   where code = ?""";
        var spec = jdbc.sql(sql).params(r.code(), r.nameAr(), r.nameEn(), usesLiteral(r.permittedUses()),
                usesLiteral(r.conditionalUses()), r.maxCoveragePct(), r.maxFar(), r.maxFloors(), r.maxHeightM(),
                r.setbackFrontM(), r.setbackSideM(), r.setbackRearM(), r.minPlotAreaM2(), r.legalReference(),
                r.sample(), enabled, by);
        if (!insert) {
            spec = spec.param(r.code());
        }
        spec.update();
    }

    /**
     * Every audited change of one rule, oldest first, from an audit table the rule-audit trigger
     * (V62) writes: {@code zone_rule_audit} by zone code, {@code zoning_protection_distance_audit}
     * by feature kind. The names are the callers' constants, never input.
     */
    public static List<ZoneRuleChange> changes(JdbcClient jdbc, String auditTable, String keyColumn, String key) {
        return jdbc.sql("""
                select %2$s as rule_key, action, version, changed_at, changed_by, reason, request_id,
                       old_values::text as old_values, new_values::text as new_values
                  from %1$s where %2$s = ? order by id""".formatted(auditTable, keyColumn))
                .param(key)
                .query((rs, n) -> new ZoneRuleChange(rs.getString("rule_key"), rs.getString("action"),
                        rs.getLong("version"), rs.getTimestamp("changed_at").toInstant(), rs.getString("changed_by"),
                        rs.getString("reason"), rs.getString("request_id"), rs.getString("old_values"),
                        rs.getString("new_values")))
                .list();
    }
}
