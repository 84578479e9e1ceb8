package org.manhal.api.ows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.manhal.api.ows.OwsDatabase.PostgisConnection;
import org.manhal.support.ManhalApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The role MapServer logs in as (V45 {@code manhal_ows}, with the password the service set at
 * start) reads the publication views and not one table of the registry.
 */
@ManhalApiTest
class OwsRoleIntegrationTests {

    @Autowired
    OwsDatabase database;

    @Autowired
    JdbcClient jdbc;

    private Connection connect() throws SQLException {
        PostgisConnection c = database.connection();
        return DriverManager.getConnection("jdbc:postgresql://" + c.host() + ":" + c.port() + "/" + c.database(), c.user(), c.password());
    }

    @Test
    void logsInAndReadsThePublicationViews() throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet r = s.executeQuery("select count(*) from pub.well")) {
            assertThat(r.next()).isTrue();
            assertThat(r.getLong(1)).isPositive();
        }
    }

    @Test
    void mayReadNoTableOfTheRegistry() throws Exception {
        List<String> tables = jdbc.sql("""
                select format('%I.%I', schemaname, tablename) from pg_tables
                 where schemaname not in ('pg_catalog', 'information_schema', 'pub')""").query(String.class).list();
        assertThat(tables).contains("public.well", "public.well_history");
        List<String> readable = tables.stream().filter(t -> jdbc.sql("select has_table_privilege('manhal_ows', ?, 'SELECT')")
                .param(t).query(Boolean.class).single()).toList();
        // PostGIS's spatial_ref_sys is world-readable by design (reference data, no registry record).
        assertThat(readable).containsOnly("public.spatial_ref_sys");
        try (Connection c = connect(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeQuery("select owner_name from public.well limit 1"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
        // nor the staff layers' views (V58): /ows and a GeoServer datastore are open to the public
        try (Connection c = connect(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeQuery("select reference from pub_staff.application limit 1"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied for schema pub_staff");
        }
    }
}
