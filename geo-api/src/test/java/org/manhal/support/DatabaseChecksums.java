package org.manhal.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A checksum of every table (its rows' text, in order) and every sequence of a database, to show
 * that something changed nothing (a refused request) or that a copy equals its original (a
 * restored backup). PostGIS's own {@code spatial_ref_sys} is left out.
 */
public final class DatabaseChecksums {

    private DatabaseChecksums() {
    }

    public static Map<String, String> of(String url, String user, String password) {
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            return of(c);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The checksums without the audit trail, which records every request that reached a handler
     * (refused or not) and only ever grows, and without the service's access-code key
     * ({@code application_secret}), which the first submission the service sees creates once,
     * refused or not: "changed nothing" is about the registry.
     */
    public static Map<String, String> withoutAuditTrail(Map<String, String> sums) {
        Map<String, String> registry = new TreeMap<>(sums);
        registry.keySet().removeIf(k -> k.equals("public.audit_event") || k.equals("public.application_secret") || k.startsWith("sequence public.audit_event"));
        return registry;
    }

    public static Map<String, String> of(Connection c) throws SQLException {
        Map<String, String> sums = new TreeMap<>();
        try (Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("""
                    select quote_ident(table_schema) || '.' || quote_ident(table_name)
                    from information_schema.tables
                    where table_type = 'BASE TABLE' and table_name <> 'spatial_ref_sys'
                      and table_schema not in ('pg_catalog', 'information_schema')""")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("select count(*) || ':' || coalesce(md5(string_agg(t::text, "
                        + "'|' order by t::text)), '') from " + table + " t")) {
                    rs.next();
                    sums.put(table, rs.getString(1));
                }
            }
            try (ResultSet rs = s.executeQuery("""
                    select schemaname || '.' || sequencename, coalesce(last_value, 0) from pg_sequences""")) {
                while (rs.next()) {
                    sums.put("sequence " + rs.getString(1), rs.getString(2));
                }
            }
        }
        return sums;
    }
}
