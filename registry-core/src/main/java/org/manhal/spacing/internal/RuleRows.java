package org.manhal.spacing.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

import org.manhal.application.ApplicationType;
import org.manhal.rules.FeatureKind;
import org.manhal.rules.RuleOutcome;
import org.manhal.rules.SpacingOperator;
import org.manhal.rules.SpacingRule;
import org.manhal.rules.YieldClass;
import org.manhal.spacing.StoredRule;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads and writes {@code spacing_rule} rows, one column per component of {@link SpacingRule}. */
public final class RuleRows {

    public static final String COLUMNS = """
            id, application_types, well_uses, exempt_uses, yield_min_m3_per_day, yield_max_m3_per_day,
            target_kind, operator, distance_m, outcome, legal_reference, message_ar, message_en,
            configurable_default, enabled, version, updated_at, updated_by""";

    private RuleRows() {
    }

    public static StoredRule read(ResultSet rs, int rowNum) throws SQLException {
        SpacingRule rule = new SpacingRule(rs.getString("id"),
                enumSet(rs.getArray("application_types")),
                textSet(rs.getArray("well_uses")),
                textSet(rs.getArray("exempt_uses")),
                new YieldClass(nullableDouble(rs, "yield_min_m3_per_day"), nullableDouble(rs, "yield_max_m3_per_day")),
                FeatureKind.valueOf(rs.getString("target_kind")),
                SpacingOperator.valueOf(rs.getString("operator")),
                rs.getBigDecimal("distance_m"),
                RuleOutcome.valueOf(rs.getString("outcome")),
                rs.getString("legal_reference"), rs.getString("message_ar"), rs.getString("message_en"),
                rs.getBoolean("configurable_default"));
        return new StoredRule(rule, rs.getBoolean("enabled"), rs.getLong("version"),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }

    public static void insert(JdbcClient jdbc, SpacingRule rule, boolean enabled, String actor) {
        jdbc.sql("""
                insert into spacing_rule (id, application_types, well_uses, exempt_uses, yield_min_m3_per_day,
                       yield_max_m3_per_day, target_kind, operator, distance_m, outcome, legal_reference, message_ar,
                       message_en, configurable_default, enabled, updated_by)
                values (?, ?::text[], ?::text[], ?::text[], ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(rule.id(), array(rule.applicationTypes()), array(rule.wellUses()), array(rule.exemptUses()),
                        rule.yieldClass().minM3PerDay(), rule.yieldClass().maxM3PerDay(), rule.targetKind().name(),
                        rule.operator().name(), rule.distanceM(), rule.outcome().name(), rule.legalReference(),
                        rule.messageAr(), rule.messageEn(), rule.configurableDefault(), enabled, actor)
                .update();
    }

    public static void update(JdbcClient jdbc, SpacingRule rule, boolean enabled, String actor) {
        jdbc.sql("""
                update spacing_rule set application_types = ?::text[], well_uses = ?::text[], exempt_uses = ?::text[],
                       yield_min_m3_per_day = ?, yield_max_m3_per_day = ?, target_kind = ?, operator = ?, distance_m = ?,
                       outcome = ?, legal_reference = ?, message_ar = ?, message_en = ?, configurable_default = ?,
                       enabled = ?, updated_by = ?, updated_at = now(), version = version + 1
                 where id = ?""")
                .params(array(rule.applicationTypes()), array(rule.wellUses()), array(rule.exemptUses()),
                        rule.yieldClass().minM3PerDay(), rule.yieldClass().maxM3PerDay(), rule.targetKind().name(),
                        rule.operator().name(), rule.distanceM(), rule.outcome().name(), rule.legalReference(),
                        rule.messageAr(), rule.messageEn(), rule.configurableDefault(), enabled, actor, rule.id())
                .update();
    }

    /** A text[] literal; rule values are codes (no quotes, commas or braces) but are quoted anyway. */
    private static String array(Set<?> values) {
        StringBuilder s = new StringBuilder("{");
        for (Object v : values) {
            if (s.length() > 1) {
                s.append(',');
            }
            s.append('"').append(v.toString().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return s.append('}').toString();
    }

    private static Set<ApplicationType> enumSet(Array array) throws SQLException {
        Set<ApplicationType> types = EnumSet.noneOf(ApplicationType.class);
        for (String s : (String[]) array.getArray()) {
            types.add(ApplicationType.valueOf(s));
        }
        return types;
    }

    private static Set<String> textSet(Array array) throws SQLException {
        return new TreeSet<>(Arrays.asList((String[]) array.getArray()));
    }

    private static Double nullableDouble(ResultSet rs, String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }
}
