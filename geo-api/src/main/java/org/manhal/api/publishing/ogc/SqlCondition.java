package org.manhal.api.publishing.ogc;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A piece of a WHERE clause with its named parameters: the SQL names only catalogue columns and
 * {@code :parameters}; every value a client sent is a parameter, never SQL text.
 */
record SqlCondition(String sql, Map<String, Object> params) {

    static final SqlCondition TRUE = new SqlCondition("true", Map.of());

    SqlCondition {
        params = Map.copyOf(params);
    }

    /** Every condition, all to hold. */
    static SqlCondition all(List<SqlCondition> conditions) {
        if (conditions.isEmpty()) {
            return TRUE;
        }
        StringBuilder sql = new StringBuilder();
        Map<String, Object> params = new LinkedHashMap<>();
        for (SqlCondition c : conditions) {
            sql.append(sql.isEmpty() ? "" : " and ").append('(').append(c.sql).append(')');
            params.putAll(c.params);
        }
        return new SqlCondition(sql.toString(), params);
    }
}
